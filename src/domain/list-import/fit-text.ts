// Texts from another app fitted to our records' limits (../task-input.ts): a title is one line
// of 1..500 characters, notes are at most 5,000. Nothing is cut without a word: a long title is
// shortened and kept whole in the notes; notes that still do not fit end with a line saying how
// much was left out. Cuts never split a surrogate pair, so an emoji is never half kept.
import { NOTES_MAX_LENGTH, TITLE_MAX_LENGTH } from '../task-input';
import type { Tally } from './types';

const count = new Intl.NumberFormat('en');

/** Line breaks (and the blanks around them) become one space; ends are trimmed. */
export function oneLine(text: string): string {
  return text.replace(/[ \t]*(?:\r\n|\r|\n)[ \t\r\n]*/g, ' ').trim();
}

/** The first `length` code units at most, never ending on the first half of a surrogate pair. */
export function safeSlice(text: string, length: number): string {
  if (text.length <= length) return text;
  const code = text.charCodeAt(length - 1);
  const end = code >= 0xd800 && code <= 0xdbff ? length - 1 : length;
  return text.slice(0, end);
}

export interface FittedTitle {
  title: string;
  /** The whole title, when it had to be cut. */
  whole?: string;
}

/** A title of at most TITLE_MAX_LENGTH characters, cut at a space where one is near the end. */
export function fitTitle(raw: string, tally: Tally): FittedTitle {
  const title = oneLine(raw);
  if (title.length <= TITLE_MAX_LENGTH) return { title };
  tally.note('title-cut');
  const room = safeSlice(title, TITLE_MAX_LENGTH - 1);
  const space = room.lastIndexOf(' ');
  const cut = space > TITLE_MAX_LENGTH - 80 ? room.slice(0, space) : room;
  return { title: `${cut.trimEnd()}…`, whole: title };
}

/**
 * The notes of an item: the source's own text first (description, comments), then one line per
 * fact our records cannot hold ("Priority in Todoist: p1"). Undefined when there is nothing.
 */
export function composeNotes(
  texts: readonly (string | undefined)[],
  facts: readonly string[],
  tally: Tally,
): string | undefined {
  const blocks = texts
    .map((text) => text?.replace(/\r\n?/g, '\n').trim() ?? '')
    .filter((text) => text.length > 0);
  if (facts.length > 0) blocks.push(facts.join('\n'));
  const notes = blocks.join('\n\n');
  if (notes.length === 0) return undefined;
  if (notes.length <= NOTES_MAX_LENGTH) return notes;
  tally.note('notes-cut');
  // The marker is at most ~60 characters; the kept part leaves room for it.
  const kept = safeSlice(notes, NOTES_MAX_LENGTH - 80).trimEnd();
  return `${kept}\n… (cut here: ${count.format(notes.length - kept.length)} more characters did not fit)`;
}
