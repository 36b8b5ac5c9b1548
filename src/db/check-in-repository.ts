// Logged progress on a goal. Every write validates first against the goal's measure (a count
// goal needs an amount) and runs in one transaction; deletes are soft so Undo works.
import { cleanCheckIn, type CheckInInput } from '../domain/check-in-input';
import type { CheckIn, Day, Goal, Instant } from '../domain/types';
import { db } from './database';
import { NotFoundError } from './not-found-error';

export interface NewCheckIn {
  goalId: string;
  amount?: number;
  note?: string;
  /** Defaults to today. */
  day?: string;
}

async function getLiveGoal(id: string): Promise<Goal> {
  const goal = await db.goals.get(id);
  if (!goal || goal.deletedAt !== undefined) throw new NotFoundError('goal');
  return goal;
}

async function getLiveCheckIn(id: string): Promise<CheckIn> {
  const checkIn = await db.checkIns.get(id);
  if (!checkIn || checkIn.deletedAt !== undefined) throw new NotFoundError('check-in');
  return checkIn;
}

export async function logProgress(
  input: NewCheckIn,
  today: Day,
  now: Instant = Date.now(),
): Promise<CheckIn> {
  return db.transaction('rw', db.goals, db.checkIns, async () => {
    const goal = await getLiveGoal(input.goalId);
    const clean = cleanCheckIn({ ...input, day: input.day ?? today }, goal.measure, today);
    const checkIn: CheckIn = {
      id: crypto.randomUUID(),
      goalId: goal.id,
      ...clean,
      createdAt: now,
      updatedAt: now,
    };
    await db.checkIns.add(checkIn);
    return checkIn;
  });
}

/** Replaces amount, note and day; a field left out is removed. */
export async function updateCheckIn(
  id: string,
  input: CheckInInput,
  today: Day,
  now: Instant = Date.now(),
): Promise<void> {
  await db.transaction('rw', db.goals, db.checkIns, async () => {
    const checkIn = await getLiveCheckIn(id);
    const goal = await getLiveGoal(checkIn.goalId);
    const clean = cleanCheckIn(input, goal.measure, today);
    // Dexie's update() deletes a property whose new value is undefined.
    await db.checkIns.update(id, {
      day: clean.day,
      amount: clean.amount,
      note: clean.note,
      updatedAt: now,
    });
  });
}

export async function deleteCheckIn(id: string, now: Instant = Date.now()): Promise<void> {
  await db.transaction('rw', db.checkIns, async () => {
    await getLiveCheckIn(id);
    await db.checkIns.update(id, { deletedAt: now, updatedAt: now });
  });
}

export async function restoreCheckIn(id: string, now: Instant = Date.now()): Promise<void> {
  await db.transaction('rw', db.checkIns, async () => {
    const checkIn = await db.checkIns.get(id);
    if (!checkIn) throw new NotFoundError('check-in');
    await db.checkIns.update(id, { deletedAt: undefined, updatedAt: now });
  });
}
