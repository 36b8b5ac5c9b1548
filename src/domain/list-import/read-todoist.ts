// Todoist's CSV export ("Export as template", one project per file). Columns are found by their
// header names, so older files (TYPE,CONTENT,PRIORITY,INDENT,…) and newer ones (with
// DESCRIPTION, IS_COLLAPSED, DURATION, DEADLINE, …) read alike. Each row has a TYPE:
// - task: an item. INDENT 1 is top level, 2 a sub-task, and so on.
// - section: a heading; the tasks below it carry it as their group.
// - note: a comment on the task above, joined to its notes.
// - meta: view settings ("view_style=list"), not part of the list: skipped, as are blank rows.
// PRIORITY follows Todoist's own labels, checked against Todoist's CSV help page: 1 is p1, the
// HIGHEST, and 4 is p4, no priority (its API counts the other way round, 4 = p1; the CSV does
// not). A priority is not a goal, so it is kept in the notes for the user to weigh. DATE is
// written in the language named by DATE_LANG (./foreign-dates.ts). The export holds no
// completed tasks, so every item is open.
import type { Day } from '../types';
import type { CsvRow } from './csv-rows';
import { columnReader, hasColumns, isBlankRow } from './csv-rows';
import type { DateParsers } from './date-parsers';
import { composeNotes, fitTitle, oneLine } from './fit-text';
import { readDatePhrase } from './foreign-dates';
import { Nesting, subTaskFact } from './sub-tasks';
import { Tally, type ImportedItem, type ListReading } from './types';

const LABEL = 'Todoist';

type Column =
  | 'TYPE'
  | 'CONTENT'
  | 'DESCRIPTION'
  | 'PRIORITY'
  | 'INDENT'
  | 'RESPONSIBLE'
  | 'DATE'
  | 'DATE_LANG'
  | 'DURATION'
  | 'DURATION_UNIT'
  | 'DEADLINE'
  | 'DEADLINE_LANG';

const COLUMNS: readonly Column[] = [
  'TYPE',
  'CONTENT',
  'DESCRIPTION',
  'PRIORITY',
  'INDENT',
  'RESPONSIBLE',
  'DATE',
  'DATE_LANG',
  'DURATION',
  'DURATION_UNIT',
  'DEADLINE',
  'DEADLINE_LANG',
];

/** Whether the first row of a CSV is Todoist's header. */
export const isTodoistHeader = (cells: readonly string[]) => hasColumns(cells, 'TYPE', 'CONTENT');

/** The languages named in DATE_LANG and DEADLINE_LANG, for loading their date parsers. */
export function todoistLanguages(rows: readonly CsvRow[]): Set<string> {
  const [header, ...body] = rows;
  const read = columnReader(header?.cells ?? [], ['DATE_LANG', 'DEADLINE_LANG'] as const);
  const languages = new Set<string>();
  for (const row of body) {
    for (const language of [read(row, 'DATE_LANG'), read(row, 'DEADLINE_LANG')]) {
      if (language.trim() !== '') languages.add(language.trim());
    }
  }
  return languages;
}

function priorityFact(value: string): string | undefined {
  const priority = value.trim();
  if (priority === '1') return `Priority in ${LABEL}: p1 (the highest)`;
  if (priority === '2' || priority === '3') return `Priority in ${LABEL}: p${priority}`;
  return undefined; // 4 (p4) is Todoist's "no priority"; blank says nothing
}

function durationFact(amount: string, unit: string): string | undefined {
  const value = amount.trim();
  const name = unit.trim().toLowerCase();
  if (value === '' || name === '' || name === 'none') return undefined;
  const plural = value === '1' ? name : `${name}s`;
  return `Duration in ${LABEL}: ${value} ${plural}`;
}

interface Draft {
  row: CsvRow;
  comments: string[];
  group?: string;
}

