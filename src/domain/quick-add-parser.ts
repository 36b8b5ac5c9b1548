// Quick-add parsing: one line of typed text → a title plus the parts it names.
//   dates      "tomorrow", "fri", "next week", "in 3 days", "on 2027-03-12", "12 March" → due date
//              "scheduled fri", "scheduled for 12 March"                          → scheduled for
//   repeats    "every day", "every 2 weeks", "every monday", … (./recurrence-grammar.ts)
//   goals      "#goal" makes the task a goal step; "+word" attaches it to the first active goal
//              (in goal order) whose title starts with that word
// Dates come from chrono-node (forwardDate, so "monday" is never a past Monday), restricted to
// whole days: a bare time ("at 5pm") or month ("March") is not a date here and stays in the title,
// and a time attached to a day ("tomorrow at 5pm") keeps its time words in the title. The words
// that only introduce a part ("on", "by", "due", "starting") go with it. Anything unknown stays
// in the title, and if nothing but parts were typed, the whole text is the title.
// This module is loaded lazily (chrono is not needed to show Today); `today` is passed in.
import * as chrono from 'chrono-node/en';
import { addMonths, addWeeks, addYears, startOfMonth, startOfWeek, startOfYear } from 'date-fns';
import { isDay, startOfDay, toDay } from './day';
import { anchorRecurrence, firstOccurrence } from './recurrence';
import { findRecurrences } from './recurrence-grammar';
import type { Day, Recurrence } from './types';

export type ParsedPart =
  | { type: 'due'; key: string; text: string; day: Day; implied: boolean }
  | { type: 'scheduled'; key: string; text: string; day: Day }
  | { type: 'repeat'; key: string; text: string; rule: Recurrence }
  | { type: 'goal-step'; key: string; text: string }
  | { type: 'goal'; key: string; text: string; goalId: string; goalTitle: string };

export interface QuickAddParse {
  title: string;
  kind?: 'goal';
  goalId?: string;
  dueDate?: Day;
  scheduledFor?: Day;
  recurrence?: Recurrence;
  /** What was recognised, in text order, for the chips under the box. */
  parts: ParsedPart[];
}

export interface QuickAddOptions {
  today: Day;
  /** 0 = Sunday … 6 = Saturday, for "next week". */
  weekStartsOn: number;
  /** Active goals in the user's goal order, for "+word". */
  goals?: readonly { id: string; title: string }[];
  /** Keys of parts the user removed: their text stays in the title. */
  ignore?: ReadonlySet<string>;
  /** Read "1/2" as 1 February (day first) rather than 2 January. */
  dayFirst?: boolean;
}

interface Span {
  start: number;
  end: number;
}

const partKey = (type: ParsedPart['type'], text: string) =>
  `${type}:${text.toLowerCase().replace(/\s+/g, ' ')}`;

const DUE_LEAD = /(?:\b(?:due|on|by|before|for|starting|from)\s+)+$/i;
const SCHEDULED_LEAD = /\b(?:scheduled|sched)(?:\s+(?:for|on))?\s+$/i;

/** Blanks out spans so later steps cannot match inside them, keeping every index in place. */
function mask(text: string, spans: readonly Span[]): string {
  let masked = text;
  for (const { start, end } of spans) {
    masked = masked.slice(0, start) + ' '.repeat(end - start) + masked.slice(end);
  }
  return masked;
}

/** A lead-in right before `start` ("on ", "due by ") that belongs to the part. */
function leadIn(text: string, start: number, pattern: RegExp): number {
  const match = pattern.exec(text.slice(0, start));
  return match ? start - match[0].length : start;
}

function dayOf(components: chrono.ParsedResult['start']): Day | null {
  const [year, month, day] = [
    components.get('year'),
    components.get('month'),
    components.get('day'),
  ];
  if (year === null || month === null || day === null) return null;
  const value = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isDay(value) ? value : null;
}

