// TickTick's CSV backup (Settings → Backup, every list in one file). The file opens with a
// preamble of quoted lines: the export date, the version, and a status legend whose quoted cell
// spans several lines ("Status: ↵0 Normal↵1 Completed↵2 Archived"), so the header is found as
// the first CSV record naming the columns, never by counting lines. Then one row per task:
// - Status 0 is open, 1 (completed) and 2 (completed and archived) are done, -1 is "won't do":
//   the user decided against it, so it is left out, never brought back as done or open.
// - Kind NOTE is free text, not a task: left out. CHECKLIST keeps its sub-items in Content
//   (▫ open, ▪ done), kept in the notes as a Markdown checklist.
// - Dates are instants ("2026-06-25T22:00:00+0000"). An all-day task's instant is midnight in
//   the task's own zone written in UTC, so its day is read in the Timezone column
//   (./zoned-time.ts); a timed task also keeps its time of day in the notes.
// - Start Date before the due day is our "scheduled for"; Repeat is an RRULE (./rrule.ts).
// - Priority 1, 3, 5 are low, medium, high; kept in the notes like tags and reminders.
// - parentId nests a task under another (sub-tasks).
import type { CsvRow } from './csv-rows';
import { columnReader, hasColumns, isBlankRow } from './csv-rows';
import { composeNotes, fitTitle, oneLine } from './fit-text';
import { readRRule } from './rrule';
import { subTaskFact } from './sub-tasks';
import { Tally, type ImportedItem, type ListReading } from './types';
import { inTimeZone, parseInstant } from './zoned-time';

const LABEL = 'TickTick';

const COLUMNS = [
  'Folder Name',
  'List Name',
  'Title',
  'Kind',
  'Tags',
  'Content',
  'Start Date',
  'Due Date',
  'Reminder',
  'Repeat',
  'Priority',
  'Status',
  'Completed Time',
  'Timezone',
  'Is All Day',
  'taskId',
  'parentId',
] as const;
type Column = (typeof COLUMNS)[number];

/** Where TickTick's header row is among the first rows, or -1. */
export function tickTickHeaderIndex(rows: readonly CsvRow[]): number {
  return rows.findIndex(
    ({ cells }) =>
      hasColumns(cells, 'Title') && (hasColumns(cells, 'List Name') || hasColumns(cells, 'Status')),
  );
}

const PRIORITIES: Record<string, string> = { '1': 'low', '3': 'medium', '5': 'high' };

/** "-PT30M" → "30 minutes before"; "PT0S" → "at the due time"; anything else as written. */
function reminderWords(value: string): string {
  const m = /^(-)?P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(value.trim());
  if (!m) return value.trim();
  const [, before, d, h, min] = m;
  const parts = [
    [d, 'day'],
    [h, 'hour'],
    [min, 'minute'],
  ]
    .filter(([amount]) => amount !== undefined && Number(amount) > 0)
    .map(([amount, unit]) => `${Number(amount)} ${unit}${Number(amount) === 1 ? '' : 's'}`);
  if (parts.length === 0) return 'at the due time';
  return `${parts.join(' ')} ${before ? 'before' : 'after'}`;
}

/** TickTick's checklist glyphs as a Markdown checklist, so the sub-items stay readable. */
const checklistText = (content: string) =>
  content.replace(/^[ \t]*▫[ \t]*/gmu, '- [ ] ').replace(/^[ \t]*▪[ \t]*/gmu, '- [x] ');

export function readTickTick(rows: readonly CsvRow[], headerIndex: number): ListReading {
  const cell = columnReader(rows[headerIndex]?.cells ?? [], COLUMNS);
  const at = (row: CsvRow, name: Column) => cell(row, name).trim();
  const tally = new Tally();
  const body = rows.slice(headerIndex + 1);

  // Parents first: a sub-task may come before its parent in the file.
  const titles = new Map<string, string>();
  const parentOf = new Map<string, string>();
  for (const row of body) {
    const id = at(row, 'taskId');
    if (id === '') continue;
    titles.set(id, oneLine(at(row, 'Title')));
    if (at(row, 'parentId') !== '') parentOf.set(id, at(row, 'parentId'));
  }
  const depthOf = (id: string): number => {
    let depth = 0;
    const seen = new Set([id]);
    for (let parent = parentOf.get(id); parent !== undefined && titles.has(parent);) {
      if (seen.has(parent)) break; // a loop in a damaged file
      seen.add(parent);
      depth++;
      parent = parentOf.get(parent);
    }
    return depth;
  };

  const items: ImportedItem[] = [];
  for (const row of body) {
    if (isBlankRow(row.cells)) {
      tally.skip('blank');
      continue;
    }
    const status = at(row, 'Status');
    if (oneLine(at(row, 'Title')) === '') {
      tally.skip('no-title');
      continue;
    }
    if (at(row, 'Kind').toUpperCase() === 'NOTE') {
      tally.skip('note-item');
      continue;
    }
    if (status === '-1') {
      tally.skip('wont-do');
      continue;
    }
    items.push(readRow(row, at, { tally, titles, parentOf, depthOf }));
  }
  return { format: 'ticktick', items, skipped: tally.skipped, findings: tally.findings };
}