export function readTodoist(
  rows: readonly CsvRow[],
  parsers: DateParsers,
  today: Day,
): ListReading {
  const [header, ...body] = rows;
  const read = columnReader(header?.cells ?? [], COLUMNS);
  const tally = new Tally();
  const drafts: Draft[] = [];
  let group: string | undefined;

  for (const row of body) {
    const cell = (name: Column) => read(row, name);
    if (isBlankRow(row.cells)) {
      tally.skip('blank');
      continue;
    }
    const type = cell('TYPE').trim().toLowerCase();
    const content = cell('CONTENT');
    if (type === 'meta') tally.skip('settings');
    else if (type === 'section') group = oneLine(content) || undefined;
    else if (type === 'note') {
      const task = drafts.at(-1);
      if (!task) tally.skip('orphan-comment');
      else if (content.trim() !== '') {
        task.comments.push(content.trim());
        tally.note('comment');
      }
    } else if (type === 'task') {
      if (oneLine(content) === '') tally.skip('no-title');
      else drafts.push({ row, comments: [], ...(group !== undefined && { group }) });
    } else tally.skip('unknown-row');
  }

  const nesting = new Nesting();
  let lastGroup: string | undefined;
  const items = drafts.map(({ row, comments, group: itemGroup }): ImportedItem => {
    const cell = (name: Column) => read(row, name);
    if (itemGroup !== lastGroup) nesting.reset();
    lastGroup = itemGroup;
    const { title, whole } = fitTitle(cell('CONTENT'), tally);
    const indent = Number.parseInt(cell('INDENT'), 10);
    const { depth, parent } = nesting.place(Number.isFinite(indent) ? indent - 1 : 0, title);

    const date = readDatePhrase(cell('DATE'), cell('DATE_LANG'), parsers, today, LABEL);
    const deadline = readDatePhrase(
      cell('DEADLINE'),
      cell('DEADLINE_LANG'),
      parsers,
      today,
      LABEL,
      'Deadline',
    );
    date.findings.forEach((finding) => tally.note(finding));
    deadline.findings.forEach((finding) => tally.note(finding));
    // Todoist's date is the day to do it and its deadline the day it is due: with both, they
    // are our "scheduled for" and "due"; a repeat counts from our due date, so it keeps DATE.
    let dueDate = date.day;
    let scheduledFor: Day | undefined;
    const facts = [...date.facts];
    if (deadline.day !== undefined && date.recurrence === undefined) {
      scheduledFor = date.day;
      dueDate = deadline.day;
    } else if (deadline.day !== undefined) {
      facts.push(`Deadline in ${LABEL}: ${deadline.day}`);
    }
    facts.push(...deadline.facts);
    const responsible = cell('RESPONSIBLE')
      .replace(/\s*\(\d+\)\s*$/, '')
      .trim();
    for (const fact of [
      priorityFact(cell('PRIORITY')),
      durationFact(cell('DURATION'), cell('DURATION_UNIT')),
      responsible === '' ? undefined : `Assigned in ${LABEL} to ${responsible}`,
      parent === undefined ? undefined : subTaskFact(parent),
      itemGroup === undefined ? undefined : `Section in ${LABEL}: ${itemGroup}`,
      whole === undefined ? undefined : `Whole title: ${whole}`,
    ]) {
      if (fact !== undefined) facts.push(fact);
    }
    const notes = composeNotes(
      [cell('DESCRIPTION'), ...comments.map((comment) => `Comment: ${comment}`)],
      facts,
      tally,
    );
    return {
      line: row.line,
      title,
      status: 'open',
      depth,
      ...(notes !== undefined && { notes }),
      ...(dueDate !== undefined && { dueDate }),
      ...(scheduledFor !== undefined && scheduledFor !== dueDate && { scheduledFor }),
      ...(date.recurrence !== undefined && { recurrence: date.recurrence }),
      ...(itemGroup !== undefined && { group: itemGroup }),
    };
  });
  return { format: 'todoist', items, skipped: tally.skipped, findings: tally.findings };
}
