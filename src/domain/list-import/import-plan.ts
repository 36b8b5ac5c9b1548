// What "Add to my list" will write, decided here so the rules are plain and tested:
// - items keep the source's order; marked items become goal steps, the rest chores;
// - completed items are left out, or brought in as done: the user's choice;
// - a goal step is done once (only chores repeat), so a marked item that repeated keeps its
//   repeat in words in the notes instead;
// - a done item is one finished occurrence: it keeps no repeat either (said in the notes).
// Item keys are the title plus which occurrence of that title it is ("2:Call mum"), so a mark
// stays with its item while pasted text is edited around it.
import { describeRecurrence } from '../recurrence-words';
import { NOTES_MAX_LENGTH } from '../task-input';
import type { Day, Instant, Recurrence, TaskKind } from '../types';
import { safeSlice } from './fit-text';
import type { ImportedItem } from './types';

export interface PlannedTask {
  title: string;
  notes?: string;
  kind: TaskKind;
  status: 'open' | 'done';
  dueDate?: Day;
  scheduledFor?: Day;
  recurrence?: Recurrence;
  completedAt?: Instant;
}

export interface ImportChoices {
  /** Keys (see itemKeys) of the items marked as goal steps. */
  marked: ReadonlySet<string>;
  includeDone: boolean;
}

export function itemKeys(items: readonly { title: string }[]): string[] {
  const seen = new Map<string, number>();
  return items.map(({ title }) => {
    const occurrence = (seen.get(title) ?? 0) + 1;
    seen.set(title, occurrence);
    return `${occurrence}:${title}`;
  });
}

/** Notes with one more line at the end, keeping within the notes limit (the start gives way). */
export function withLine(notes: string | undefined, line: string): string {
  if (notes === undefined || notes.trim() === '') return line;
  const room = NOTES_MAX_LENGTH - line.length - 3;
  const kept = notes.length <= room ? notes : `${safeSlice(notes, room - 1)}…`;
  return `${kept}\n\n${line}`;
}

/** The items that will be added, with their keys, in the source's order. */
export function itemsToAdd(
  items: readonly ImportedItem[],
  includeDone: boolean,
): { item: ImportedItem; key: string }[] {
  const keys = itemKeys(items);
  return items
    .map((item, index) => ({ item, key: keys[index] ?? '' }))
    .filter(({ item }) => includeDone || item.status === 'open');
}

export function planImport(items: readonly ImportedItem[], choices: ImportChoices): PlannedTask[] {
  return itemsToAdd(items, choices.includeDone).map(({ item, key }): PlannedTask => {
    const kind: TaskKind = choices.marked.has(key) ? 'goal' : 'chore';
    let notes = item.notes;
    let recurrence = item.recurrence;
    if (recurrence && (kind === 'goal' || item.status === 'done')) {
      const why = kind === 'goal' ? 'a goal step is done once' : 'this one was already done';
      notes = withLine(
        notes,
        `It repeated ${describeRecurrence(recurrence)}; ${why}, so no repeat here.`,
      );
      recurrence = undefined;
    }
    return {
      title: item.title,
      kind,
      status: item.status,
      ...(notes !== undefined && { notes }),
      ...(item.dueDate !== undefined && { dueDate: item.dueDate }),
      ...(item.scheduledFor !== undefined && { scheduledFor: item.scheduledFor }),
      ...(recurrence !== undefined && { recurrence }),
      ...(item.completedAt !== undefined &&
        item.status === 'done' && { completedAt: item.completedAt }),
    };
  });
}
