// Moves of one task on Today (DESIGN.md §3 rule 5, "drag always sticks"). Each move is one
// transaction that checks, computes the new key and writes one row, the moved task, and nothing
// else:
// - within a list on screen (the visible chores, the goal steps that belong to no goal, a
//   goal's steps) it gets a key between its new neighbours, placed against the one it passes
//   (../domain/reorder.ts) in the ONE global task key space (./task-placement.ts);
// - a chore dropped into the goal section becomes a goal step: of the goal chosen, as that
//   goal's next step (just before its first open step), or with no goal, first among the
//   unlinked goal steps. Goal steps do not repeat, so a repeating chore stops repeating;
// - a goal step dropped among the chores becomes a chore, between its new neighbours there.
// The conversions return the task as it was, and undoTaskMove puts exactly that back.
//
// Speed (DESIGN.md §8, a move stored and shown ≤ 50 ms with 10,000 tasks): the screen shows the
// new order before the write (src/ui/drag/use-optimistic-order.ts), so what the user waits for
// is the commit. One read-write transaction commits in about 40 ms after the drop in Chromium
// (bench/browser/drag.bench.ts); a read transaction followed by a plain write, which lets Dexie
// patch Today's cached live queries instead of reading them again (./today-inputs.ts), measured
// about 95 ms, because the patched queries re-render Today before the write commits. The
// re-read that follows a transaction lands after the new order is already on screen.
import Dexie from 'dexie';
import { anchorForMove, listChangedError, type Neighbours } from '../domain/reorder';
import { ValidationError } from '../domain/validation-error';
import type { Instant, OrderKey, Task } from '../domain/types';
import { db } from './database';
import { NotFoundError } from './not-found-error';
import { keyAfter, keyBefore, orderForNewTask } from './task-placement';
import { assertGoalExists, getLiveTask } from './task-repository';

/** The ids of the rows a moved task will stand between on screen; absent: the open end. */
export type NeighbourIds = Neighbours<string>;

const live = (row: Task | undefined): Task => {
  if (!row || row.deletedAt !== undefined) throw new NotFoundError('task');
  return row;
};

/** The task and its neighbours, read at once: one round trip, since a drop is timed. */
async function readMove(id: string, ids: NeighbourIds): Promise<[Task, Neighbours<Task>]> {
  const [task, before, after] = await db.tasks.bulkGet([id, ids.before ?? id, ids.after ?? id]);
  return [
    live(task),
    {
      before: ids.before === undefined ? undefined : live(before),
      after: ids.after === undefined ? undefined : live(after),
    },
  ];
}

/** A list on screen holds one kind of task: chores, or goal steps. */
function assertSameKind(task: Task, { before, after }: Neighbours<Task>): void {
  if ((before && before.kind !== task.kind) || (after && after.kind !== task.kind)) {
    throw new ValidationError('A chore and a goal step cannot swap places this way.', 'kind');
  }
}

/** A key between the neighbours for `task`; null when it already stands between them. */
async function keyAmong(task: Task, neighbours: Neighbours<Task>): Promise<OrderKey | null> {
  const anchor = anchorForMove(task, neighbours);
  if (!anchor) return null;
  return anchor.side === 'after' ? keyAfter(anchor.anchor.order) : keyBefore(anchor.anchor.order);
}

/**
 * Moves a task between two rows of the same list. Returns false, writing nothing, when it
 * already stands there.
 */
export async function moveTask(
  id: string,
  neighbours: NeighbourIds,
  now: Instant = Date.now(),
): Promise<boolean> {
  return db.transaction('rw', db.tasks, async () => {
    const [task, around] = await readMove(id, neighbours);
    assertSameKind(task, around);
    const order = await keyAmong(task, around);
    if (order === null) return false;
    await db.tasks.update(id, { order, updatedAt: now });
    return true;
  });
}

/** The goal's first open step other than `excludeId`: the step Today shows for the goal. */
function firstOpenStep(goalId: string, excludeId: string): Promise<Task | undefined> {
  return db.tasks
    .where('[goalId+order]')
    .between([goalId, Dexie.minKey], [goalId, Dexie.maxKey])
    .filter((t) => t.status === 'open' && t.deletedAt === undefined && t.id !== excludeId)
    .first();
}

/**
 * Makes an open chore a goal step: the next step of `goalId`, or an unlinked goal step. A repeat
 * stops (goal steps are done once); its dates stay. Returns the chore as it was, for Undo.
 */
export async function makeGoalStep(
  id: string,
  goalId: string | undefined,
  now: Instant = Date.now(),
): Promise<Task> {
  return db.transaction('rw', db.tasks, db.goals, async () => {
    const task = await getLiveTask(id);
    if (task.kind !== 'chore' || task.status !== 'open') {
      throw new ValidationError('Only an open chore can become a goal step this way.', 'kind');
    }
    let order: OrderKey;
    if (goalId === undefined) order = await orderForNewTask('goal', undefined, id);
    else {
      await assertGoalExists(goalId);
      const next = await firstOpenStep(goalId, id);
      order = next ? await keyBefore(next.order) : await orderForNewTask('goal', goalId, id);
    }
    // Dexie's update() deletes a property whose new value is undefined.
    await db.tasks.update(id, {
      kind: 'goal',
      goalId,
      order,
      recurrence: undefined,
      updatedAt: now,
    });
    return task;
  });
}

/**
 * Makes an open goal step a chore, standing between two visible chores (no neighbours: where a
 * new chore goes, on top of the chores). Returns the step as it was, for Undo.
 */
export async function makeChore(
  id: string,
  neighbours: NeighbourIds,
  now: Instant = Date.now(),
): Promise<Task> {
  return db.transaction('rw', db.tasks, async () => {
    const [task, { before, after }] = await readMove(id, neighbours);
    if (task.kind !== 'goal' || task.status !== 'open') {
      throw new ValidationError('Only an open goal step can become a chore this way.', 'kind');
    }
    if (before && after && before.order > after.order) throw listChangedError();
    // The step is not in the chores' list: it stands just after the chore above it, or just
    // before the chore below it when it goes first, or where a new chore goes.
    const order = before
      ? await keyAfter(before.order)
      : after
        ? await keyBefore(after.order)
        : await orderForNewTask('chore', undefined, id);
    await db.tasks.update(id, { kind: 'chore', goalId: undefined, order, updatedAt: now });
    return task;
  });
}

/**
 * Undo of makeGoalStep / makeChore: kind, goal, place and repeat as they were. Its goal must
 * still exist; a step whose goal was deleted since stays as it is, with the reason.
 */
export async function undoTaskMove(previous: Task, now: Instant = Date.now()): Promise<void> {
  await db.transaction('rw', db.tasks, db.goals, async () => {
    await getLiveTask(previous.id);
    if (previous.goalId !== undefined) await assertGoalExists(previous.goalId);
    // A task added since may hold the old key (a new chore takes the first key above the top
    // one, which can be exactly the key this task left). Equal keys would make a later drop
    // between the two land one place off, so the task then goes just after that holder.
    const holder = await db.tasks
      .where('order')
      .equals(previous.order)
      .filter((task) => task.id !== previous.id)
      .first();
    const order = holder ? await keyAfter(previous.order) : previous.order;
    await db.tasks.update(previous.id, {
      kind: previous.kind,
      goalId: previous.goalId,
      order,
      recurrence: previous.recurrence,
      updatedAt: now,
    });
  });
}