// A day is named outright ("12 March", "fri") or counted from today ("in 2 months"); a bare
// month ("March") or time ("at 5pm") is not a day.
function isWholeDay(result: chrono.ParsedResult): boolean {
  const { start } = result;
  const named = start.isCertain('day') || start.isCertain('weekday');
  return (named || result.tags().has('result/relativeDate')) && !start.isCertain('hour');
}

// chrono reads these as "a week/month/year from now"; people mean the start of that period.
function periodStart(text: string, reference: Date, weekStartsOn: number): Day | null {
  const phrase = text.toLowerCase().replace(/\s+/g, ' ').trim();
  const weekStart = weekStartsOn as 0 | 1 | 2 | 3 | 4 | 5 | 6;
  if (phrase === 'next week')
    return toDay(startOfWeek(addWeeks(reference, 1), { weekStartsOn: weekStart }));
  if (phrase === 'next month') return toDay(startOfMonth(addMonths(reference, 1)));
  if (phrase === 'next year') return toDay(startOfYear(addYears(reference, 1)));
  return null;
}

interface FoundDate {
  span: Span;
  text: string;
  day: Day;
}

/**
 * The whole-day dates in `text`. A result that also names a time ("fri at 5pm") is narrowed to
 * its date words, so the time stays in the title for the user to read.
 */
function findDates(text: string, options: QuickAddOptions): FoundDate[] {
  const parser = options.dayFirst ? chrono.GB : chrono.casual;
  const reference = startOfDay(options.today);
  reference.setHours(12); // noon: never near a DST change at midnight
  const parse = (input: string) => parser.parse(input, reference, { forwardDate: true });
  const found: FoundDate[] = [];
  for (const result of parse(text)) {
    const start = result.index;
    const period = periodStart(result.text, reference, options.weekStartsOn);
    if (period) {
      found.push({
        span: { start, end: start + result.text.length },
        text: result.text,
        day: period,
      });
      continue;
    }
    if (isWholeDay(result)) {
      const day = dayOf(result.start);
      if (day)
        found.push({ span: { start, end: start + result.text.length }, text: result.text, day });
      continue;
    }
    if (result.start.isCertain('hour')) {
      const narrowed = dateWords(result.text, parse);
      if (narrowed) {
        const from = start + narrowed.offset;
        found.push({ span: { start: from, end: from + narrowed.text.length }, ...narrowed });
      }
    }
  }
  return found;
}

/** The longest run of words in a date-and-time phrase that is a whole day on its own. */
function dateWords(
  phrase: string,
  parse: (input: string) => chrono.ParsedResult[],
): { offset: number; text: string; day: Day } | null {
  const words = [...phrase.matchAll(/\S+/g)];
  for (let size = words.length - 1; size >= 1; size--) {
    for (let first = 0; first + size <= words.length; first++) {
      const from = words[first]?.index ?? 0;
      const last = words[first + size - 1];
      const text = phrase.slice(from, (last?.index ?? 0) + (last?.[0].length ?? 0));
      const [only] = parse(text);
      if (only?.index === 0 && only.text === text && isWholeDay(only)) {
        const day = dayOf(only.start);
        if (day) return { offset: from, text, day };
      }
    }
  }
  return null;
}

