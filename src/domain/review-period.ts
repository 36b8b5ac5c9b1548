// The periods a review covers: a week by the user's week start, or the days since the last
// coaching session. A period is a run of whole LOCAL days, both ends included, so a week across
// a DST change is still seven days (one of 23 or 25 hours) and an instant belongs to the day
// toDay() gives it on this device.
import { addDays, daysBetween } from './day';
import type { Day } from './types';

export interface Period {
  start: Day;
  /** Included. */
  end: Day;
}

/** 0 = Sunday … 6 = Saturday, read from the day string itself (no clock, no time zone). */
export function weekdayOf(day: Day): number {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date)).getUTCDay();
}

/** The first day of the week holding `day`. */
export function weekStartOf(day: Day, weekStartsOn: number): Day {
  return addDays(day, -((weekdayOf(day) - weekStartsOn + 7) % 7));
}

export function weekOf(day: Day, weekStartsOn: number): Period {
  const start = weekStartOf(day, weekStartsOn);
  return { start, end: addDays(start, 6) };
}

/** From the day of the last session to today, both included. */
export function sinceSession(lastSession: Day, today: Day): Period {
  return lastSession <= today ? { start: lastSession, end: today } : { start: today, end: today };
}

/** Every day of the period, in order. */
export function daysOf(period: Period): Day[] {
  const count = daysBetween(period.start, period.end) + 1;
  const days: Day[] = [];
  for (let i = 0; i < count; i++) days.push(addDays(period.start, i));
  return days;
}

export const inPeriod = (day: Day, period: Period) => day >= period.start && day <= period.end;
