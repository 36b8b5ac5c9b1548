// Reads and writes of tasks. Every write validates first (a rejected call writes nothing) and
// runs in one transaction; deletes are soft (`deletedAt`) so Undo, and later a sync merge, work.
import Dexie from 'dexie';
import { cleanNotes, cleanTitle } from '../domain/task-input';
import { addDays, dayRange } from '../domain/day';
import { sortByOrder } from '../domain/order-key';
import { ValidationError } from '../domain/validation-error';
import type { Day, Instant, Task, TaskKind } from '../domain/types';
import { db } from './database';
import { NotFoundError } from './not-found-error';
import { orderForNewTask } from './task-placement';

export interface NewTask {
  title: string;
  kind: TaskKind;
  /** Only for goal steps; ignored for chores. */
  goalId?: string;
  notes?: string;
}

/** Fields an edit can change; `null` clears an optional field. */
export interface TaskChanges {
  title?: string;
  kind?: TaskKind;
  goalId?: string | null;
  notes?: string | null;
}

async function assertGoalExists(goalId: string): Promise<void> {
  const goal = await db.goals.get(goalId);
  if (!goal || goal.deletedAt !== undefined) {
    throw new ValidationError('That goal no longer exists; pick another one.', 'goalId');
  }
}

async function getLiveTask(id: string): Promise<Task> {
  const task = await db.tasks.get(id);
  if (!task || task.deletedAt !== undefined) throw new NotFoundError('task');
  return task;
}

export async function addTask(input: NewTask, now: Instant = Date.now()): Promise<Task> {
  const title = cleanTitle(input.title);
  const notes = cleanNotes(input.notes);
  const goalId = input.kind === 'goal' ? input.goalId : undefined;
  return db.transaction('rw', db.tasks, db.goals, async () => {
    if (goalId !== undefined) await assertGoalExists(goalId);
    const task: Task = {
      id: crypto.randomUUID(),
      title,
      kind: input.kind,
      status: 'open',
      order: await orderForNewTask(input.kind, goalId),
      snoozes: 0,
      createdAt: now,
      updatedAt: now,
      ...(goalId !== undefined && { goalId }),
      ...(notes !== undefined && { notes }),
    };
    await db.tasks.add(task);
    return task;
  });
}

export async function updateTask(
  id: string,
  changes: TaskChanges,
  now: Instant = Date.now(),
): Promise<void> {
  const title = changes.title === undefined ? undefined : cleanTitle(changes.title);
  const notes = changes.notes === undefined ? undefined : cleanNotes(changes.notes ?? undefined);
  await db.transaction('rw', db.tasks, db.goals, async () => {
    const task = await getLiveTask(id);
    const kind = changes.kind ?? task.kind;
    const requestedGoal =
      changes.goalId === undefined ? task.goalId : (changes.goalId ?? undefined);
    const goalId = kind === 'goal' ? requestedGoal : undefined;
    if (goalId !== undefined && goalId !== task.goalId) await assertGoalExists(goalId);
    const moved = kind !== task.kind || goalId !== task.goalId;
    // Dexie's update() deletes a property whose new value is undefined.
    await db.tasks.update(id, {
      updatedAt: now,
      kind,
      goalId,
      ...(title !== undefined && { title }),
      ...(changes.notes !== undefined && { notes }),
      ...(moved && { order: await orderForNewTask(kind, goalId, id) }),
    });
  });
}

async function patchLiveTask(id: string, patch: Partial<Task>): Promise<void> {
  await db.transaction('rw', db.tasks, async () => {
    await getLiveTask(id);
    await db.tasks.update(id, patch);
  });
}

export function completeTask(id: string, now: Instant = Date.now()): Promise<void> {
  return patchLiveTask(id, { status: 'done', completedAt: now, updatedAt: now });
}

/** Back to open in its old place: the order key never changed. */
export function reopenTask(id: string, now: Instant = Date.now()): Promise<void> {
  return patchLiveTask(id, { status: 'open', completedAt: undefined, updatedAt: now });
}

/**
 * Snoozes an open goal step until tomorrow and counts it (DESIGN.md §3 rule 3): the step stays
 * its goal's entry on Today, muted, and is back in full the next day. Chores are not snoozed;
 * the count is an avoidance signal, so it only ever grows.
 */
export async function snoozeTask(id: string, today: Day, now: Instant = Date.now()): Promise<Task> {
  return db.transaction('rw', db.tasks, async () => {
    const task = await getLiveTask(id);
    if (task.kind !== 'goal') {
      throw new ValidationError('Only goal steps can be snoozed; a chore can simply wait.', 'kind');
    }
    if (task.status !== 'open') {
      throw new ValidationError(
        'That step is already done, so there is nothing to snooze.',
        'status',
      );
    }
    const snoozed: Task = {
      ...task,
      snoozedUntil: addDays(today, 1),
      snoozes: task.snoozes + 1,
      updatedAt: now,
    };
    await db.tasks.put(snoozed);
    return snoozed;
  });
}

export function deleteTask(id: string, now: Instant = Date.now()): Promise<void> {
  return patchLiveTask(id, { deletedAt: now, updatedAt: now });
}

/** Undo of a delete: the row comes back with its old key, so in its old place. */
export async function restoreTask(id: string, now: Instant = Date.now()): Promise<void> {
  await db.transaction('rw', db.tasks, async () => {
    const task = await db.tasks.get(id);
    if (!task) throw new NotFoundError('task');
    await db.tasks.update(id, { deletedAt: undefined, updatedAt: now });
  });
}

/** Open, not deleted, in the user's own order. */
export async function listOpenTasks(): Promise<Task[]> {
  const open = await db.tasks
    .where('[status+kind+order]')
    // ['open'] sorts before every ['open', kind, order] and ['open', maxKey] after all of them.
    .between(['open'], ['open', Dexie.maxKey])
    .filter((task) => task.deletedAt === undefined)
    .toArray();
  return sortByOrder(open);
}

/** Completed on `day` (local), earliest first. */
export async function listTasksDoneOn(day: Day): Promise<Task[]> {
  const { start, end } = dayRange(day);
  const done = await db.tasks
    .where('completedAt')
    .between(start, end, true, false)
    .filter((task) => task.status === 'done' && task.deletedAt === undefined)
    .toArray();
  return done.sort((a, b) => (a.completedAt ?? 0) - (b.completedAt ?? 0));
}
