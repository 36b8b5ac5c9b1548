// Instants written by TickTick ("2026-06-25T22:00:00+0000") read in the time zone the task was
// kept in. An all-day task due on 26 June in Amsterdam is stored as 22:00 UTC on the 25th: read in
// UTC (or in the importing device's zone) it would land on the wrong day, so the day is taken in
// the row's Timezone column. Intl does the zone arithmetic; no time zone data ships with us.
import { toDay } from '../day';
import type { Day, Instant } from '../types';

const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:(Z)|([+-])(\d{2}):?(\d{2}))$/;

/** Epoch milliseconds of an ISO-like instant with an offset; undefined when it is not one. */
export function parseInstant(text: string): Instant | undefined {
  const m = INSTANT.exec(text.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, zulu, sign, oh, om] = m;
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0));
  const offset = zulu ? 0 : (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om)) * 60_000;
  const instant = utc - offset;
  return Number.isFinite(instant) ? instant : undefined;
}

const formats = new Map<string, Intl.DateTimeFormat | null>();

function formatIn(timeZone: string): Intl.DateTimeFormat | null {
  let format = formats.get(timeZone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      });
    } catch {
      format = null; // not a zone this browser knows
    }
    formats.set(timeZone, format);
  }
  return format;
}

export interface ZonedMoment {
  day: Day;
  time: string;
  /** False when the zone was missing or unknown and the device's own zone was used. */
  inZone: boolean;
}

/** The calendar day and wall-clock time of `instant` in `timeZone` (device zone as fallback). */
export function inTimeZone(instant: Instant, timeZone: string): ZonedMoment {
  const format = timeZone.trim() === '' ? null : formatIn(timeZone.trim());
  if (!format) {
    const date = new Date(instant);
    const time = `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
    return { day: toDay(instant), time, inZone: false };
  }
  const parts = Object.fromEntries(
    format.formatToParts(instant).map((part) => [part.type, part.value]),
  );
  return {
    day: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
    inZone: true,
  };
}
