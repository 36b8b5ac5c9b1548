// Writes a list brought in from elsewhere (src/domain/list-import) and takes it back out.
// All or nothing, like every multi-record change: each task is checked by the same rules as
// addTask (title, notes, dates, repeats: a refusal names the item) before the ONE transaction
// that writes the tasks (and the new goal, if the user asked for one). Placement follows
// DESIGN.md §2 for a block of items at once, keeping the list's own order inside each block:
// - chores (open, and done ones if brought in) just before the first open chore;
// - steps of a goal just after that goal's last step;
// - goal steps without a goal just before the first open unlinked goal step.
// A block's keys come from one generateNKeysBetween, so 5,000 items cost a few reads, not
// 5,000 placements. Undo soft-deletes everything the import wrote, with one stamp.
// Activity (schema v3): every task brought in gets its 'added' row, every task Undo removes its
// 'deleted' row, in the same transaction. A done item brings no 'completed' row: it was
// completed elsewhere, and the Review reads completions from the records themselves.
import Dexie from 'dexie';
import { cleanGoalTitle } from '../domain/goal-input';
import type { PlannedTask } from '../domain/list-import/import-plan';
import { LIST_MAX_ITEMS } from '../domain/list-import/limits';
import { keysBetween } from '../domain/order-key';
import { cleanNotes, cleanTitle } from '../domain/task-input';
import { cleanSchedule } from '../domain/task-schedule';
import { ValidationError } from '../domain/validation-error';
import type { Day, Goal, Instant, OrderKey, Task } from '../domain/types';
import { logTaskEvents } from './activity-log';
import { db } from './database';

/** Where the marked items (goal steps) go. */
export type StepTarget =
  { type: 'none' } | { type: 'existing'; goalId: string } | { type: 'new'; title: string };

export interface ListImportReceipt {
  taskIds: string[];
  /** The goal this import created, if it did. */
  goalId?: string;
  goalSteps: number;
  chores: number;
}

const count = new Intl.NumberFormat('en');

function checkTask(task: PlannedTask, index: number, today: Day): Omit<Task, 'id' | 'order'> {
  try {
    const schedule = cleanSchedule(task.kind, task, today);
    const notes = cleanNotes(task.notes);
    const done = task.status === 'done';
    // Only a completion time the source gave: one made up here would show a Markdown "[x]"
    // in today's "Done today" and count it as today's progress toward a goal.
    const completedAt = done ? task.completedAt : undefined;
    if (completedAt !== undefined && !Number.isFinite(completedAt)) {
      throw new ValidationError('Its completion time is not a real moment.', 'completedAt');
    }
    return {
      title: cleanTitle(task.title),
      kind: task.kind,
      status: done ? 'done' : 'open',
      snoozes: 0,
      createdAt: 0,
      updatedAt: 0,
      ...(notes !== undefined && { notes }),
      ...schedule,
      ...(completedAt !== undefined && { completedAt }),
    };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    throw new ValidationError(`Item ${index + 1}: ${error.message}`, error.field);
  }
}

/** The keys around the spot just before `anchor` (no anchor: the very top). */
async function gapBefore(
  anchor: OrderKey | undefined,
): Promise<[OrderKey | null, OrderKey | null]> {
  if (anchor === undefined) {
    const first = await db.tasks.orderBy('order').first();
    return [null, first?.order ?? null];
  }
  const previous = await db.tasks.where('order').below(anchor).last();
  return [previous?.order ?? null, anchor];
}

async function gapAfter(anchor: OrderKey): Promise<[OrderKey | null, OrderKey | null]> {
  const next = await db.tasks.where('order').above(anchor).first();
  return [anchor, next?.order ?? null];
}

function firstOpen(kind: Task['kind'], accept: (task: Task) => boolean) {
  return db.tasks
    .where('[status+kind+order]')
    .between(['open', kind, Dexie.minKey], ['open', kind, Dexie.maxKey])
    .filter((task) => task.deletedAt === undefined && accept(task))
    .first();
}

async function blockGap(kind: Task['kind'], goalId: string | undefined) {
  if (kind === 'chore') return gapBefore((await firstOpen('chore', () => true))?.order);
  if (goalId === undefined) {
    return gapBefore((await firstOpen('goal', (task) => task.goalId === undefined))?.order);
  }
  const lastStep = await db.tasks
    .where('[goalId+order]')
    .between([goalId, Dexie.minKey], [goalId, Dexie.maxKey])
    .filter((task) => task.deletedAt === undefined)
    .last();
  return lastStep ? gapAfter(lastStep.order) : gapBefore(undefined);
}

