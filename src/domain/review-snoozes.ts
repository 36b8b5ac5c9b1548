// Snoozes in a review: one per (step, day), since two synced devices can record the same snooze
// and a snooze is the fact that a step was put off that day, not how many rows say so.
import { inPeriod, type Period } from './review-period';
import type { Activity, Day } from './types';

export interface Snooze {
  taskId: string;
  goalId?: string;
  day: Day;
}

/** One per (step, day): the same snooze recorded by two devices is one snooze. */
export function distinctSnoozes(activity: readonly Activity[], period: Period): Snooze[] {
  const seen = new Map<string, Snooze>();
  for (const row of activity) {
    if (row.type !== 'snoozed' || row.taskId === undefined || !inPeriod(row.day, period)) continue;
    const key = `${row.taskId} ${row.day}`;
    if (!seen.has(key)) {
      seen.set(key, {
        taskId: row.taskId,
        day: row.day,
        ...(row.goalId !== undefined && { goalId: row.goalId }),
      });
    }
  }
  return [...seen.values()].sort((a, b) =>
    a.day !== b.day ? (a.day < b.day ? -1 : 1) : a.taskId < b.taskId ? -1 : 1,
  );
}
