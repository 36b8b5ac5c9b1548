// What a drop on Today does (the lists and the rules: ./today-lists.ts). Pure: the drag layer
// only finds the rows involved and calls dropAction, which returns the move to write.
import { moveInList, neighboursAfterMove, type Neighbours } from '../../domain/reorder';
import type { Goal, Task } from '../../domain/types';
import { entryId, type ListId, type TodayLists, type ZoneId, type RowEntry } from './today-lists';

const GOAL_SECTION = new Set<ListId | ZoneId>(['attention', 'goals', 'unlinked', 'goal-zone']);

/** What is being dragged: from which list, and whether it is a task (prompts are not). */
export interface DragSource {
  list: ListId;
  isTask: boolean;
}

/** Whether an item dragged from `from` may be dropped on a row (or zone) of `to`. */
export function accepts(from: DragSource, to: ListId | ZoneId): boolean {
  if (from.list === to) return true;
  if (from.list === 'chores') return GOAL_SECTION.has(to);
  return from.isTask && (to === 'chores' || to === 'chore-zone');
}

export type DropAction =
  | {
      type: 'move-goal';
      list: ListId;
      goalId: string;
      neighbours: Neighbours<string>;
      /** The list's entry ids in their new order, to show at once. */
      order: string[];
    }
  | {
      type: 'move-task';
      list: ListId;
      taskId: string;
      neighbours: Neighbours<string>;
      order: string[];
    }
  | { type: 'make-goal-step'; task: Task; goal: Goal | undefined }
  | { type: 'make-chore'; task: Task; neighbours: Neighbours<string> };

/** Where it was dropped: a row (or zone) id, and whether its middle was below that row's. */
export interface DropTarget {
  id: string;
  below: boolean;
}

interface Found {
  list: ListId;
  index: number;
  entries: readonly RowEntry[];
  entry: RowEntry;
}

function find(lists: TodayLists, id: string): Found | undefined {
  for (const list of ['attention', 'goals', 'unlinked', 'chores'] as const) {
    const entries = lists[list];
    const index = entries.findIndex((entry) => entryId(entry) === id);
    const entry = entries[index];
    if (entry) return { list, index, entries, entry };
  }
  return undefined;
}

const goalOf = (entry: RowEntry) => entry.goal?.id;

/** Moves a goal's entries as one block within its group (a goal shows one or more steps). */
function moveGoal(from: Found, to: Found): DropAction | null {
  const goalIds = [...new Set(from.entries.map(goalOf))].filter((id) => id !== undefined);
  const fromGoal = goalOf(from.entry);
  const toGoal = goalOf(to.entry);
  if (fromGoal === undefined || toGoal === undefined) return null;
  const fromIndex = goalIds.indexOf(fromGoal);
  const toIndex = goalIds.indexOf(toGoal);
  const neighbours = neighboursAfterMove(goalIds, fromIndex, toIndex);
  if (!neighbours) return null;
  const newGoals = moveInList(goalIds, fromIndex, toIndex);
  const rank = (entry: RowEntry) => newGoals.indexOf(goalOf(entry) ?? '');
  const order = [...from.entries]
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => rank(a.entry) - rank(b.entry) || a.index - b.index)
    .map(({ entry }) => entryId(entry));
  return { type: 'move-goal', list: from.list, goalId: fromGoal, neighbours, order };
}

function moveTask(from: Found, to: Found): DropAction | null {
  const ids = from.entries.map(entryId);
  const neighbours = neighboursAfterMove(ids, from.index, to.index);
  if (!neighbours || from.entry.type !== 'task') return null;
  const order = moveInList(ids, from.index, to.index);
  return { type: 'move-task', list: from.list, taskId: from.entry.task.id, neighbours, order };
}

/** What a drop of `activeId` on `target` does; null: nothing (or not allowed). */
export function dropAction(
  lists: TodayLists,
  activeId: string,
  target: DropTarget | null,
): DropAction | null {
  const from = find(lists, activeId);
  if (!from || !target) return null;
  const to = find(lists, target.id);
  const toList: ListId | ZoneId | undefined =
    to?.list ?? (target.id === 'goal-zone' || target.id === 'chore-zone' ? target.id : undefined);
  if (!toList || !accepts({ list: from.list, isTask: from.entry.type === 'task' }, toList)) {
    return null;
  }
  if (to?.list === from.list) {
    return from.list === 'attention' || from.list === 'goals'
      ? moveGoal(from, to)
      : moveTask(from, to);
  }
  if (from.entry.type !== 'task') return null;
  const task = from.entry.task;
  if (from.list === 'chores') return { type: 'make-goal-step', task, goal: to?.entry.goal };
  // A goal step among the chores: just above the chore it was dropped on, or just below.
  const chores = lists.chores.map(entryId);
  if (!to) return { type: 'make-chore', task, neighbours: {} };
  const at = target.below ? to.index + 1 : to.index;
  return { type: 'make-chore', task, neighbours: { before: chores[at - 1], after: chores[at] } };
}
