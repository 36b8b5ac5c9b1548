// Runs in the default zone and again under TZ=America/New_York and TZ=Pacific/Auckland
// (npm run test:tz): every expectation is in local days, so it must hold in any zone, including
// across the DST changes of both (US: 14 Mar and 7 Nov 2027; NZ: 4 Apr and 26 Sep 2027).
import fc from 'fast-check';
import { getDate, getDaysInMonth } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isDay, startOfDay, toDay } from '../../src/domain/day';
import {
  anchorRecurrence,
  checkRecurrence,
  firstOccurrence,
  nextOccurrence,
  stepOccurrence,
} from '../../src/domain/recurrence';
import type { Day, Recurrence } from '../../src/domain/types';
import { ValidationError } from '../../src/domain/validation-error';

const daily: Recurrence = { every: 'day', interval: 1 };
const weekly: Recurrence = { every: 'week', interval: 1 };
const monthlyOn = (monthDay: number, interval = 1): Recurrence => ({
  every: 'month',
  interval,
  monthDay,
});
const weeklyOn = (weekday: number, interval = 1): Recurrence => ({
  every: 'week',
  interval,
  weekday,
});

/** The series of due dates a rule produces from `first`, completing each on its due date. */
function series(rule: Recurrence, first: Day, count: number): Day[] {
  const days = [first];
  while (days.length < count) {
    const last = days[days.length - 1]!;
    days.push(nextOccurrence(rule, last, last));
  }
  return days;
}

describe('the next occurrence counts from the due date, not from today', () => {
  it('moves a daily chore done on its day to the next day', () => {
    expect(nextOccurrence(daily, '2027-01-13', '2027-01-13')).toBe('2027-01-14');
  });

  it('keeps a chore done early on its own rhythm', () => {
    // Due Friday, done on Wednesday: the next one is a week after Friday, not after Wednesday.
    expect(nextOccurrence(weekly, '2027-01-15', '2027-01-13')).toBe('2027-01-22');
    expect(nextOccurrence({ every: 'day', interval: 3 }, '2027-01-20', '2027-01-13')).toBe(
      '2027-01-23',
    );
  });

  it('keeps a weekly chore done a day late on its weekday', () => {
    expect(nextOccurrence(weekly, '2027-01-15', '2027-01-16')).toBe('2027-01-22');
  });

  it('counts intervals: every 2 weeks, every 3 days, every 2 months', () => {
    expect(series({ every: 'week', interval: 2 }, '2027-01-04', 3)).toEqual([
      '2027-01-04',
      '2027-01-18',
      '2027-02-01',
    ]);
    expect(series({ every: 'day', interval: 3 }, '2027-02-26', 3)).toEqual([
      '2027-02-26',
      '2027-03-01',
      '2027-03-04',
    ]);
    expect(series(monthlyOn(15, 2), '2027-11-15', 3)).toEqual([
      '2027-11-15',
      '2028-01-15',
      '2028-03-15',
    ]);
  });
});

describe('when long overdue, the first occurrence after today', () => {
  it('jumps a daily chore to tomorrow, whatever it missed', () => {
    expect(nextOccurrence(daily, '2020-01-01', '2027-01-13')).toBe('2027-01-14');
  });

  it('keeps the rhythm of an interval while jumping', () => {
    // Every 2 days from 1 Jan: 3, 5, 7, 9, 11, 13 … so after the 10th comes the 11th.
    const everyOther: Recurrence = { every: 'day', interval: 2 };
    expect(nextOccurrence(everyOther, '2027-01-01', '2027-01-10')).toBe('2027-01-11');
    expect(nextOccurrence(everyOther, '2027-01-01', '2027-01-11')).toBe('2027-01-13');
  });

  it('lands a weekday rule on its weekday after today', () => {
    // Every Monday, last due 7 Dec 2026; today is Wednesday 13 Jan 2027 → Monday 18 Jan.
    expect(nextOccurrence(weeklyOn(1), '2026-12-07', '2027-01-13')).toBe('2027-01-18');
    // Today is that Monday itself: it is done for today, so the one after.
    expect(nextOccurrence(weeklyOn(1), '2026-12-07', '2027-01-18')).toBe('2027-01-25');
  });

  it('keeps the anchor day of a monthly rule while catching up', () => {
    expect(nextOccurrence(monthlyOn(31), '2026-01-31', '2027-03-15')).toBe('2027-03-31');
    expect(nextOccurrence(monthlyOn(31), '2026-01-31', '2027-03-31')).toBe('2027-04-30');
  });

  it('never returns today or a past day', () => {
    expect(nextOccurrence(weekly, '2027-01-06', '2027-01-13')).toBe('2027-01-20');
  });
});

