// A date as another app wrote it in words (Todoist's DATE column: "Oct 5 2026", "tomorrow 18:00",
// "every monday at 9am", "5. Okt. 2026", "every! 2 weeks") → our due day and repeat, plus the
// facts we cannot hold (a time of day, a repeat counted from completion), kept for the notes.
// - Repeats are read with our own grammar (./../recurrence-grammar.ts), in English only; a
//   repeat in another language, or one the grammar cannot follow ("every weekday"), is not
//   guessed at: the text goes into the notes and the item gets no date.
// - Dates go to chrono in the export's language; a phrase with words left over that are not a
//   date or a time is taken as far as it goes, and its original text is kept in the notes.
import type { Chrono, ParsedResult } from 'chrono-node';
import { isDay, startOfDay } from '../day';
import { findRecurrences } from '../recurrence-grammar';
import type { Day, Recurrence } from '../types';
import { languageOf, type DateParsers } from './date-parsers';
import type { Finding } from './types';

export interface ReadDate {
  day?: Day;
  recurrence?: Recurrence;
  /** Lines for the notes: what the date said that our records cannot hold. */
  facts: string[];
  findings: Finding[];
}

// Words that open a repeat in the languages Todoist is written in ("every", "jeden", "chaque"…).
const REPEAT_WORDS =
  /^(?:every|each|jede[nrs]?|alle|chaque|tous|toutes|cada|todos|todas|ogni|tutti|elke|iedere|om|varje|hver|hvert|joka|каждый|каждую|каждое|каждые|każd\S*|co|her|毎|每|매)(?:!|\s|$)/iu;

/** Short joining words left between a repeat, a date and a time ("at", "from", "um", "à"). */
const FILLER = /^(?:at|on|from|starting|by|due|um|am|ab|à|a|le|de|el|la|alle|om|op|kl|klo|в|с)$/iu;

function dayOf(result: ParsedResult): Day | undefined {
  const year = result.start.get('year');
  const month = result.start.get('month');
  const date = result.start.get('day');
  if (year === null || month === null || date === null) return undefined;
  const day = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
  return isDay(day) ? day : undefined;
}

const namesADay = (result: ParsedResult) =>
  result.start.isCertain('day') ||
  result.start.isCertain('weekday') ||
  result.tags().has('result/relativeDate');

function timeOf(result: ParsedResult): string | undefined {
  if (!result.start.isCertain('hour')) return undefined;
  const hour = result.start.get('hour') ?? 0;
  const minute = result.start.get('minute') ?? 0;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** Whether only blanks, punctuation and joining words remain once `spans` are taken out. */
function nothingLeft(text: string, spans: readonly { index: number; length: number }[]): boolean {
  let rest = text;
  for (const { index, length } of [...spans].sort((a, b) => b.index - a.index)) {
    rest = rest.slice(0, index) + ' ' + rest.slice(index + length);
  }
  return rest
    .split(/[\s,.;:()\-–]+/u)
    .filter(Boolean)
    .every((word) => FILLER.test(word));
}

interface FoundDay {
  day?: Day;
  time?: string;
  complete: boolean;
}

function findDay(text: string, parser: Chrono | undefined, today: Day): FoundDay {
  if (text.trim() === '') return { complete: true };
  // A plain 2027-03-12 needs no language (Danish, Korean, Polish and Turkish have no parser).
  const iso = text.trim();
  if (isDay(iso)) return { day: iso, complete: true };
  if (!parser) return { complete: false };
  const reference = startOfDay(today);
  reference.setHours(12); // noon: never near a DST change at midnight
  const results = parser.parse(text, reference, { forwardDate: true });
  const first = results[0];
  if (!first) return { complete: false };
  const day = namesADay(first) ? dayOf(first) : undefined;
  const time = timeOf(first);
  const complete =
    results.length === 1 && nothingLeft(text, [{ index: first.index, length: first.text.length }]);
  return { ...(day !== undefined && { day }), ...(time !== undefined && { time }), complete };
}

/**
 * Reads one date phrase written in `language` (a Todoist DATE_LANG such as 'en' or 'pt_BR').
 * `label` names the source in the notes ("Todoist"), `field` the kind of date ("Date").
 */
export function readDatePhrase(
  raw: string,
  language: string,
  parsers: DateParsers,
  today: Day,
  label: string,
  field = 'Date',
): ReadDate {
  const text = raw.trim();
  const read: ReadDate = { facts: [], findings: [] };
  if (text === '') return read;
  const lang = languageOf(language);
  const parser = parsers.get(lang);

  // "every! 2 weeks": Todoist counts such a repeat from the day it was done.
  const fromDone = /^(\S+)!/u.exec(text);
  const phrase = fromDone ? text.replace('!', '') : text;
  if (REPEAT_WORDS.test(text)) {
    const repeat = lang === 'en' ? findRecurrences(phrase)[0] : undefined;
    const rest = repeat?.index === 0 ? phrase.slice(repeat.length) : null;
    const found = rest === null ? undefined : findDay(rest, parser, today);
    if (!repeat || !found?.complete) {
      read.facts.push(
        `Repeat in ${label}: “${text}” (not followed here: set a repeat in the editor if you want one)`,
      );
      read.findings.push('repeat-not-followed');
      return read;
    }
    read.recurrence = repeat.rule;
    if (found.day !== undefined) read.day = found.day;
    if (found.time !== undefined) {
      read.facts.push(`Time in ${label}: ${found.time}`);
      read.findings.push('time');
    }
    if (fromDone) {
      read.facts.push(
        `In ${label} this repeat counted from the day it was done; here it counts from its due date.`,
      );
    }
    return read;
  }

  const found = findDay(phrase, parser, today);
  if (found.day !== undefined) read.day = found.day;
  if (found.day === undefined || !found.complete) {
    read.facts.push(
      `${field} in ${label}: “${text}”${found.day === undefined ? ' (not understood)' : ''}`,
    );
    read.findings.push('date-not-understood');
  } else if (found.time !== undefined) {
    read.facts.push(`${field === 'Date' ? 'Time' : `${field} time`} in ${label}: ${found.time}`);
    read.findings.push('time');
  }
  return read;
}
