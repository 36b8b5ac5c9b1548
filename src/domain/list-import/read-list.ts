// The one way in: a chosen file (bytes) or pasted text → a reading of the list, or a
// ListReadError whose message tells the user what is wrong and what to do. The format is told
// from the content, never from the file name: Todoist's CSV by its header (TYPE, CONTENT, …),
// TickTick's backup by a header naming Title and List Name after its preamble, Markdown by a
// checkbox item or a heading, and anything else is plain text, one item per line.
// The limits (./limits.ts) are said in every refusal.
// Date parsers come in from the caller (`loadDateParsers` of ./date-languages.ts): a dynamic
// import inside this module would make its chunk import Vite's preload helper from the entry
// chunk, and a lazily loaded view importing this chunk would then ask for the entry's
// stylesheet, which the build inlines into index.html and never writes as a file (a 404 that
// fails the import under the server's nosniff).
import type { Day } from '../types';
import { readCsvRows } from './csv-rows';
import { languageOf, type LoadDateParsers } from './date-parsers';
import { decodeText, looksLikeText, type TextEncodingName } from './decode-text';
import { LIST_MAX_BYTES, LIST_MAX_ITEMS } from './limits';
import { looksLikeMarkdown, readLines } from './read-lines';
import { readTickTick, tickTickHeaderIndex } from './read-ticktick';
import { isTodoistHeader, readTodoist, todoistLanguages } from './read-todoist';
import { ListReadError, type ListFormat, type ListReading } from './types';

const count = new Intl.NumberFormat('en');
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export interface ReadOutcome extends ListReading {
  /** How the file's bytes were decoded (files only). */
  encoding?: TextEncodingName;
}

/** The format of a text, from its content. */
export function detectFormat(text: string): ListFormat {
  const head = readCsvRows(text.slice(0, 20_000), 12);
  if (head[0] && isTodoistHeader(head[0].cells)) return 'todoist';
  if (tickTickHeaderIndex(head) >= 0) return 'ticktick';
  return looksLikeMarkdown(text.split(/\r\n|\r|\n/, 5000)) ? 'markdown' : 'text';
}

const EMPTY: Record<ListFormat, string> = {
  todoist: 'This Todoist export holds no tasks, only its header and settings rows.',
  ticktick: 'This TickTick backup holds no tasks.',
  markdown: 'There is no item in this text to bring in.',
  text: 'There is no item in this text to bring in.',
};

async function readText(
  text: string,
  today: Day,
  loadDateParsers: LoadDateParsers,
): Promise<ListReading> {
  const format = detectFormat(text);
  switch (format) {
    case 'todoist': {
      const rows = readCsvRows(text);
      const languages = [...todoistLanguages(rows)].map(languageOf);
      return readTodoist(rows, await loadDateParsers(languages), today);
    }
    case 'ticktick': {
      const rows = readCsvRows(text);
      return readTickTick(rows, tickTickHeaderIndex(rows));
    }
    default:
      return readLines(text, format === 'markdown');
  }
}

function checkItems(reading: ListReading): void {
  if (reading.items.length === 0) throw new ListReadError(EMPTY[reading.format]);
  const open = reading.items.filter((item) => item.status === 'open').length;
  if (open > LIST_MAX_ITEMS) {
    throw new ListReadError(
      `This list holds ${count.format(open)} open items; Goals First brings in up to ${count.format(LIST_MAX_ITEMS)} at a time. Split it into smaller lists and bring them in one by one.`,
    );
  }
}

/** Reads pasted or typed text. */
export async function readListText(
  raw: string,
  today: Day,
  loadDateParsers: LoadDateParsers,
): Promise<ReadOutcome> {
  const text = raw.replace(/^\uFEFF/, '');
  if (text.trim() === '')
    throw new ListReadError('There is nothing to read yet: the text is empty.');
  if (text.length > LIST_MAX_BYTES) {
    throw new ListReadError(
      `That text is ${count.format(text.length)} characters long; a list can be at most ${megabytes(LIST_MAX_BYTES)}.`,
    );
  }
  if (!looksLikeText(text)) {
    throw new ListReadError(
      'That text holds control characters, like binary data: it is not a list.',
    );
  }
  const reading = await readText(text, today, loadDateParsers);
  checkItems(reading);
  return reading;
}

/** Checks a file's size before its bytes are read at all. */
export function checkFileSize(bytes: number): void {
  if (bytes === 0)
    throw new ListReadError('The file is empty: there is nothing in it to bring in.');
  if (bytes > LIST_MAX_BYTES) {
    throw new ListReadError(
      `The file is ${megabytes(bytes)}; a list can be at most ${megabytes(LIST_MAX_BYTES)}. Export a smaller part of it, such as one project or list.`,
    );
  }
}

/** Reads a chosen file's bytes. */
export async function readListBytes(
  bytes: Uint8Array,
  today: Day,
  loadDateParsers: LoadDateParsers,
): Promise<ReadOutcome> {
  checkFileSize(bytes.length);
  const { text, encoding } = decodeText(bytes);
  if (text.trim() === '') {
    throw new ListReadError('The file holds only blank lines: there is nothing in it to bring in.');
  }
  const reading = await readText(text, today, loadDateParsers);
  checkItems(reading);
  return { ...reading, encoding };
}