describe('monthly rules keep their anchor day', () => {
  it('goes 31 Jan → 28 Feb → 31 Mar → 30 Apr → 31 May', () => {
    expect(series(monthlyOn(31), '2027-01-31', 5)).toEqual([
      '2027-01-31',
      '2027-02-28',
      '2027-03-31',
      '2027-04-30',
      '2027-05-31',
    ]);
  });

  it('gives 29 Feb in a leap year and 28 Feb otherwise', () => {
    expect(series(monthlyOn(31), '2028-01-31', 3)).toEqual([
      '2028-01-31',
      '2028-02-29',
      '2028-03-31',
    ]);
    expect(series(monthlyOn(29), '2027-01-29', 3)).toEqual([
      '2027-01-29',
      '2027-02-28',
      '2027-03-29',
    ]);
  });

  it('takes 29 Feb to 28 Feb in common years and back to 29 Feb in the next leap year', () => {
    const yearly = monthlyOn(29, 12);
    expect(series(yearly, '2028-02-29', 5)).toEqual([
      '2028-02-29',
      '2029-02-28',
      '2030-02-28',
      '2031-02-28',
      '2032-02-29',
    ]);
    // 2100 is not a leap year (divisible by 100, not by 400); 2400 is.
    expect(nextOccurrence(yearly, '2096-02-29', '2096-02-29')).toBe('2097-02-28');
    expect(series(yearly, '2099-02-28', 2)).toEqual(['2099-02-28', '2100-02-28']);
    expect(nextOccurrence(yearly, '2399-02-28', '2399-02-28')).toBe('2400-02-29');
  });

  it('crosses the year end', () => {
    expect(series(monthlyOn(31), '2027-11-30', 3)).toEqual([
      '2027-11-30',
      '2027-12-31',
      '2028-01-31',
    ]);
    expect(nextOccurrence(monthlyOn(30, 3), '2027-11-30', '2027-11-30')).toBe('2028-02-29');
  });

  it('uses the due date’s day when a rule has no anchor, and anchoring fills it in', () => {
    expect(stepOccurrence({ every: 'month', interval: 1 }, '2027-01-15')).toBe('2027-02-15');
    expect(anchorRecurrence({ every: 'month', interval: 1 }, '2027-01-31')).toEqual(monthlyOn(31));
    expect(anchorRecurrence(monthlyOn(15), '2027-01-31')).toEqual(monthlyOn(15));
    expect(anchorRecurrence(weekly, '2027-01-31')).toEqual(weekly);
  });
});

describe('weekday rules', () => {
  it('repeats every Monday from a Monday', () => {
    expect(series(weeklyOn(1), '2027-01-04', 3)).toEqual([
      '2027-01-04',
      '2027-01-11',
      '2027-01-18',
    ]);
  });

  it('moves a due date that is not on the weekday to the first such weekday after it', () => {
    // Due Friday 15 Jan, rule "every Monday" → Monday 18 Jan.
    expect(nextOccurrence(weeklyOn(1), '2027-01-15', '2027-01-13')).toBe('2027-01-18');
  });

  it('repeats every 2 weeks on Friday and every Sunday', () => {
    expect(series(weeklyOn(5, 2), '2027-01-15', 3)).toEqual([
      '2027-01-15',
      '2027-01-29',
      '2027-02-12',
    ]);
    expect(series(weeklyOn(0), '2027-12-26', 2)).toEqual(['2027-12-26', '2028-01-02']);
  });
});

describe('DST changes never shift a day', () => {
  it.each([
    ['US spring forward', '2027-03-13', '2027-03-14', '2027-03-15'],
    ['US fall back', '2027-11-06', '2027-11-07', '2027-11-08'],
    ['NZ end of daylight time', '2027-04-03', '2027-04-04', '2027-04-05'],
    ['NZ start of daylight time', '2027-09-25', '2027-09-26', '2027-09-27'],
  ])('steps one day at a time over the %s', (_, before, day, after) => {
    expect(series(daily, before, 3)).toEqual([before, day, after]);
  });

  it.each([
    ['US spring forward', '2027-03-08', '2027-03-15'],
    ['US fall back', '2027-11-01', '2027-11-08'],
    ['NZ end of daylight time', '2027-03-31', '2027-04-07'],
    ['NZ start of daylight time', '2027-09-22', '2027-09-29'],
  ])('keeps the weekday of a weekly chore over the %s', (_, from, to) => {
    expect(nextOccurrence(weekly, from, from)).toBe(to);
    expect(nextOccurrence(weeklyOn(startOfDay(from).getDay()), from, from)).toBe(to);
  });

  it('walks 3 years of daily steps, each exactly one calendar day later', () => {
    let day: Day = '2026-01-01';
    for (let i = 0; i < 3 * 366; i++) {
      const next = stepOccurrence(daily, day);
      expect(daysBetween(day, next)).toBe(1);
      day = next;
    }
    expect(day).toBe(addDays('2026-01-01', 3 * 366));
  });

  it('keeps monthly anchors across DST months', () => {
    expect(series(monthlyOn(14), '2027-02-14', 3)).toEqual([
      '2027-02-14',
      '2027-03-14',
      '2027-04-14',
    ]);
    expect(series(monthlyOn(26), '2027-08-26', 3)).toEqual([
      '2027-08-26',
      '2027-09-26',
      '2027-10-26',
    ]);
  });
});

