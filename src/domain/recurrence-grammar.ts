// Our own small grammar for repeats in typed text (the date parser has none). Every phrase starts
// with "every"; anything it does not fully understand is left alone, so it stays in the title:
//   every day | every 3 days | every other day
//   every week | every 2 weeks | every other week | every 2 weeks on friday
//   every monday | every mon | every other tuesday | every 2 mondays
//   every month | every 3 months | every month on the 15th | every month on day 31 | every 15th
//   every year | every 2 years            (a year is 12 months, so the anchor day is kept)
// Counts may be digits or words up to twelve. Matching ignores case.
import { MAX_INTERVAL } from './recurrence';
import type { Recurrence } from './types';

export interface RecurrenceMatch {
  rule: Recurrence;
  /** Where the phrase starts in the text and how long it is. */
  index: number;
  length: number;
}

const WEEKDAYS: readonly (readonly string[])[] = [
  ['sun', 'sunday'],
  ['mon', 'monday'],
  ['tue', 'tues', 'tuesday'],
  ['wed', 'weds', 'wednesday'],
  ['thu', 'thur', 'thurs', 'thursday'],
  ['fri', 'friday'],
  ['sat', 'saturday'],
];
const WEEKDAY_WORDS = WEEKDAYS.flat().sort((a, b) => b.length - a.length);

const NUMBER_WORDS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];

const COUNT = `(?:(other)|(\\d{1,3})|(${NUMBER_WORDS.join('|')}))\\s+`;
const WEEKDAY = `(${WEEKDAY_WORDS.join('|')})`;
const ORDINAL = '(\\d{1,2})(?:st|nd|rd|th)';

// Each pattern reads from just after "every " and must end at a word boundary.
const PATTERNS: readonly { regex: RegExp; build: (m: RegExpExecArray) => Recurrence | null }[] = [
  {
    // every 2 weeks on friday
    regex: new RegExp(`(?:${COUNT})?weeks?\\s+on\\s+${WEEKDAY}s?\\b`, 'iy'),
    build: (m) => weekly(count(m), weekdayOf(m[4])),
  },
  {
    // every month on the 15th | every month on day 31
    regex: new RegExp(
      `(?:${COUNT})?months?\\s+on\\s+(?:the\\s+${ORDINAL}|day\\s+(\\d{1,2}))\\b`,
      'iy',
    ),
    build: (m) => monthly(count(m), Number(m[4] ?? m[5])),
  },
  {
    // every day | every 3 days | every week | every month | every 2 years
    regex: new RegExp(`(?:${COUNT})?(day|week|month|year)s?\\b`, 'iy'),
    build: (m) => byUnit(count(m), (m[4] ?? '').toLowerCase()),
  },
  {
    // every monday | every other tuesday | every 2 mondays
    regex: new RegExp(`(?:${COUNT})?${WEEKDAY}s?\\b`, 'iy'),
    build: (m) => weekly(count(m), weekdayOf(m[4])),
  },
  {
    // every 15th
    regex: new RegExp(`${ORDINAL}\\b`, 'iy'),
    build: (m) => monthly(1, Number(m[1])),
  },
];

function count(m: RegExpExecArray): number {
  if (m[1] !== undefined) return 2;
  if (m[2] !== undefined) return Number(m[2]);
  if (m[3] !== undefined) return NUMBER_WORDS.indexOf(m[3].toLowerCase()) + 1;
  return 1;
}

function weekdayOf(word: string | undefined): number {
  const lower = (word ?? '').toLowerCase();
  return WEEKDAYS.findIndex((names) => names.includes(lower));
}

const validInterval = (interval: number) => interval >= 1 && interval <= MAX_INTERVAL;

function weekly(interval: number, weekday: number): Recurrence | null {
  return validInterval(interval) && weekday >= 0 ? { every: 'week', interval, weekday } : null;
}

function monthly(interval: number, monthDay: number): Recurrence | null {
  return validInterval(interval) && monthDay >= 1 && monthDay <= 31
    ? { every: 'month', interval, monthDay }
    : null;
}

function byUnit(interval: number, unit: string): Recurrence | null {
  if (unit === 'year') interval *= 12;
  if (!validInterval(interval)) return null;
  if (unit === 'day' || unit === 'week') return { every: unit, interval };
  return { every: 'month', interval };
}

/** Every repeat phrase in `text`, in text order; phrases never overlap. */
export function findRecurrences(text: string): RecurrenceMatch[] {
  const found: RecurrenceMatch[] = [];
  const every = /\bevery\s+/gi;
  for (let start = every.exec(text); start; start = every.exec(text)) {
    const from = start.index + start[0].length;
    for (const { regex, build } of PATTERNS) {
      regex.lastIndex = from;
      const m = regex.exec(text);
      if (!m) continue;
      // Patterns go from the most specific; one that matches with a value out of range
      // ("every month on the 32nd") makes the phrase invalid, not a looser rule.
      const rule = build(m);
      if (rule) {
        found.push({ rule, index: start.index, length: from + m[0].length - start.index });
        every.lastIndex = from + m[0].length;
      }
      break;
    }
  }
  return found;
}
