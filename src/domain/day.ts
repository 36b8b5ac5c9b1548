// Days are LOCAL calendar days written 'yyyy-MM-dd'. They come from date-fns (`lightFormat`, the
// locale-free `format`, and `parseISO`, which reads a date-only string as local midnight), never
// from toISOString (UTC, which shifts the day for anyone east or west of Greenwich), and day
// arithmetic goes through date-fns so DST changes (23- or 25-hour days) never skew a count.
import {
  addDays as addDaysToDate,
  differenceInCalendarDays,
  isValid,
  lightFormat,
  parseISO,
} from 'date-fns';
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

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Day, to: Day): number {
  return differenceInCalendarDays(startOfDay(to), startOfDay(from));
}

/** The instants [start, end) that fall on `day` in local time. */
export function dayRange(day: Day): { start: Instant; end: Instant } {
  return { start: startOfDay(day).getTime(), end: startOfDay(addDays(day, 1)).getTime() };
}

/** Milliseconds from `now` until the next local midnight. */
export function msUntilNextDay(now: Instant): number {
  return dayRange(toDay(now)).end - now;
}