describe('properties of any rule, day and today', () => {
  const dayArb = fc
    .date({ min: new Date(2000, 0, 1), max: new Date(2099, 11, 31), noInvalidDate: true })
    .map(toDay);
  const ruleArb: fc.Arbitrary<Recurrence> = fc.oneof(
    fc.record({ every: fc.constant('day' as const), interval: fc.integer({ min: 1, max: 30 }) }),
    fc.record(
      {
        every: fc.constant('week' as const),
        interval: fc.integer({ min: 1, max: 8 }),
        weekday: fc.integer({ min: 0, max: 6 }),
      },
      { requiredKeys: ['every', 'interval'] },
    ),
    fc.record({
      every: fc.constant('month' as const),
      interval: fc.integer({ min: 1, max: 24 }),
      monthDay: fc.integer({ min: 1, max: 31 }),
    }),
  );

  it('is a real day after both the due date and today, on the rule’s weekday or anchor', () => {
    fc.assert(
      fc.property(ruleArb, dayArb, dayArb, (rule, due, today) => {
        const next = nextOccurrence(rule, due, today);
        expect(isDay(next)).toBe(true);
        expect(next > due && next > today).toBe(true);
        const date = startOfDay(next);
        if (rule.every === 'week' && rule.weekday !== undefined) {
          expect(date.getDay()).toBe(rule.weekday);
        }
        if (rule.every === 'month' && rule.monthDay !== undefined) {
          expect(getDate(date)).toBe(Math.min(rule.monthDay, getDaysInMonth(date)));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('is the very first occurrence after today (no occurrence is skipped)', () => {
    fc.assert(
      fc.property(ruleArb, dayArb, fc.integer({ min: 0, max: 400 }), (rule, due, lateBy) => {
        const today = addDays(due, lateBy);
        const next = nextOccurrence(rule, due, today);
        let walk = stepOccurrence(rule, due);
        while (walk <= today) walk = stepOccurrence(rule, walk);
        expect(next).toBe(walk);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the first occurrence of a new rule', () => {
  it('is today for plain daily, weekly and monthly rules', () => {
    expect(firstOccurrence(daily, '2027-01-13')).toBe('2027-01-13');
    expect(firstOccurrence(weekly, '2027-01-13')).toBe('2027-01-13');
    expect(firstOccurrence({ every: 'month', interval: 1 }, '2027-01-13')).toBe('2027-01-13');
  });

  it('is the next matching weekday, or today when today matches', () => {
    expect(firstOccurrence(weeklyOn(1), '2027-01-13')).toBe('2027-01-18');
    expect(firstOccurrence(weeklyOn(3), '2027-01-13')).toBe('2027-01-13');
  });

  it('is the anchor day this month if still ahead, else next month (clamped)', () => {
    expect(firstOccurrence(monthlyOn(15), '2027-01-13')).toBe('2027-01-15');
    expect(firstOccurrence(monthlyOn(13), '2027-01-13')).toBe('2027-01-13');
    expect(firstOccurrence(monthlyOn(10), '2027-01-13')).toBe('2027-02-10');
    expect(firstOccurrence(monthlyOn(31), '2027-02-10')).toBe('2027-02-28');
  });
});

describe('checking rules', () => {
  it.each([
    ['an unknown unit', { every: 'year', interval: 1 }, /day, week or month/],
    ['interval 0', { every: 'day', interval: 0 }, /1 to 999/],
    ['a fractional interval', { every: 'week', interval: 1.5 }, /1 to 999/],
    ['interval 1000', { every: 'month', interval: 1000 }, /1 to 999/],
    ['a missing interval', { every: 'day' }, /1 to 999/],
    ['weekday 7', { every: 'week', interval: 1, weekday: 7 }, /weekday/],
    ['weekday -1', { every: 'week', interval: 1, weekday: -1 }, /weekday/],
    ['month day 0', { every: 'month', interval: 1, monthDay: 0 }, /day of the month/],
    ['month day 32', { every: 'month', interval: 1, monthDay: 32 }, /day of the month/],
  ])('refuses %s with a message for the user', (_, rule, message) => {
    expect(() => checkRecurrence(rule)).toThrow(ValidationError);
    expect(() => checkRecurrence(rule)).toThrow(message);
  });

  it('keeps the fields that mean something and drops the rest', () => {
    expect(checkRecurrence({ every: 'week', interval: 2, weekday: 0, monthDay: 5 })).toEqual({
      every: 'week',
      interval: 2,
      weekday: 0,
    });
    expect(checkRecurrence({ every: 'month', interval: 1, weekday: 3, monthDay: 31 })).toEqual(
      monthlyOn(31),
    );
    expect(checkRecurrence({ every: 'day', interval: 999 })).toEqual({
      every: 'day',
      interval: 999,
    });
  });
});
