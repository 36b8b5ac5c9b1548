// Which chores Today shows (DESIGN.md §3 rule 4). Urgency decides WHICH chores are visible:
// overdue first, then due today, then scheduled for today (or an earlier day that passed
// without it), then the rest; the first `choreCap` are visible and the others fold into the
// pile. Both are SHOWN in the user's manual order, with their urgency as reasons.
// One sort by order key, then linear passes: the urgency groups fall out in manual order.
import { daysBetween } from './day';
import { compareByOrder } from './order-key';
import type { Reason, TaskEntry } from './plan-types';
import type { Day, Task } from './types';

export function dateReasons(task: Task, today: Day): Reason[] {
  const reasons: Reason[] = [];
  if (task.dueDate !== undefined) {
    if (task.dueDate < today)
      reasons.push({ code: 'overdue', days: daysBetween(task.dueDate, today) });
    else if (task.dueDate === today) reasons.push({ code: 'due-today' });
  }
  if (task.scheduledFor !== undefined && task.scheduledFor <= today) {
    reasons.push({ code: 'scheduled-today' });
  }
  return reasons;
}

/** A chore's row in the plan: its date reasons, never flagged (flags are for goal steps). */
export const choreEntry = (task: Task, today: Day): TaskEntry => ({
  type: 'task',
  task,
  reasons: dateReasons(task, today),
  needsAttention: false,
  snoozed: false,
});

/** 0 overdue, 1 due today, 2 scheduled today, 3 the rest. */
function urgency(task: Task, today: Day): number {
  if (task.dueDate !== undefined && task.dueDate < today) return 0;
  if (task.dueDate === today) return 1;
  if (task.scheduledFor !== undefined && task.scheduledFor <= today) return 2;
  return 3;
}

export function chooseChores(
  openChores: readonly Task[],
  today: Day,
  choreCap: number,
): { chores: TaskEntry[]; pile: TaskEntry[] } {
  const sorted = [...openChores].sort(compareByOrder);
  const byUrgency: number[][] = [[], [], [], []];
  sorted.forEach((task, index) => byUrgency[urgency(task, today)]?.push(index));

  const visible = new Set<number>();
  for (const group of byUrgency) {
    for (const index of group) {
      if (visible.size >= choreCap) break;
      visible.add(index);
    }
  }

  const chores: TaskEntry[] = [];
  const pile: TaskEntry[] = [];
  sorted.forEach((task, index) => {
    (visible.has(index) ? chores : pile).push(choreEntry(task, today));
  });
  return { chores, pile };
}