interface RowContext {
  tally: Tally;
  titles: ReadonlyMap<string, string>;
  parentOf: ReadonlyMap<string, string>;
  depthOf: (id: string) => number;
}

function readRow(
  row: CsvRow,
  at: (row: CsvRow, name: Column) => string,
  { tally, titles, parentOf, depthOf }: RowContext,
): ImportedItem {
  const { title, whole } = fitTitle(at(row, 'Title'), tally);
  const zone = at(row, 'Timezone');
  const allDay = at(row, 'Is All Day').toLowerCase() === 'true';
  const facts: string[] = [];
  const dueInstant = parseInstant(at(row, 'Due Date'));
  const startInstant = parseInstant(at(row, 'Start Date'));
  const due = dueInstant === undefined ? undefined : inTimeZone(dueInstant, zone);
  const start = startInstant === undefined ? undefined : inTimeZone(startInstant, zone);
  const dueDate = due?.day ?? start?.day;
  const scheduledFor = due && start && start.day < due.day ? start.day : undefined;
  const timed = due ?? start;
  if (timed && !allDay) {
    facts.push(`Time in ${LABEL}: ${timed.time}${timed.inZone ? ` (${zone})` : ''}`);
    tally.note('time');
  }
  for (const [name, value] of [
    ['Due Date', at(row, 'Due Date')],
    ['Start Date', at(row, 'Start Date')],
  ] as const) {
    if (value !== '' && parseInstant(value) === undefined) {
      facts.push(`${name} in ${LABEL}: “${value}” (not understood)`);
      tally.note('date-not-understood');
    }
  }

  const repeat = at(row, 'Repeat');
  const rule = repeat === '' ? {} : readRRule(repeat, dueDate !== undefined);
  if (repeat !== '' && !rule.recurrence) {
    facts.push(
      `Repeat in ${LABEL}: ${repeat} (not followed here: set a repeat in the editor if you want one)`,
    );
    tally.note('repeat-not-followed');
  } else if (rule.end !== undefined) {
    facts.push(`In ${LABEL} this repeat ended ${rule.end}; here it goes on until you stop it.`);
  }

  const priority = PRIORITIES[at(row, 'Priority')];
  if (priority !== undefined) facts.push(`Priority in ${LABEL}: ${priority}`);
  const tags = at(row, 'Tags');
  if (tags !== '') facts.push(`Tags in ${LABEL}: ${tags}`);
  const reminder = at(row, 'Reminder');
  if (reminder !== '') {
    facts.push(`Reminder in ${LABEL}: ${reminder.split(',').map(reminderWords).join(', ')}`);
  }
  const id = at(row, 'taskId');
  const parent = titles.get(parentOf.get(id) ?? '');
  if (parent !== undefined) facts.push(subTaskFact(parent));
  const group = [at(row, 'Folder Name'), at(row, 'List Name')]
    .map(oneLine)
    .filter(Boolean)
    .join(' / ');
  // Everyone's TickTick has an Inbox: saying so on every item would only be noise.
  if (group !== '' && group !== 'Inbox') facts.push(`List in ${LABEL}: ${group}`);
  if (whole !== undefined) facts.push(`Whole title: ${whole}`);

  // Older backups have no Kind column, so the glyphs themselves say "checklist".
  const notes = composeNotes([checklistText(at(row, 'Content'))], facts, tally);
  const done = at(row, 'Status') === '1' || at(row, 'Status') === '2';
  const completedAt = done ? parseInstant(at(row, 'Completed Time')) : undefined;
  return {
    line: row.line,
    title,
    status: done ? 'done' : 'open',
    depth: parent === undefined ? 0 : depthOf(id),
    ...(notes !== undefined && { notes }),
    ...(dueDate !== undefined && { dueDate }),
    ...(scheduledFor !== undefined && { scheduledFor }),
    ...(rule.recurrence !== undefined && { recurrence: rule.recurrence }),
    ...(completedAt !== undefined && { completedAt }),
    ...(group !== '' && { group }),
  };
}
