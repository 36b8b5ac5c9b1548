// Where a new (or re-kinded) task goes, per DESIGN.md §2. All tasks share ONE key space, so
// "All tasks" can show chores and goal steps interleaved as they were written, and each section
// of Today is that order filtered:
// - a new chore goes just before the first open chore (the top of the visible chores);
// - a step of a goal goes just after that goal's last step;
// - a goal step with no goal goes just before the first open unlinked goal step;
// - with no such anchor, the task goes to the very top.
// Keys are computed from the true neighbours in the whole key space, so an insert never lands
// on another row's key. Runs inside the caller's transaction. keyBefore/keyAfter are exported
// for moves (a step moved on its goal's page) that need the same neighbour rule.
import Dexie from 'dexie';
import { keyBetween } from '../domain/order-key';
import type { OrderKey, Task, TaskKind } from '../domain/types';
import { db } from './database';

const isLive = (task: Task, excludeId?: string) =>
  task.deletedAt === undefined && task.id !== excludeId;

/** A key just before `anchor` in the whole task key space; no anchor: the very top. */
export async function keyBefore(anchor: OrderKey | undefined): Promise<OrderKey> {
  if (anchor === undefined) {
    const first = await db.tasks.orderBy('order').first();
    return keyBetween(null, first?.order ?? null);
  }
  const previous = await db.tasks.where('order').below(anchor).last();
  return keyBetween(previous?.order ?? null, anchor);
}

/** A key just after `anchor` in the whole task key space. */
export async function keyAfter(anchor: OrderKey): Promise<OrderKey> {
  const next = await db.tasks.where('order').above(anchor).first();
  return keyBetween(anchor, next?.order ?? null);
}

function firstOpen(kind: TaskKind, accept: (task: Task) => boolean): Promise<Task | undefined> {
  return db.tasks
    .where('[status+kind+order]')
    .between(['open', kind, Dexie.minKey], ['open', kind, Dexie.maxKey])
    .filter(accept)
    .first();
}

export async function orderForNewTask(
  kind: TaskKind,
  goalId: string | undefined,
  excludeId?: string,
): Promise<OrderKey> {
  if (kind === 'chore') {
    const first = await firstOpen('chore', (task) => isLive(task, excludeId));
    return keyBefore(first?.order);
  }
  if (goalId === undefined) {
    const first = await firstOpen('goal', (t) => t.goalId === undefined && isLive(t, excludeId));
    return keyBefore(first?.order);
  }
  const lastStep = await db.tasks
    .where('[goalId+order]')
    .between([goalId, Dexie.minKey], [goalId, Dexie.maxKey])
    .filter((task) => isLive(task, excludeId))
    .last();
  return lastStep ? keyAfter(lastStep.order) : keyBefore(undefined);
}
