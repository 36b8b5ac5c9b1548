import { describe, expect, it } from 'vitest';
import { cleanReflection, REFLECTION_MAX_LENGTH, reflectionId } from '../../src/domain/reflection';

describe('reflections', () => {
  it('derive their id from the week start, so two devices make one record', () => {
    expect(reflectionId('2026-11-23')).toBe(reflectionId('2026-11-23'));
    expect(reflectionId('2026-11-23')).not.toBe(reflectionId('2026-11-30'));
  });

  it('keep the text as typed, spaces and line breaks included', () => {
    expect(cleanReflection('  A slow week.\n\nBetter mornings. ')).toBe(
      '  A slow week.\n\nBetter mornings. ',
    );
    expect(cleanReflection('x'.repeat(REFLECTION_MAX_LENGTH))).toHaveLength(REFLECTION_MAX_LENGTH);
  });

  it('refuse text over the limit, saying by how much', () => {
    expect(() => cleanReflection('x'.repeat(REFLECTION_MAX_LENGTH + 1))).toThrow(
      /5,001 characters long; keep it to 5,000 or fewer/,
    );
  });
});
