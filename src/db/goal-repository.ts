// Reads and writes of goals. Every write validates first (a rejected call writes nothing) and
// runs in one transaction; deletes are soft (`deletedAt`) so Undo, and later a sync merge, work.
// - A new goal goes at the end of the user's goal order, its first steps become goal-step tasks
//   placed like any new step (after the goal's last step), all in one transaction.
// - A goal moves up or down among the goals of its own status (the groups of the Goals view),
//   or between two goals by a drag; a move rewrites only that goal's key, placed against its
//   true neighbours in the goal key space (paused, achieved and deleted goals included) so no
//   two goals share a key.
// - Deleting a goal deletes its open steps with the same `deletedAt` stamp; restoring undoes
//   exactly that (steps deleted earlier on their own stay deleted). Done steps are history and
//   stay as they were; nothing shows them while the goal is deleted.
// - The changes a review looks back on (steps added, deleted or restored; a goal achieved,
//   paused or resumed) add their activity rows in the same transaction (./activity-log.ts).
import Dexie from 'dexie';
import {
  cleanGoalChanges,
  cleanNewGoal,
  type GoalChanges,
  type NewGoalInput,
} from '../domain/goal-input';
import { keyBetween, sortByOrder } from '../domain/order-key';
import { anchorForMove, type Neighbours } from '../domain/reorder';
import type { CheckIn, Day, Goal, GoalStatus, Instant, OrderKey, Task } from '../domain/types';
import { activityRow, logTaskEvents } from './activity-log';
import { db } from './database';
import { NotFoundError } from './not-found-error';
import { listGoalSteps } from './step-order';
import { orderForNewTask } from './task-placement';

const newId = () => crypto.randomUUID();

async function getLiveGoal(id: string): Promise<Goal> {
  const goal = await db.goals.get(id);
  if (!goal || goal.deletedAt !== undefined) throw new NotFoundError('goal');
  return goal;
}

export async function createGoal(
  input: NewGoalInput,
  today: Day,
  now: Instant = Date.now(),
): Promise<Goal> {
  const clean = cleanNewGoal(input, today, newId);
  return db.transaction('rw', db.goals, db.tasks, db.activity, async () => {
    const last = await db.goals.orderBy('order').last();
    const goal: Goal = {
      id: newId(),
      title: clean.title,
      why: clean.why,
      measure: clean.measure,
      ...(clean.deadline !== undefined && { deadline: clean.deadline }),
      status: 'active',
      obstacles: clean.obstacles,
      order: keyBetween(last?.order ?? null, null),
      createdAt: now,
      updatedAt: now,
    };
    await db.goals.add(goal);
    const steps: Task[] = [];
    for (const title of clean.steps) {
      const step: Task = {
        id: newId(),
        title,
        kind: 'goal',
        goalId: goal.id,
        status: 'open',
        order: await orderForNewTask('goal', goal.id),
        snoozes: 0,
        createdAt: now,
        updatedAt: now,
      };
      await db.tasks.add(step);
      steps.push(step);
    }
    await logTaskEvents('added', steps, now);
    return goal;
  });
}

export async function updateGoal(
  id: string,
  changes: GoalChanges,
  today: Day,
  now: Instant = Date.now(),
): Promise<void> {
  await db.transaction('rw', db.goals, async () => {
    const goal = await getLiveGoal(id);
    // Checked against the stored deadline (a passed one may stay); a throw here aborts the
    // transaction before anything is written.
    const clean = cleanGoalChanges(changes, today, newId, goal.deadline);
    // Dexie's update() deletes a property whose new value is undefined.
    await db.goals.update(id, {
      ...clean,
      ...(clean.deadline === null && { deadline: undefined }),
      updatedAt: now,
    } as Partial<Goal>);
  });
}

const STATUS_EVENTS = {
  achieved: 'goal-achieved',
  paused: 'goal-paused',
  active: 'goal-resumed',
} as const;

async function setStatus(id: string, status: GoalStatus, now: Instant): Promise<void> {
  await db.transaction('rw', db.goals, db.activity, async () => {
    const goal = await getLiveGoal(id);
    await db.goals.update(id, {
      status,
      achievedAt: status === 'achieved' ? now : undefined,
      updatedAt: now,
    });
    if (goal.status !== status) {
      await db.activity.add(activityRow(STATUS_EVENTS[status], now, { goalId: id }));
    }
  });
}

/** Its steps leave Today until it is resumed. */
export const pauseGoal = (id: string, now: Instant = Date.now()) => setStatus(id, 'paused', now);

/** Back to active, from paused or achieved. */
export const resumeGoal = (id: string, now: Instant = Date.now()) => setStatus(id, 'active', now);

export const markGoalAchieved = (id: string, now: Instant = Date.now()) =>
  setStatus(id, 'achieved', now);

/**
 * Moves a goal one place up or down among the live goals of its status. Returns false, writing
 * nothing, when it is already first (up) or last (down).
 */
