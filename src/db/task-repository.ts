// Reads and writes of tasks. Every write validates first (a rejected call writes nothing) and
// runs in one transaction; deletes are soft (`deletedAt`) so Undo, and later a sync merge, work.
// Repeating chores: completing one adds its next occurrence in the same transaction, and
// reopening it takes that occurrence back (see reopenTask).
// Each change a review looks back on (added, completed, reopened, snoozed with the plans shown,
// skipped, deleted, restored) adds its activity row in the same transaction (./activity-log.ts).
import Dexie from 'dexie';
import { cleanNotes, cleanTitle } from '../domain/task-input';
import { addDays, dayRange, toDay } from '../domain/day';
import { sortByOrder } from '../domain/order-key';
import { checkRecurrence, nextOccurrence } from '../domain/recurrence';
import { nextOccurrenceId } from '../domain/occurrence-id';
import { cleanSchedule, checkDay, type Schedule } from '../domain/task-schedule';
import { plansOffered } from '../domain/plans-offered';
import { ValidationError } from '../domain/validation-error';
import type { Day, Instant, PlanShown, Recurrence, Task, TaskKind } from '../domain/types';
import { logTaskEvent } from './activity-log';
import { db } from './database';
import { NotFoundError } from './not-found-error';
import { orderForNewTask } from './task-placement';

export interface NewTask {
  title: string;
  kind: TaskKind;
  /** Only for goal steps; ignored for chores. */
  goalId?: string;
  notes?: string;
  dueDate?: Day;
  scheduledFor?: Day;
  /** Chores only; without a due date the first occurrence from today becomes the due date. */
  recurrence?: Recurrence;
}

/** Fields an edit can change; `null` clears an optional field (`recurrence: null` stops it). */
export interface TaskChanges {
  title?: string;
  kind?: TaskKind;
  goalId?: string | null;
  notes?: string | null;
  dueDate?: Day | null;
  scheduledFor?: Day | null;
  recurrence?: Recurrence | null;
}

export async function assertGoalExists(goalId: string): Promise<void> {
  const goal = await db.goals.get(goalId);
  if (!goal || goal.deletedAt !== undefined) {
    throw new ValidationError('That goal no longer exists; pick another one.', 'goalId');
  }
}

export async function getLiveTask(id: string): Promise<Task> {
  const task = await db.tasks.get(id);
  if (!task || task.deletedAt !== undefined) throw new NotFoundError('task');
  return task;
}

/**
 * Adds one task, and its 'added' activity row in the same transaction. Two tabs adding at the
 * same instant can get equal keys; every comparison breaks such ties by id.
 */
export async function addTask(input: NewTask, now: Instant = Date.now()): Promise<Task> {
  const title = cleanTitle(input.title);
  const notes = cleanNotes(input.notes);
  const schedule = cleanSchedule(input.kind, input, toDay(now));
  const goalId = input.kind === 'goal' ? input.goalId : undefined;
  return db.transaction('rw', db.tasks, db.goals, db.activity, async (): Promise<Task> => {
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
      ...schedule,
    };
    await db.tasks.add(task);
    await logTaskEvent('added', task, now);
    return task;
  });
}

/** A change as given, checked for shape before the transaction starts. */
function checkChanges(changes: TaskChanges): void {
  if (changes.dueDate != null) checkDay(changes.dueDate, 'dueDate');
  if (changes.scheduledFor != null) checkDay(changes.scheduledFor, 'scheduledFor');
  if (changes.recurrence != null) checkRecurrence(changes.recurrence);
}

/** `change` over `current`: undefined keeps, null clears. */
const merge = <T>(change: T | null | undefined, current: T | undefined): T | undefined =>
  change === undefined ? current : (change ?? undefined);

