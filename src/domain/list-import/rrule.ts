// A repeat rule as TickTick stores it (iCalendar RRULE: "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO") → our
// Recurrence, where it means the same. Ours repeats every n days, weeks (on one weekday) or
// months (on one day of the month, clamped to short months), counted from the due date. So:
//   FREQ=DAILY;INTERVAL=n                → every n days
//   FREQ=WEEKLY[;BYDAY=one day]          → every n weeks [on that day]
//   FREQ=MONTHLY[;BYMONTHDAY=d]          → every n months [on day d]; d = -1 (the last day) is
//                                          day 31, which our clamping turns into each month's end
//   FREQ=YEARLY[;BYMONTHDAY=d]           → every 12·n months (the due date gives the month)
// COUNT and UNTIL (an end) are followed without the end, which the notes then mention. Anything
// else (several weekdays, "the 2nd Friday", skipping weekends, hourly) is not followed at all:
// the rule goes into the notes rather than being bent into something the user did not set.
import { MAX_INTERVAL } from '../recurrence';
import type { Recurrence } from '../types';

export interface ReadRule {
  recurrence?: Recurrence;
  /** The end the source gave the repeat ("after 10 times", "until 2027-01-31"), not followed. */
  end?: string;
}

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const IGNORED = new Set(['FREQ', 'INTERVAL', 'WKST', 'COUNT', 'UNTIL']);

function ruleParts(text: string): Map<string, string> | null {
  const body = text.trim().replace(/^RRULE:/i, '');
  const parts = new Map<string, string>();
  for (const piece of body.split(';')) {
    if (piece.trim() === '') continue;
    const [key, value, extra] = piece.split('=');
    if (key === undefined || value === undefined || extra !== undefined) return null;
    parts.set(key.trim().toUpperCase(), value.trim().toUpperCase());
  }
  return parts;
}

function endOf(parts: ReadonlyMap<string, string>): string | undefined {
  const count = parts.get('COUNT');
  if (count !== undefined) return `after ${count} times`;
  const until = parts.get('UNTIL');
  if (until !== undefined) {
    const m = /^(\d{4})(\d{2})(\d{2})/.exec(until);
    return `on ${m ? `${m[1]}-${m[2]}-${m[3]}` : until}`;
  }
  return undefined;
}

/** The rule as ours, or nothing when ours cannot say the same. */
export function readRRule(text: string, hasDueDate: boolean): ReadRule {
  const parts = ruleParts(text);
  if (!parts) return {};
  const interval = Number(parts.get('INTERVAL') ?? '1');
  if (!Number.isInteger(interval) || interval < 1) return {};
  const extra = [...parts.keys()].filter((key) => !IGNORED.has(key));
  const only = (...allowed: string[]) => extra.every((key) => allowed.includes(key));
  const end = endOf(parts);
  const found = (recurrence: Recurrence): ReadRule =>
    recurrence.interval > MAX_INTERVAL ? {} : { recurrence, ...(end !== undefined && { end }) };
  const monthDay = (): number | null | undefined => {
    const value = parts.get('BYMONTHDAY');
    if (value === undefined) return undefined;
    const day = Number(value);
    if (day === -1) return 31;
    return Number.isInteger(day) && day >= 1 && day <= 31 ? day : null;
  };

  switch (parts.get('FREQ')) {
    case 'DAILY':
      return only() ? found({ every: 'day', interval }) : {};
    case 'WEEKLY': {
      if (!only('BYDAY')) return {};
      const byDay = parts.get('BYDAY');
      if (byDay === undefined) return found({ every: 'week', interval });
      const weekday = WEEKDAYS.indexOf(byDay);
      return weekday < 0 ? {} : found({ every: 'week', interval, weekday });
    }
    case 'MONTHLY': {
      const day = monthDay();
      if (!only('BYMONTHDAY') || day === null) return {};
      return found({ every: 'month', interval, ...(day !== undefined && { monthDay: day }) });
    }
    case 'YEARLY': {
      const day = monthDay();
      // Without a due date we would not know the month of the year.
      if (!only('BYMONTHDAY', 'BYMONTH') || day === null || !hasDueDate) return {};
      return found({
        every: 'month',
        interval: interval * 12,
        ...(day !== undefined && { monthDay: day }),
      });
    }
    default:
      return {};
  }
}
