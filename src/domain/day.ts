// Days are LOCAL calendar days written 'yyyy-MM-dd'. They come from date-fns (`lightFormat`, the
// locale-free `format`, and `parseISO`, which reads a date-only string as local midnight), never
// from toISOString (UTC, which shifts the day for anyone east or west of Greenwich), and day
// arithmetic goes through date-fns so DST changes (23- or 25-hour days) never skew a count.
import { addDays as addDaysToDate, isValid, lightFormat, parseISO } from 'date-fns';
import type { Day, Instant } from './types';

const DAY_FORMAT = 'yyyy-MM-dd';
const DAY_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

export function toDay(moment: Date | Instant): Day {
  return lightFormat(moment, DAY_FORMAT);
}

/** Local midnight at the start of `day`. */
export function startOfDay(day: Day): Date {
  return parseISO(day);
}

export function isDay(value: string): boolean {
  return DAY_SHAPE.test(value) && isValid(startOfDay(value)) && toDay(startOfDay(value)) === value;
}

export function addDays(day: Day, amount: number): Day {
  return toDay(addDaysToDate(startOfDay(day), amount));
}

/**
 * Whole calendar days from `from` to `to` (negative when `to` is earlier). Counted on the day
 * strings themselves, as UTC dates: a calendar day count has no time of day, so no DST change
 * can skew it, and prioritize calls this for every dated task (date-fns's parse-then-diff
 * costs 30 times as much and was most of prioritize's time at 10,000 tasks).
 */
export function daysBetween(from: Day, to: Day): number {
  return (utcDayNumber(to) - utcDayNumber(from)) | 0;
}

function utcDayNumber(day: Day): number {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const date = Number(day.slice(8, 10));
  return Date.UTC(year, month - 1, date) / 86_400_000;
}

/** The instants [start, end) that fall on `day` in local time. */
export function dayRange(day: Day): { start: Instant; end: Instant } {
  return { start: startOfDay(day).getTime(), end: startOfDay(addDays(day, 1)).getTime() };
}

/** Milliseconds from `now` until the next local midnight. */
export function msUntilNextDay(now: Instant): number {
  return dayRange(toDay(now)).end - now;
}