export async function updateTask(
  id: string,
  changes: TaskChanges,
  now: Instant = Date.now(),
): Promise<void> {
  const title = changes.title === undefined ? undefined : cleanTitle(changes.title);
  const notes = changes.notes === undefined ? undefined : cleanNotes(changes.notes ?? undefined);
  checkChanges(changes);
  await db.transaction('rw', db.tasks, db.goals, async () => {
    const task = await getLiveTask(id);
    const kind = changes.kind ?? task.kind;
    const requestedGoal =
      changes.goalId === undefined ? task.goalId : (changes.goalId ?? undefined);
    const goalId = kind === 'goal' ? requestedGoal : undefined;
    if (goalId !== undefined && goalId !== task.goalId) await assertGoalExists(goalId);
    const schedule: Schedule = cleanSchedule(
      kind,
      {
        dueDate: merge(changes.dueDate, task.dueDate),
        scheduledFor: merge(changes.scheduledFor, task.scheduledFor),
        recurrence: merge(changes.recurrence, task.recurrence),
      },
      toDay(now),
    );
    const moved = kind !== task.kind || goalId !== task.goalId;
    // Dexie's update() deletes a property whose new value is undefined.
    await db.tasks.update(id, {
      updatedAt: now,
      kind,
      goalId,
      dueDate: schedule.dueDate,
      scheduledFor: schedule.scheduledFor,
      recurrence: schedule.recurrence,
      ...(title !== undefined && { title }),
      ...(changes.notes !== undefined && { notes }),
      ...(moved && { order: await orderForNewTask(kind, goalId, id) }),
    });
  });
}

/**
 * Marks a task done. A repeating chore that was open gets its next occurrence in the same
 * transaction: a new open chore, placed like a new chore, with the same title, notes and rule,
 * due at the next occurrence after its due date (or the first after today when long overdue).
 * Returns that next occurrence, if one was made.
 */
export async function completeTask(
  id: string,
  now: Instant = Date.now(),
): Promise<Task | undefined> {
  return db.transaction('rw', db.tasks, db.activity, async () => {
    const task = await getLiveTask(id);
    await db.tasks.update(id, { status: 'done', completedAt: now, updatedAt: now });
    // Completing a done task again moves its completion; it is recorded like any completion.
    await logTaskEvent('completed', task, now);
    if (task.status !== 'open' || task.kind !== 'chore' || task.recurrence === undefined) {
      return undefined;
    }
    const today = toDay(now);
    const next: Task = {
      // Derived, not random: two devices completing this occurrence make ONE next occurrence
      // once they sync (../domain/occurrence-id.ts).
      id: nextOccurrenceId(task.id, task.dueDate ?? today),
      title: task.title,
      kind: 'chore',
      status: 'open',
      order: await orderForNewTask('chore', undefined),
      dueDate: nextOccurrence(task.recurrence, task.dueDate ?? today, today),
      recurrence: task.recurrence,
      snoozes: 0,
      // The same instant as the completion: that is how reopenTask finds this occurrence.
      createdAt: now,
      updatedAt: now,
      ...(task.notes !== undefined && { notes: task.notes }),
    };
    // Completing again after a reopen brings back the occurrence the reopen took away.
    if (await db.tasks.get(next.id)) await db.tasks.put(next);
    else await db.tasks.add(next);
    await logTaskEvent('added', next, now);
    return next;
  });
}

/** The occurrence that completing `task` created, if it still exists. */
async function findNextOccurrence(task: Task): Promise<Task | undefined> {
  const completedAt = task.completedAt;
  if (completedAt === undefined) return undefined;
  const derived = await db.tasks.get(nextOccurrenceId(task.id, task.dueDate ?? toDay(completedAt)));
  if (derived && derived.deletedAt === undefined) return derived;
  // Occurrences made before their ids were derived: found by their creation instant.
  const isNext = (candidate: Task) =>
    candidate.id !== task.id &&
    candidate.deletedAt === undefined &&
    candidate.kind === 'chore' &&
    candidate.createdAt === completedAt &&
    candidate.title === task.title &&
    candidate.recurrence !== undefined;
  const open = await db.tasks
    .where('[status+kind+order]')
    .between(['open', 'chore', Dexie.minKey], ['open', 'chore', Dexie.maxKey])
    .filter(isNext)
    .first();
  return open ?? db.tasks.where('completedAt').aboveOrEqual(completedAt).filter(isNext).first();
}

/**
 * Back to open in its old place: the order key never changed. Reopening a repeating chore undoes
 * its completion: the next occurrence it created is deleted (softly) if nobody touched it since;
 * if it was edited, skipped or done, the series goes on from there and the reopened chore becomes
 * a one-off, so the chore never repeats twice over.
 */
