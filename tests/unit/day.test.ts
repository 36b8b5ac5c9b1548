import { describe, expect, it } from 'vitest';
import { addDays, dayRange, daysBetween, isDay, msUntilNextDay, toDay } from '../../src/domain/day';

describe('local days', () => {
  it('names the local calendar day, not the UTC one', () => {
    // 23:30 local time is already tomorrow in UTC for anyone west of Greenwich, and 00:30 local
    // is still yesterday in UTC for anyone east: toDay must follow the local clock either way.
    expect(toDay(new Date(2026, 10, 26, 23, 30))).toBe('2026-11-26');
    expect(toDay(new Date(2026, 10, 26, 0, 30))).toBe('2026-11-26');
  });

  it('counts calendar days across month ends, leap days and DST changes', () => {
    expect(daysBetween('2026-01-31', '2026-03-01')).toBe(29);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2); // Europe springs forward
    expect(daysBetween('2026-11-01', '2026-10-31')).toBe(-1);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-08', 1)).toBe('2026-03-09'); // US springs forward
  });

  it('gives the instants of one local day and the time to the next', () => {
    const { start, end } = dayRange('2026-11-26');
    expect(toDay(start)).toBe('2026-11-26');
    expect(toDay(end)).toBe('2026-11-27');
    expect(toDay(end - 1)).toBe('2026-11-26');
    expect(msUntilNextDay(end - 1)).toBe(1);
  });

  it('tells well-formed days from others', () => {
    expect(isDay('2028-02-29')).toBe(true);
    expect(isDay('2027-02-29')).toBe(false);
    expect(isDay('2026-13-01')).toBe(false);
    expect(isDay('26-11-2026')).toBe(false);
  });
});

describe('daysBetween agrees with date-fns', () => {
  it('on every pair of days in a span of years, including DST changes and leap days', async () => {
    const { differenceInCalendarDays } = await import('date-fns');
    const days = Array.from({ length: 1200 }, (_, i) => addDays('2027-12-01', i * 3 - 1800));
    for (let i = 0; i < days.length; i += 7) {
      for (let j = 0; j < days.length; j += 11) {
        const [a, b] = [days[i]!, days[j]!];
        expect(daysBetween(a, b)).toBe(
          differenceInCalendarDays(new Date(`${b}T00:00`), new Date(`${a}T00:00`)),
        );
      }
    }
  });
});
