// The summary of a reading in sentences: what the list was read as, how many items and what of
// their dates and repeats was understood, what went into the notes, and what was left out and
// why. Every count of the reading appears here, so nothing is dropped without a word.
import type { ReadOutcome } from '../../domain/list-import/read-list';
import type { Finding, ImportedItem, ListFormat, SkipReason } from '../../domain/list-import/types';
import { counted, phraseList } from './words';

const FORMAT_NAMES: Record<ListFormat, string> = {
  todoist: 'a Todoist export (CSV)',
  ticktick: 'a TickTick backup (CSV)',
  markdown: 'a Markdown checklist',
  text: 'plain text, one item per line',
};

const SKIPPED: Record<SkipReason, readonly [string, string]> = {
  blank: ['blank row', 'blank rows'],
  settings: ['row of view settings', 'rows of view settings'],
  'no-title': ['line with no text to make a title of', 'lines with no text to make a title of'],
  'unknown-row': ['row of a kind this app does not know', 'rows of a kind this app does not know'],
  'orphan-comment': ['comment with no task above it', 'comments with no task above them'],
  'wont-do': ['item marked “won’t do”', 'items marked “won’t do”'],
  'note-item': ['note (a note is not a task)', 'notes (a note is not a task)'],
  separator: ['separator or code fence line', 'separator or code fence lines'],
};

const FINDINGS: Record<Finding, readonly [string, string]> = {
  comment: ['comment', 'comments'],
  time: ['time of day', 'times of day'],
  'date-not-understood': ['date not understood as written', 'dates not understood as written'],
  'repeat-not-followed': ['repeat this app cannot follow', 'repeats this app cannot follow'],
  'title-cut': ['long title, cut to 500 characters', 'long titles, cut to 500 characters'],
  'notes-cut': ['note cut to 5,000 characters', 'notes cut to 5,000 characters'],
};

function entries<K extends string>(
  counts: Partial<Record<K, number>>,
  words: Record<K, readonly [string, string]>,
): string[] {
  return (Object.keys(words) as K[])
    .filter((key) => (counts[key] ?? 0) > 0)
    .map((key) => counted(counts[key] ?? 0, words[key][0], words[key][1]));
}

/** What each format carries that our records have no field for, always kept in the notes. */
const EXTRAS: Record<ListFormat, string> = {
  todoist: 'priorities, sections, sub-tasks, durations and assignees',
  ticktick: 'priorities, tags, lists, reminders and sub-tasks',
  markdown: 'headings and sub-tasks',
  text: '',
};

export interface SummaryLines {
  source: string;
  items: string;
  understood: string | null;
  kept: string | null;
  left: string | null;
}

function keptLine(reading: ReadOutcome): string | null {
  const kept = entries(reading.findings, FINDINGS);
  const extras = EXTRAS[reading.format];
  if (kept.length === 0 && extras === '') return null;
  const also = extras === '' ? '' : kept.length === 0 ? extras : `, and ${extras}`;
  return `Kept in the items’ notes: ${phraseList(kept)}${also}.`;
}

export function summaryLines(reading: ReadOutcome, includeDone: boolean): SummaryLines {
  const open = reading.items.filter((item) => item.status === 'open').length;
  const done = reading.items.length - open;
  const added: ImportedItem[] = reading.items.filter(
    (item) => includeDone || item.status === 'open',
  );
  const understood = (
    [
      ['dueDate', 'due date', 'due dates'],
      ['scheduledFor', 'planned day', 'planned days'],
      ['recurrence', 'repeat', 'repeats'],
    ] as const
  )
    .map(([field, one, many]) => {
      const n = added.filter((item) => item[field] !== undefined).length;
      return n === 0 ? '' : counted(n, one, many);
    })
    .filter(Boolean);
  const left = entries(reading.skipped, SKIPPED);
  if (done > 0 && !includeDone) left.push(counted(done, 'completed item', 'completed items'));
  const encoding =
    reading.encoding && reading.encoding !== 'UTF-8' ? `, decoded from ${reading.encoding}` : '';
  const doneWords =
    done === 0
      ? ''
      : includeDone
        ? `, ${counted(done, 'completed item', 'completed items')} brought in as done`
        : '';
  return {
    source: `Read as ${FORMAT_NAMES[reading.format]}${encoding}.`,
    items: `${counted(added.length, 'item', 'items')} to add: ${counted(open, 'open item', 'open items')}${doneWords}.`,
    understood:
      understood.length === 0 ? null : `Dates and repeats understood: ${phraseList(understood)}.`,
    kept: keptLine(reading),
    left: left.length === 0 ? null : `Left out: ${phraseList(left)}.`,
  };
}