function findGoal(
  text: string,
  goals: readonly { id: string; title: string }[],
  ignore: ReadonlySet<string>,
): { span: Span; part: Extract<ParsedPart, { type: 'goal' }> } | null {
  for (const match of text.matchAll(/(?<=^|\s)\+([\p{L}\p{N}][\p{L}\p{N}'’_-]*)/gu)) {
    const word = (match[1] ?? '').toLocaleLowerCase();
    const key = partKey('goal', match[0]);
    const goal = goals.find((g) => g.title.trim().toLocaleLowerCase().startsWith(word));
    if (!goal || ignore.has(key)) continue;
    const span = { start: match.index, end: match.index + match[0].length };
    return {
      span,
      part: { type: 'goal', key, text: match[0], goalId: goal.id, goalTitle: goal.title },
    };
  }
  return null;
}

export function parseQuickAdd(text: string, options: QuickAddOptions): QuickAddParse {
  const ignore = options.ignore ?? new Set<string>();
  const used: Span[] = [];
  const parts: { at: number; part: ParsedPart }[] = [];
  const result: Omit<QuickAddParse, 'title' | 'parts'> = {};

  for (const match of text.matchAll(/(?<=^|\s)#goal(?=$|\s|[,.;!?])/gi)) {
    const key = partKey('goal-step', match[0]);
    if (ignore.has(key) || result.kind) continue;
    result.kind = 'goal';
    used.push({ start: match.index, end: match.index + match[0].length });
    parts.push({ at: match.index, part: { type: 'goal-step', key, text: match[0] } });
  }

  const goal = findGoal(text, options.goals ?? [], ignore);
  if (goal) {
    result.kind = 'goal';
    result.goalId = goal.part.goalId;
    used.push(goal.span);
    parts.push({ at: goal.span.start, part: goal.part });
  }

  // Repeat phrases first, then dates in what is left: "every monday" is not a due date.
  const blocked: Span[] = [...used];
  for (const match of findRecurrences(mask(text, used))) {
    const span = { start: match.index, end: match.index + match.length };
    blocked.push(span); // a removed repeat is still no date ("every monday" ≠ "monday")
    const phrase = text.slice(span.start, span.end);
    const key = partKey('repeat', phrase);
    if (ignore.has(key) || result.recurrence) continue;
    result.recurrence = match.rule;
    used.push(span);
    parts.push({ at: span.start, part: { type: 'repeat', key, text: phrase, rule: match.rule } });
  }

  // "every" followed by something the grammar does not know ("every weekday") stays whole in
  // the title: the word after it is no date either.
  for (const match of text.matchAll(/\bevery\s+\S+/gi)) {
    const start = match.index;
    if (!blocked.some((span) => span.start <= start && start < span.end)) {
      blocked.push({ start, end: start + match[0].length });
    }
  }
  const masked = mask(text, blocked);
  for (const date of findDates(masked, options)) {
    const scheduledFrom = leadIn(masked, date.span.start, SCHEDULED_LEAD);
    const scheduled = scheduledFrom < date.span.start;
    const type = scheduled ? 'scheduled' : 'due';
    const key = partKey(type, date.text);
    if (ignore.has(key)) continue;
    if (scheduled && result.scheduledFor === undefined) {
      result.scheduledFor = date.day;
      used.push({ start: scheduledFrom, end: date.span.end });
      const part: ParsedPart = { type: 'scheduled', key, text: date.text, day: date.day };
      parts.push({ at: date.span.start, part });
    } else if (!scheduled && result.dueDate === undefined) {
      result.dueDate = date.day;
      used.push({ start: leadIn(masked, date.span.start, DUE_LEAD), end: date.span.end });
      const part: ParsedPart = { type: 'due', key, text: date.text, day: date.day, implied: false };
      parts.push({ at: date.span.start, part });
    }
  }

  const title = mask(text, used)
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:–-]+|[\s,;:–-]+$/g, '');
  if (title === '') return { title: text.trim(), parts: [] };

  if (result.recurrence) {
    // A repeat needs a day to count from: the first occurrence from today when none was typed.
    if (result.dueDate === undefined) {
      const day = firstOccurrence(result.recurrence, options.today);
      result.dueDate = day;
      const part: ParsedPart = { type: 'due', key: 'due:implied', text: '', day, implied: true };
      parts.push({ at: text.length, part });
    }
    const anchored = anchorRecurrence(result.recurrence, result.dueDate);
    result.recurrence = anchored;
    for (const { part } of parts) if (part.type === 'repeat') part.rule = anchored;
  }
  parts.sort((a, b) => a.at - b.at);
  return { title, ...result, parts: parts.map(({ part }) => part) };
}