async function stepGoal(
  target: StepTarget,
  now: Instant,
): Promise<{ goalId?: string; created?: Goal }> {
  if (target.type === 'none') return {};
  if (target.type === 'existing') {
    const goal = await db.goals.get(target.goalId);
    if (!goal || goal.deletedAt !== undefined) {
      throw new ValidationError('That goal no longer exists; pick another one.', 'goalId');
    }
    return { goalId: goal.id };
  }
  const last = await db.goals.orderBy('order').last();
  const created: Goal = {
    id: crypto.randomUUID(),
    title: cleanGoalTitle(target.title),
    why: '',
    measure: { type: 'steps' },
    status: 'active',
    obstacles: [],
    order: keysBetween(last?.order ?? null, null, 1)[0] ?? '',
    createdAt: now,
    updatedAt: now,
  };
  await db.goals.add(created);
  return { goalId: created.id, created };
}

/**
 * Adds the planned tasks in one transaction; marked items (goal steps) go to `target`.
 * Returns what Undo needs.
 */
export async function addImportedList(
  planned: readonly PlannedTask[],
  target: StepTarget,
  today: Day,
  now: Instant = Date.now(),
): Promise<ListImportReceipt> {
  if (planned.length === 0) throw new ValidationError('There is nothing to add.', 'items');
  if (planned.length > LIST_MAX_ITEMS) {
    throw new ValidationError(
      `That is ${count.format(planned.length)} items at once; add up to ${count.format(LIST_MAX_ITEMS)} at a time.`,
      'items',
    );
  }
  const checked = planned.map((task, index) => checkTask(task, index, today));
  const hasSteps = checked.some((task) => task.kind === 'goal');
  if (target.type === 'new' && hasSteps) cleanGoalTitle(target.title); // refuse before writing

  return db.transaction('rw', db.tasks, db.goals, db.activity, async () => {
    const { goalId, created } = hasSteps ? await stepGoal(target, now) : {};
    const records: Task[] = checked.map((task) => ({
      ...task,
      id: crypto.randomUUID(),
      order: '',
      createdAt: now,
      updatedAt: now,
      ...(task.kind === 'goal' && goalId !== undefined && { goalId }),
    }));
    for (const kind of ['chore', 'goal'] as const) {
      const block = records.filter((task) => task.kind === kind);
      if (block.length === 0) continue;
      const [before, after] = await blockGap(kind, kind === 'goal' ? goalId : undefined);
      keysBetween(before, after, block.length).forEach((key, index) => {
        const task = block[index];
        if (task) task.order = key;
      });
      await db.tasks.bulkAdd(block);
    }
    await logTaskEvents('added', records, now);
    const goalSteps = records.filter((task) => task.kind === 'goal').length;
    return {
      taskIds: records.map((task) => task.id),
      ...(created && { goalId: created.id }),
      goalSteps,
      chores: records.length - goalSteps,
    };
  });
}

/**
 * Takes an import back out: every task it added, and the goal it created with that goal's open
 * steps, are soft-deleted with one stamp. Tasks already deleted stay as they are. Returns how
 * many tasks it removed.
 */
export async function undoListImport(
  receipt: ListImportReceipt,
  now: Instant = Date.now(),
): Promise<number> {
  return db.transaction('rw', db.tasks, db.goals, db.activity, async () => {
    const imported = new Set(receipt.taskIds);
    const ids = new Set(imported);
    if (receipt.goalId !== undefined) {
      const goalId = receipt.goalId;
      await db.goals.update(goalId, { deletedAt: now, updatedAt: now });
      const steps = await db.tasks
        .where('[goalId+order]')
        .between([goalId, Dexie.minKey], [goalId, Dexie.maxKey])
        .filter((task) => task.status === 'open')
        .primaryKeys();
      steps.forEach((id) => ids.add(id));
    }
    const live = (await db.tasks.bulkGet([...ids])).filter(
      (task): task is Task => task !== undefined && task.deletedAt === undefined,
    );
    // The rows are in hand already: one bulkPut, not a read and a write per row.
    await db.tasks.bulkPut(live.map((task) => ({ ...task, deletedAt: now, updatedAt: now })));
    await logTaskEvents('deleted', live, now);
    return live.filter((task) => imported.has(task.id)).length;
  });
}
