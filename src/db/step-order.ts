// A goal's steps in the goal's own order, and moving one step up or down among them. Steps live
// in the ONE global task key space (see ./task-placement), so a move gives the step a key just
// before (or after) the neighbour it passes, computed against the true neighbours of that key
// in the whole space: chores or other goals' steps in between keep their places, and the move
// writes only the moved step.
import Dexie from 'dexie';
import { sortByOrder } from '../domain/order-key';
import { ValidationError } from '../domain/validation-error';
import type { Instant, Task } from '../domain/types';
import { db } from './database';
import { NotFoundError } from './not-found-error';
import { keyAfter, keyBefore } from './task-placement';

/** The goal's live steps (open and done) in step order. */
export async function listGoalSteps(goalId: string): Promise<Task[]> {
  const steps = await db.tasks
    .where('[goalId+order]')
    .between([goalId, Dexie.minKey], [goalId, Dexie.maxKey])
    .filter((task) => task.deletedAt === undefined)
    .toArray();
  // The index sorts by key only; sortByOrder also breaks ties between equal keys by id.
  return sortByOrder(steps);
}

/**
 * Moves a step one place up or down among its goal's steps. Returns false, writing nothing,
 * when it is already first (up) or last (down).
 */
export async function moveStep(
  id: string,
  direction: 'up' | 'down',
  now: Instant = Date.now(),
): Promise<boolean> {
  return db.transaction('rw', db.tasks, async () => {
    const step = await db.tasks.get(id);
    if (!step || step.deletedAt !== undefined) throw new NotFoundError('step');
    if (step.goalId === undefined) {
      throw new ValidationError('Only the steps of a goal can be moved on its page.', 'goalId');
    }
    const steps = await listGoalSteps(step.goalId);
    const index = steps.findIndex((candidate) => candidate.id === id);
    const neighbour = steps[direction === 'up' ? index - 1 : index + 1];
    if (!neighbour) return false;
    const order =
      direction === 'up' ? await keyBefore(neighbour.order) : await keyAfter(neighbour.order);
    await db.tasks.update(id, { order, updatedAt: now });
    return true;
  });
}
