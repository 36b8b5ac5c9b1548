import { describe, expect, it } from 'vitest';
import { cleanCheckIn } from '../../src/domain/check-in-input';

const TODAY = '2026-11-26';
const words = { type: 'count', target: 20000, unit: 'words' } as const;
const steps = { type: 'steps' } as const;

describe('check-in rules', () => {
  it('keeps an amount with a trimmed note and its day', () => {
    expect(cleanCheckIn({ amount: 650, note: '  Chapter two ', day: TODAY }, words, TODAY)).toEqual(
      { amount: 650, note: 'Chapter two', day: TODAY },
    );
    expect(cleanCheckIn({ amount: 2.5, day: '2026-11-01' }, words, TODAY)).toEqual({
      amount: 2.5,
      day: '2026-11-01',
    });
  });

  it('needs an amount above zero for a count goal', () => {
    expect(() => cleanCheckIn({ note: 'Wrote', day: TODAY }, words, TODAY)).toThrow(
      'Enter how much you did, in words.',
    );
    for (const amount of [0, -3, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => cleanCheckIn({ amount, day: TODAY }, words, TODAY)).toThrow(
        'The amount must be a number above zero.',
      );
    }
  });

  it('takes a note without an amount for a steps goal, but not an empty check-in', () => {
    expect(cleanCheckIn({ note: 'Called the club', day: TODAY }, steps, TODAY)).toEqual({
      note: 'Called the club',
      day: TODAY,
    });
    expect(() => cleanCheckIn({ note: '  ', day: TODAY }, steps, TODAY)).toThrow(
      'write a note or an amount',
    );
  });

  it('refuses future days, impossible dates and long notes', () => {
    expect(() => cleanCheckIn({ amount: 1, day: '2026-11-27' }, words, TODAY)).toThrow(
      'today or an earlier day',
    );
    expect(() => cleanCheckIn({ amount: 1, day: '2026-02-30' }, words, TODAY)).toThrow(
      'not a real date',
    );
    expect(() =>
      cleanCheckIn({ amount: 1, note: 'n'.repeat(501), day: TODAY }, words, TODAY),
    ).toThrow('The note is 501 characters long');
  });
});
