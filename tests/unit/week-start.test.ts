import { describe, expect, it } from 'vitest';
import { localeWeekStart, resolveWeekStart, weekdayNames } from '../../src/domain/week-start';

describe('week start', () => {
  it.each([
    ['en-US', 0],
    ['en-GB', 1],
    ['de-DE', 1],
    ['pt-BR', 0],
    ['ar-EG', 6],
  ])('follows the locale: %s starts on day %i', (locale, day) => {
    expect(localeWeekStart(locale)).toBe(day);
  });

  it('lets the user’s setting win over the locale', () => {
    expect(resolveWeekStart(1, 'en-US')).toBe(1);
    expect(resolveWeekStart(0, 'en-GB')).toBe(0);
    expect(resolveWeekStart(undefined, 'en-GB')).toBe(1);
  });

  it('falls back to Monday for a tag Intl cannot read', () => {
    expect(localeWeekStart('not a locale!')).toBe(1);
  });

  it('names the seven days Sunday first', () => {
    expect(weekdayNames('en-GB')).toEqual([
      'Sunday',
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
    ]);
  });
});
