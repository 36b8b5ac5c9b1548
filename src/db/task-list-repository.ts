// Writes of many tasks at once: a whole written list (the Lesson's "Save to my list"). The rule
// is all or nothing: every line is validated before anything is written (a bad line names its
// number), and everything is written in ONE transaction, so a failure leaves the data as it was.
// Each task is placed exactly where addTask (or, for a change of kind, updateTask) would put it,
// and the lines of one kind keep the list's order among themselves: tasks that go on top of
// their section (chores, goal steps without a goal) are placed last line first, each landing
// above the one placed before it; a goal's steps go after its last step, first line first.
// Nothing is ever deleted here. Every task added gets its 'added' activity row in the same
// transaction.
import { cleanNotes, cleanTitle } from '../domain/task-input';
import { LIST_MAX_ITEMS } from '../domain/written-list';
import { ValidationError } from '../domain/validation-error';
import type { Instant, Task, TaskKind } from '../domain/types';
import { logTaskEvents } from './activity-log';
import { db } from './database';
import type { NewTask } from './task-repository';
import { orderForNewTask } from './task-placement';

/** A line of a written list: a new item, or a copy of one of the user's own tasks. */
export interface ListEntry {
  title: string;
  kind: TaskKind;
  /** The user's task this line was copied from ("Use my current list"). */
  sourceId?: string;
}

export interface SavedList {
  /** One per entry, in the entries' order; undefined where the task no longer was open. */
  tasks: (Task | undefined)[];
  added: number;
  /** Copies whose task changed kind (a chore marked as a goal, or the other way round). */
  changed: number;
  /** Copies whose task was already of that kind: left as it was. */
  kept: number;
  /** Copies whose task was done or deleted in the meantime: left out, not brought back. */
  skipped: number;
}

function checkBatchSize(size: number): void {
  if (size > LIST_MAX_ITEMS) {
    throw new ValidationError(
      `That is ${size} items at once; save up to ${LIST_MAX_ITEMS} at a time.`,
      'items',
    );
  }
}

/** The title and notes rules of addTask, with the line number in front of any refusal. */
function cleanLine<T extends { title: string; notes?: string }>(input: T, index: number): T {
  try {
    const notes = cleanNotes(input.notes);
    return { ...input, title: cleanTitle(input.title), notes };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    throw new ValidationError(`Line ${index + 1}: ${error.message}`, error.field);
  }
}

const placedOnTop = (item: { kind: TaskKind; goalId?: string }) =>
  item.kind === 'chore' || item.goalId === undefined;

/** The items in the order to place them, so each kind keeps the list's order (see above). */
function inPlacementOrder<T extends { kind: TaskKind; goalId?: string }>(
  items: readonly T[],
): { index: number; item: T }[] {
  const entries = items.map((item, index) => ({ index, item }));
  const onTop = entries.filter(({ item }) => placedOnTop(item)).reverse();
  return [...onTop, ...entries.filter(({ item }) => !placedOnTop(item))];
}

function newTaskRecord(input: NewTask, order: string, now: Instant): Task {
  const goalId = input.kind === 'goal' ? input.goalId : undefined;
  return {
    id: crypto.randomUUID(),
    title: input.title,
    kind: input.kind,
    status: 'open',
    order,
    snoozes: 0,
    createdAt: now,
    updatedAt: now,
    ...(goalId !== undefined && { goalId }),
    ...(input.notes !== undefined && { notes: input.notes }),
  };
}

/** Adds every input or none; returns the new tasks in the inputs' order. */
export async function addTasks(
  inputs: readonly NewTask[],
  now: Instant = Date.now(),
): Promise<Task[]> {
  checkBatchSize(inputs.length);
  const clean = inputs.map((input, index) => {
    const line = cleanLine(input, index);
    return line.kind === 'goal' ? line : { ...line, goalId: undefined };
  });
  return db.transaction('rw', db.tasks, db.goals, db.activity, async () => {
    for (const goalId of new Set(clean.map((input) => input.goalId))) {
      if (goalId === undefined) continue;
      const goal = await db.goals.get(goalId);
      if (!goal || goal.deletedAt !== undefined) {
        throw new ValidationError('That goal no longer exists; pick another one.', 'goalId');
      }
    }
    const added: Task[] = [];
    for (const { index, item: input } of inPlacementOrder(clean)) {
      const order = await orderForNewTask(input.kind, input.goalId);
      const task = newTaskRecord(input, order, now);
      await db.tasks.add(task);
      added[index] = task;
    }
    await logTaskEvents('added', added, now);
    return added;
  });
}

/**
 * Saves a written list into the user's tasks: new lines are added; a line copied from one of the
 * user's open tasks only brings that task's kind in line with the list (re-placed as updateTask
 * would, and a goal step that becomes a chore leaves its goal, as in an edit).
 */
export async function saveTaskList(
  entries: readonly ListEntry[],
  now: Instant = Date.now(),
): Promise<SavedList> {
  checkBatchSize(entries.length);
  const clean = entries.map((entry, index) =>
    entry.sourceId === undefined ? cleanLine(entry, index) : entry,
  );
  return db.transaction('rw', db.tasks, db.goals, db.activity, async () => {
    const result: SavedList = {
      tasks: Array.from({ length: clean.length }, () => undefined),
      added: 0,
      changed: 0,
      kept: 0,
      skipped: 0,
    };
    const toPlace: { index: number; title: string; kind: TaskKind; existing?: Task }[] = [];
    for (const [index, entry] of clean.entries()) {
      if (entry.sourceId === undefined) {
        toPlace.push({ index, title: entry.title, kind: entry.kind });
        continue;
      }
      const task = await db.tasks.get(entry.sourceId);
      if (!task || task.deletedAt !== undefined || task.status !== 'open') {
        result.skipped++;
      } else if (task.kind === entry.kind) {
        result.tasks[index] = task;
        result.kept++;
      } else {
        toPlace.push({ index, title: entry.title, kind: entry.kind, existing: task });
      }
    }
    for (const { item } of inPlacementOrder(toPlace)) {
      const { index, title, kind, existing } = item;
      const order = await orderForNewTask(kind, undefined, existing?.id);
      if (existing) {
        // Dexie's update() deletes a property whose new value is undefined: the goal link goes.
        await db.tasks.update(existing.id, { kind, goalId: undefined, order, updatedAt: now });
        const changed: Task = { ...existing, kind, order, updatedAt: now };
        delete changed.goalId;
        result.tasks[index] = changed;
        result.changed++;
      } else {
        const task = newTaskRecord({ title, kind }, order, now);
        await db.tasks.add(task);
        await logTaskEvents('added', [task], now);
        result.tasks[index] = task;
        result.added++;
      }
    }
    return result;
  });
}
