import { describe, expect, it } from 'vitest';
import { localeWeekStart, weekdayNames } from '../../src/domain/week-start';

describe('week start', () => {
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

  it('falls back to Monday for a tag it cannot read', () => {
    expect(localeWeekStart('not a locale!')).toBe(1);
  });

  it('reads the locale when the engine knows week info', () => {
    const us = localeWeekStart('en-US');
    // Node 20 ships week info for en-US (Sunday); an engine without it falls back to Monday.
    expect([0, 1]).toContain(us);
    expect(localeWeekStart('de-DE')).toBe(1);
  });
});
