// Ids two devices must mint alike: the next occurrence of a repeating chore.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { derivedId, nextOccurrenceId } from '../../src/domain/occurrence-id';

describe('nextOccurrenceId', () => {
  it('is the same for the same occurrence and shaped like a UUID', () => {
    const id = nextOccurrenceId('7f7c2d1e-0000-4000-8000-000000000101', '2026-12-01');
    expect(id).toBe(nextOccurrenceId('7f7c2d1e-0000-4000-8000-000000000101', '2026-12-01'));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('differs between occurrences (no collision among many)', () => {
    const ids = new Set<string>();
    for (let task = 0; task < 200; task++) {
      for (let day = 1; day <= 28; day++) {
        ids.add(nextOccurrenceId(`task-${task}`, `2026-02-${String(day).padStart(2, '0')}`));
      }
    }
    expect(ids.size).toBe(200 * 28);
  });

  it('never mixes up the id and the day', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), fc.string(), (a, b, c, d) => {
        fc.pre(a !== c || b !== d);
        expect(nextOccurrenceId(a, b)).not.toBe(nextOccurrenceId(c, d));
      }),
    );
    expect(derivedId('')).toHaveLength(36);
  });
});