export async function moveGoal(
  id: string,
  direction: 'up' | 'down',
  now: Instant = Date.now(),
): Promise<boolean> {
  return db.transaction('rw', db.goals, async () => {
    const goal = await getLiveGoal(id);
    const group = sortByOrder(
      await db.goals
        .where('status')
        .equals(goal.status)
        .filter((candidate) => candidate.deletedAt === undefined)
        .toArray(),
    );
    const index = group.findIndex((candidate) => candidate.id === id);
    const neighbour = group[direction === 'up' ? index - 1 : index + 1];
    if (!neighbour) return false;
    const order =
      direction === 'up'
        ? await goalKeyBefore(neighbour.order)
        : await goalKeyAfter(neighbour.order);
    await db.goals.update(id, { order, updatedAt: now });
    return true;
  });
}

/** A key just before `anchor` among ALL goals (any status, deleted too), so none is shared. */
async function goalKeyBefore(anchor: OrderKey): Promise<OrderKey> {
  const previous = await db.goals.where('order').below(anchor).last();
  return keyBetween(previous?.order ?? null, anchor);
}

/** A key just after `anchor` among all goals. */
async function goalKeyAfter(anchor: OrderKey): Promise<OrderKey> {
  const next = await db.goals.where('order').above(anchor).first();
  return keyBetween(anchor, next?.order ?? null);
}

/**
 * Moves a goal between two goals of a list on screen (a drag on the Goals view or in Today's
 * goal section), writing only its key: just after the goal it passes going down, just before
 * it going up (../domain/reorder.ts). Returns false, writing nothing, when it already stands
 * there. One transaction, like the task moves (./task-moves.ts, which says why).
 */
export async function moveGoalBetween(
  id: string,
  neighbours: Neighbours<string>,
  now: Instant = Date.now(),
): Promise<boolean> {
  return db.transaction('rw', db.goals, async () => {
    const goal = await getLiveGoal(id);
    const anchor = anchorForMove(goal, {
      before: neighbours.before === undefined ? undefined : await getLiveGoal(neighbours.before),
      after: neighbours.after === undefined ? undefined : await getLiveGoal(neighbours.after),
    });
    if (!anchor) return false;
    const order =
      anchor.side === 'after'
        ? await goalKeyAfter(anchor.anchor.order)
        : await goalKeyBefore(anchor.anchor.order);
    await db.goals.update(id, { order, updatedAt: now });
    return true;
  });
}

/** Soft-deletes the goal and its open steps, all with the same stamp (see restoreGoal). */
export async function deleteGoal(id: string, now: Instant = Date.now()): Promise<void> {
  await db.transaction('rw', db.goals, db.tasks, db.activity, async () => {
    await getLiveGoal(id);
    const openSteps = (await listGoalSteps(id)).filter((step) => step.status === 'open');
    await db.goals.update(id, { deletedAt: now, updatedAt: now });
    for (const step of openSteps)
      await db.tasks.update(step.id, { deletedAt: now, updatedAt: now });
    await logTaskEvents('deleted', openSteps, now);
  });
}

/** Undo of deleteGoal: the goal and exactly the steps deleted with it come back. */
export async function restoreGoal(id: string, now: Instant = Date.now()): Promise<void> {
  await db.transaction('rw', db.goals, db.tasks, db.activity, async () => {
    const goal = await db.goals.get(id);
    if (!goal) throw new NotFoundError('goal');
    const stamp = goal.deletedAt;
    if (stamp === undefined) return;
    await db.goals.update(id, { deletedAt: undefined, updatedAt: now });
    const steps = db.tasks
      .where('[goalId+order]')
      .between([id, Dexie.minKey], [id, Dexie.maxKey])
      .filter((task) => task.deletedAt === stamp);
    await logTaskEvents('restored', await steps.toArray(), now);
    await steps.modify({ deletedAt: undefined, updatedAt: now });
  });
}

export interface GoalBoard {
  goals: Goal[];
  /** Live steps of any goal. */
  steps: Task[];
  checkIns: CheckIn[];
}

/** Everything the Goals view summarizes, read at one moment. */
export function readGoalBoard(): Promise<GoalBoard> {
  return db.transaction('r', db.goals, db.tasks, db.checkIns, async () => {
    const [goals, steps, checkIns] = await Promise.all([
      db.goals.filter((goal) => goal.deletedAt === undefined).toArray(),
      db.tasks
        .where('[goalId+order]')
        .between([Dexie.minKey], [Dexie.maxKey])
        .filter((task) => task.deletedAt === undefined)
        .toArray(),
      db.checkIns.filter((checkIn) => checkIn.deletedAt === undefined).toArray(),
    ]);
    return { goals: sortByOrder(goals), steps, checkIns };
  });
}

export interface GoalDetail {
  goal: Goal;
  steps: Task[];
  checkIns: CheckIn[];
}

/** One goal with its live steps and check-ins; null when there is no such live goal. */
export function readGoalDetail(id: string): Promise<GoalDetail | null> {
  return db.transaction('r', db.goals, db.tasks, db.checkIns, async () => {
    const goal = await db.goals.get(id);
    if (!goal || goal.deletedAt !== undefined) return null;
    const [steps, checkIns] = await Promise.all([
      listGoalSteps(id),
      db.checkIns
        .where('[goalId+day]')
        .between([id, Dexie.minKey], [id, Dexie.maxKey])
        .filter((checkIn) => checkIn.deletedAt === undefined)
        .toArray(),
    ]);
    return { goal, steps, checkIns };
  });
}
