// Repeating chores (DESIGN.md §2 `Recurrence`). The next occurrence counts from the DUE DATE,
// not from the day the chore was done, so a weekly chore done a day late stays on its weekday;
// when the chore is so overdue that the next step would still lie in the past, the series jumps
// to the first occurrence after today rather than piling up missed ones.
// Monthly rules keep an anchor day (`monthDay`): each month gets that day, clamped to the
// month's length, so 31 Jan → 28 Feb → 31 Mar and 29 Feb → 28 Feb → … → 29 Feb (every 12
// months) never drift to the 28th for good.
// All arithmetic is on local days through date-fns, so DST changes never shift a day.
import {
  addDays as addDaysToDate,
  addMonths,
  getDate,
  getDay,
  getDaysInMonth,
  nextDay,
  setDate,
  startOfMonth,
  type Day as WeekdayIndex,
} from 'date-fns';
import { addDays, daysBetween, startOfDay, toDay } from './day';
import type { Day, Recurrence } from './types';
import { ValidationError } from './validation-error';

export const MAX_INTERVAL = 999;

const UNITS: readonly unknown[] = ['day', 'week', 'month'] satisfies Recurrence['every'][];

const isWhole = (value: unknown, min: number, max: number): value is number =>
  Number.isInteger(value) && (value as number) >= min && (value as number) <= max;

/**
 * Checks a rule from any source (form, quick add, an imported file) and returns a clean copy
 * with only the fields that mean something for its unit.
 */
export function checkRecurrence(
  rule: Readonly<Partial<Record<keyof Recurrence, unknown>>>,
): Recurrence {
  const { every, interval, weekday, monthDay } = rule;
  if (!UNITS.includes(every)) {
    throw new ValidationError('A repeat is every day, week or month.', 'recurrence');
  }
  const unit = every as Recurrence['every'];
  if (!isWhole(interval, 1, MAX_INTERVAL)) {
    throw new ValidationError(
      `A repeat is every 1 to ${MAX_INTERVAL} ${unit}s; ${String(interval)} does not work.`,
      'recurrence',
    );
  }
  if (weekday !== undefined && !isWhole(weekday, 0, 6)) {
    throw new ValidationError('The weekday of a repeat must be 0 (Sunday) to 6.', 'recurrence');
  }
  if (monthDay !== undefined && !isWhole(monthDay, 1, 31)) {
    throw new ValidationError('The day of the month of a repeat must be 1 to 31.', 'recurrence');
  }
  return {
    every: unit,
    interval,
    // A weekday only means something for weekly rules, a month day only for monthly ones.
    ...(unit === 'week' && weekday !== undefined && { weekday }),
    ...(unit === 'month' && monthDay !== undefined && { monthDay }),
  };
}

/** A monthly rule without an anchor takes the due date's day, so later steps cannot drift. */
export function anchorRecurrence(rule: Recurrence, dueDate: Day): Recurrence {
  if (rule.every !== 'month' || rule.monthDay !== undefined) return rule;
  return { ...rule, monthDay: getDate(startOfDay(dueDate)) };
}

function monthStep(from: Day, months: number, monthDay: number): Day {
  const month = addMonths(startOfMonth(startOfDay(from)), months);
  return toDay(setDate(month, Math.min(monthDay, getDaysInMonth(month))));
}

/** The occurrence right after `from`, ignoring today. */
export function stepOccurrence(rule: Recurrence, from: Day): Day {
  switch (rule.every) {
    case 'day':
      return addDays(from, rule.interval);
    case 'week': {
      if (rule.weekday === undefined) return addDays(from, 7 * rule.interval);
      // The first such weekday after `from`, then whole weeks for the rest of the interval.
      const first = nextDay(startOfDay(from), rule.weekday as WeekdayIndex);
      return toDay(addDaysToDate(first, 7 * (rule.interval - 1)));
    }
    case 'month':
      return monthStep(from, rule.interval, rule.monthDay ?? getDate(startOfDay(from)));
  }
}

/**
 * The due date after `dueDate`: one step from the due date, or, when that step is today or
 * earlier, the first occurrence after today.
 */
export function nextOccurrence(rule: Recurrence, dueDate: Day, today: Day): Day {
  let next = stepOccurrence(rule, dueDate);
  if (next > today) return next;
  // Long overdue: skip whole periods in one go for fixed-length steps (a daily chore left for
  // years must not loop thousands of times), then walk the few steps left.
  const period = fixedPeriodDays(rule);
  if (period !== null) {
    const behind = daysBetween(next, today);
    next = addDays(next, Math.floor(behind / period) * period);
  }
  while (next <= today) next = stepOccurrence(rule, next);
  return next;
}

function fixedPeriodDays(rule: Recurrence): number | null {
  if (rule.every === 'day') return rule.interval;
  if (rule.every === 'week') return 7 * rule.interval;
  return null;
}

/** The first due date of a new rule on or after `today` (used when no date was given). */
export function firstOccurrence(rule: Recurrence, today: Day): Day {
  if (rule.every === 'week' && rule.weekday !== undefined) {
    const start = startOfDay(today);
    return getDay(start) === rule.weekday
      ? today
      : toDay(nextDay(start, rule.weekday as WeekdayIndex));
  }
  if (rule.every === 'month' && rule.monthDay !== undefined) {
    const thisMonth = monthStep(today, 0, rule.monthDay);
    return thisMonth >= today ? thisMonth : monthStep(today, 1, rule.monthDay);
  }
  return today;
}

/** Both rules the same (ignoring key order and absent optional fields). */
export function sameRecurrence(a: Recurrence | undefined, b: Recurrence | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return (
    a.every === b.every &&
    a.interval === b.interval &&
    a.weekday === b.weekday &&
    a.monthDay === b.monthDay
  );
}
