// Turns a written list into Task records held in memory only (the Lesson's sandbox), so the
// same prioritize and diagnose that run on real data can run on it. Order keys follow the list,
// top to bottom; every record is a valid open task of the §2 shape, never stored.
import { keyBetween } from './order-key';
import type { Instant, Task, TaskKind } from './types';

export interface ListLine {
  id: string;
  title: string;
  kind: TaskKind;
  goalId?: string;
  dueDate?: string;
}

export function tasksFromList(lines: readonly ListLine[], now: Instant): Task[] {
  let key: string | null = null;
  return lines.map(({ id, title, kind, goalId, dueDate }) => {
    key = keyBetween(key, null);
    return {
      id,
      title,
      kind,
      status: 'open',
      order: key,
      snoozes: 0,
      createdAt: now,
      updatedAt: now,
      ...(goalId !== undefined && { goalId }),
      ...(dueDate !== undefined && { dueDate }),
    };
  });
}
