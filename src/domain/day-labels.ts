// Days as people say them (DESIGN.md §10): "Today", "Tomorrow", a weekday name for the rest of
// this week ("Fri"), the weekday and date for the coming days of next week ("Mon 18 Jan"), a
// date further out ("28 Feb", with the year when it is not this year), and for a missed due
// date how late it is ("3 days overdue"). Month and weekday names and the order of day and
// month come from Intl.DateTimeFormat in the browser's locale, so no locale data ships; the week
// boundary follows the week start (locale or the user's setting).
import { getDay } from 'date-fns';
import { addDays, daysBetween, startOfDay } from './day';
import type { Day } from './types';

export interface LabelOptions {
  /** 0 = Sunday … 6 = Saturday. */
  weekStartsOn: number;
  /** A BCP 47 tag; undefined = the browser's locale. */
  locale?: string | undefined;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string | undefined, options: Intl.DateTimeFormatOptions) {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The last day of the week `today` is in. */
function endOfWeek(today: Day, weekStartsOn: number): Day {
  const intoWeek = (getDay(startOfDay(today)) - weekStartsOn + 7) % 7;
  return addDays(today, 6 - intoWeek);
}

/** A calendar date without relative words: "28 Feb", "Feb 28", "28 Feb 2028". */
export function dateLabel(day: Day, today: Day, locale?: string): string {
  const sameYear = day.slice(0, 4) === today.slice(0, 4);
  const options: Intl.DateTimeFormatOptions = sameYear
    ? { day: 'numeric', month: 'short' }
    : { day: 'numeric', month: 'short', year: 'numeric' };
  return formatter(locale, options).format(startOfDay(day));
}

/** A day relative to today, for any date (scheduled, planned, a quick-add preview). */
export function dayLabel(day: Day, today: Day, options: LabelOptions): string {
  const diff = daysBetween(today, day);
  if (diff === 0) return 'Today';
  if (diff === 1) return 'Tomorrow';
  if (diff === -1) return 'Yesterday';
  if (diff < 0 && diff > -7) return `${plural(-diff, 'day')} ago`;
  if (diff > 1 && diff < 7) {
    const date = startOfDay(day);
    if (day <= endOfWeek(today, options.weekStartsOn)) {
      return formatter(options.locale, { weekday: 'short' }).format(date);
    }
    return formatter(options.locale, { weekday: 'short', day: 'numeric', month: 'short' }).format(
      date,
    );
  }
  return dateLabel(day, today, options.locale);
}

/** A label inside a sentence: "Due today" rather than "Due Today"; names keep their case. */
export function midSentence(label: string): string {
  return /^(Today|Tomorrow|Yesterday)$|ago$/.test(label) ? label.toLowerCase() : label;
}

export interface DueLabel {
  text: string;
  overdue: boolean;
}

/** A due date: like dayLabel, but a day in the past says how late it is. */
export function dueLabel(day: Day, today: Day, options: LabelOptions): DueLabel {
  const late = daysBetween(day, today);
  if (late > 0) return { text: `${plural(late, 'day')} overdue`, overdue: true };
  return { text: dayLabel(day, today, options), overdue: false };
}

/** A weekday's name, 0 = Sunday: "Monday" (long) or "Mon" (short). */
export function weekdayName(
  weekday: number,
  locale?: string,
  width: 'long' | 'short' = 'long',
): string {
  // 7 Jan 2024 was a Sunday; any week would do.
  return formatter(locale, { weekday: width }).format(new Date(2024, 0, 7 + weekday));
}

/** Whether the locale writes the day before the month ("31/01"), so "3/2" means 3 February. */
export function localeDayFirst(locale?: string): boolean {
  const types = formatter(locale, { day: 'numeric', month: 'numeric' })
    .formatToParts(new Date(2027, 0, 31))
    .map((part) => part.type);
  return types.indexOf('day') < types.indexOf('month');
}
