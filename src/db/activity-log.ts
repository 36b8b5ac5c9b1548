// The append-only activity table (schema v3): one row per change a review looks back on, added
// INSIDE the transaction of the change it records, so a change and its row are stored together
// or not at all. Callers open their transaction over `db.activity` too. Rows are never edited or
// deleted; an undo is a row of its own ('reopened', 'restored').
import { toDay } from '../domain/day';
import type { Activity, ActivityType, Instant, PlanShown, Task } from '../domain/types';
import { db } from './database';

interface ActivityFields {
  taskId?: string;
  goalId?: string;
  kind?: Task['kind'];
  plans?: PlanShown[];
}

export function activityRow(type: ActivityType, at: Instant, fields: ActivityFields): Activity {
  return {
    id: crypto.randomUUID(),
    at,
    day: toDay(at),
    type,
    ...(fields.taskId !== undefined && { taskId: fields.taskId }),
    ...(fields.goalId !== undefined && { goalId: fields.goalId }),
    ...(fields.kind !== undefined && { kind: fields.kind }),
    ...(fields.plans !== undefined && { plans: fields.plans }),
    updatedAt: at,
  };
}

/** What a task event records of the task: which task, its kind and its goal at that moment. */
export const aboutTask = (task: Task): ActivityFields => ({
  taskId: task.id,
  kind: task.kind,
  ...(task.goalId !== undefined && { goalId: task.goalId }),
});

/** Records a task event; call inside the change's transaction (which includes db.activity). */
export async function logTaskEvent(
  type: ActivityType,
  task: Task,
  at: Instant,
  plans?: PlanShown[],
): Promise<void> {
  await db.activity.add(activityRow(type, at, { ...aboutTask(task), plans }));
}

/** Records task events for many tasks at once, in the caller's transaction. */
export async function logTaskEvents(
  type: ActivityType,
  tasks: readonly Task[],
  at: Instant,
): Promise<void> {
  if (tasks.length === 0) return;
  await db.activity.bulkAdd(tasks.map((task) => activityRow(type, at, aboutTask(task))));
}
