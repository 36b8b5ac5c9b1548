import { describe, expect, it } from 'vitest';
import {
  dateLabel,
  dayLabel,
  dueLabel,
  localeDayFirst,
  weekdayName,
} from '../../src/domain/day-labels';

// Wednesday 13 January 2027. Names are asked for in en-GB so the expectations are fixed; the app
// passes no locale and gets the browser's.
const today = '2027-01-13';
const gb = { weekStartsOn: 1, locale: 'en-GB' };
const us = { weekStartsOn: 0, locale: 'en-US' };

describe('day labels', () => {
  it.each([
    ['2027-01-13', 'Today'],
    ['2027-01-14', 'Tomorrow'],
    ['2027-01-12', 'Yesterday'],
    ['2027-01-10', '3 days ago'],
    ['2027-01-15', 'Fri'],
    ['2027-01-17', 'Sun'], // still this week when weeks start on Monday
    ['2027-01-18', 'Mon 18 Jan'], // next week: the date says which Monday
    ['2027-01-19', 'Tue 19 Jan'],
    ['2027-01-20', '20 Jan'],
    ['2027-02-28', '28 Feb'],
    ['2028-02-29', '29 Feb 2028'],
    ['2026-12-01', '1 Dec 2026'],
  ])('%s is “%s” (week starts Monday)', (day, label) => {
    expect(dayLabel(day, today, gb)).toBe(label);
  });

  it('follows the week start: with Sunday first, Sunday the 17th is already next week', () => {
    expect(dayLabel('2027-01-16', today, { ...gb, weekStartsOn: 0 })).toBe('Sat');
    expect(dayLabel('2027-01-17', today, { ...gb, weekStartsOn: 0 })).toBe('Sun 17 Jan');
    // With Saturday first (as in Egypt), Friday ends this week and Saturday opens the next.
    expect(dayLabel('2027-01-15', today, { ...gb, weekStartsOn: 6 })).toBe('Fri');
    expect(dayLabel('2027-01-16', today, { ...gb, weekStartsOn: 6 })).toBe('Sat 16 Jan');
  });

  it('follows the locale’s order and names', () => {
    expect(dayLabel('2027-02-28', today, us)).toBe('Feb 28');
    expect(dateLabel('2028-02-28', today, 'en-US')).toBe('Feb 28, 2028');
    // German abbreviates Freitag as "Fr" or "Fr.", depending on the ICU version.
    expect(dayLabel('2027-01-15', today, { weekStartsOn: 1, locale: 'de-DE' })).toMatch(/^Fr\.?$/);
  });

  it('counts across a DST change as calendar days', () => {
    expect(dayLabel('2027-03-14', '2027-03-13', gb)).toBe('Tomorrow'); // US spring forward
    expect(dayLabel('2027-04-04', '2027-04-03', gb)).toBe('Tomorrow'); // NZ end of DST
    expect(dueLabel('2027-09-25', '2027-09-27', gb).text).toBe('2 days overdue'); // NZ start
  });
});

describe('due labels', () => {
  it('say how late a missed due date is', () => {
    expect(dueLabel('2027-01-12', today, gb)).toEqual({ text: '1 day overdue', overdue: true });
    expect(dueLabel('2027-01-10', today, gb)).toEqual({ text: '3 days overdue', overdue: true });
    expect(dueLabel('2026-12-13', today, gb)).toEqual({ text: '31 days overdue', overdue: true });
  });

  it('are plain day labels from today on', () => {
    expect(dueLabel('2027-01-13', today, gb)).toEqual({ text: 'Today', overdue: false });
    expect(dueLabel('2027-02-28', today, gb)).toEqual({ text: '28 Feb', overdue: false });
  });
});

describe('weekday names', () => {
  it('count from Sunday', () => {
    expect(weekdayName(0, 'en-GB')).toBe('Sunday');
    expect(weekdayName(1, 'en-GB')).toBe('Monday');
    expect(weekdayName(6, 'en-GB', 'short')).toBe('Sat');
  });
});

describe('day-first locales', () => {
  it.each([
    ['en-GB', true],
    ['de-DE', true],
    ['en-US', false],
    ['ja-JP', false],
  ])('%s reads the day first: %s', (locale, dayFirst) => {
    expect(localeDayFirst(locale)).toBe(dayFirst);
  });
});
