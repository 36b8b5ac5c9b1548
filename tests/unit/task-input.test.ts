import { describe, expect, it } from 'vitest';
import { cleanNotes, cleanTitle } from '../../src/domain/task-input';

describe('task text rules', () => {
  it('trims titles', () => {
    expect(cleanTitle('  Call mum \n')).toBe('Call mum');
  });

  it('explains what is wrong with a title it refuses', () => {
    expect(() => cleanTitle('')).toThrow('a task needs a title');
    expect(() => cleanTitle('x'.repeat(10_000))).toThrow(
      'That title is 10,000 characters long; keep it to 500 or fewer',
    );
  });

  it('keeps notes as typed, drops blank ones, refuses long ones', () => {
    expect(cleanNotes('  two spaces first')).toBe('  two spaces first');
    expect(cleanNotes('   ')).toBeUndefined();
    expect(() => cleanNotes('n'.repeat(5001))).toThrow(/5,000/);
  });
});