export async function reopenTask(id: string, now: Instant = Date.now()): Promise<void> {
  await db.transaction('rw', db.tasks, db.activity, async () => {
    const task = await getLiveTask(id);
    const patch: Partial<Task> = { status: 'open', completedAt: undefined, updatedAt: now };
    if (task.status === 'done' && task.recurrence !== undefined) {
      const next = await findNextOccurrence(task);
      if (next?.status === 'open' && next.updatedAt === next.createdAt) {
        await db.tasks.update(next.id, { deletedAt: now, updatedAt: now });
        await logTaskEvent('deleted', next, now);
      } else if (next) {
        patch.recurrence = undefined;
      }
    }
    await db.tasks.update(id, patch);
    if (task.status === 'done') await logTaskEvent('reopened', task, now);
  });
}

/**
 * Skips this occurrence of a repeating chore: the due date moves to the next occurrence (the first
 * after today when overdue). A day it was scheduled for belonged to the skipped occurrence, so it
 * is cleared. Returns the new due date.
 */
export async function skipOccurrence(id: string, now: Instant = Date.now()): Promise<Day> {
  return db.transaction('rw', db.tasks, db.activity, async () => {
    const task = await getLiveTask(id);
    if (task.status !== 'open' || task.recurrence === undefined) {
      throw new ValidationError('Only an open, repeating chore can be skipped.', 'recurrence');
    }
    const today = toDay(now);
    const dueDate = nextOccurrence(task.recurrence, task.dueDate ?? today, today);
    await db.tasks.update(id, { dueDate, scheduledFor: undefined, updatedAt: now });
    await logTaskEvent('skipped', task, now);
    return dueDate;
  });
}

/**
 * Snoozes an open goal step until tomorrow and counts it (DESIGN.md §3 rule 3): the step stays
 * its goal's entry on Today, muted, and is back in full the next day. Chores are not snoozed;
 * the count is an avoidance signal, so it only ever grows. The activity row keeps the if–then
 * plans the snooze shows (../domain/plans-offered.ts), returned for the message.
 */
export async function snoozeTask(
  id: string,
  today: Day,
  now: Instant = Date.now(),
): Promise<{ task: Task; plans: PlanShown[] }> {
  return db.transaction('rw', db.tasks, db.goals, db.activity, async () => {
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
    const goal = task.goalId === undefined ? undefined : await db.goals.get(task.goalId);
    const plans = plansOffered(goal?.deletedAt === undefined ? goal : undefined);
    await logTaskEvent('snoozed', task, now, plans);
    return { task: snoozed, plans };
  });
}

export async function deleteTask(id: string, now: Instant = Date.now()): Promise<void> {
  await db.transaction('rw', db.tasks, db.activity, async () => {
    const task = await getLiveTask(id);
    await db.tasks.update(id, { deletedAt: now, updatedAt: now });
    await logTaskEvent('deleted', task, now);
  });
}

/** Undo of a delete: the row comes back with its old key, so in its old place. */
export async function restoreTask(id: string, now: Instant = Date.now()): Promise<void> {
  await db.transaction('rw', db.tasks, db.activity, async () => {
    const task = await db.tasks.get(id);
    if (!task) throw new NotFoundError('task');
    if (task.deletedAt === undefined) return;
    await db.tasks.update(id, { deletedAt: undefined, updatedAt: now });
    await logTaskEvent('restored', task, now);
  });
}

/** Live: not soft-deleted. */
export const isLive = (record: { deletedAt?: number }) => record.deletedAt === undefined;

/**
 * Open, not deleted, in the user's own order. Read as one plain index range and filtered here:
 * a Dexie `.filter()` walks an IndexedDB cursor row by row, several times slower than one
 * getAll for the 10,000 rows a long list has, and this read runs on every change.
 */
export async function listOpenTasks(): Promise<Task[]> {
  const open = await db.tasks
    .where('[status+kind+order]')
    // ['open'] sorts before every ['open', kind, order] and ['open', maxKey] after all of them.
    .between(['open'], ['open', Dexie.maxKey])
    .toArray();
  return sortByOrder(open.filter(isLive));
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
