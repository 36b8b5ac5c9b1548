// Today's plan as the lists a drag works on (DESIGN.md §3 rule 5, "drag always sticks"):
// - 'attention' and 'goals': the goal section's two groups. Each entry stands for a GOAL (its
//   next step, or a prompt to plan one), so a drag there moves the goal within its group and
//   writes the goal's order. Which group a goal is in is decided by neglect, not by hand, so
//   a goal cannot be dragged into the other group;
// - 'unlinked': goal steps that belong to no goal, at the end of the goal section, in manual
//   order: a drag moves the task. Only the first few show (the rest wait behind a prompt to
//   give them a goal, `unlinkedRest`, not sortable), and they are the first in manual order, so
//   a drop among them stays among them;
// - 'chores': the visible chores, in manual order: a drag moves the task. The pile is folded
//   and not sortable, so the sortable lists stay short with any number of tasks.
// Across sections: a chore dropped into the goal section becomes a goal step (the goal of the
// row it was dropped on is offered first), and a goal step dropped among the chores becomes a
// chore there. Nothing else crosses, so no drop can put a goal item below a chore.
// This module splits the plan into those lists; ./today-drops.ts holds what a drop does.
import type { PlanEntry, Plan, TaskEntry, UnlinkedRest } from '../../domain/plan-types';

/** An entry that is a row of Today: a task, or a prompt to plan a goal's next step. */
export type RowEntry = Exclude<PlanEntry, UnlinkedRest>;

export type ListId = 'attention' | 'goals' | 'unlinked' | 'chores';
/** Drop zones for a section with no row to drop on. */
export type ZoneId = 'goal-zone' | 'chore-zone';

export interface TodayLists {
  attention: readonly RowEntry[];
  goals: readonly RowEntry[];
  unlinked: readonly TaskEntry[];
  chores: readonly TaskEntry[];
  /** Goal steps without a goal beyond those shown: behind a prompt, not sortable. */
  unlinkedRest: readonly TaskEntry[];
}

const isNeglected = (entry: RowEntry) =>
  entry.type === 'task' ? entry.needsAttention : entry.reasons.some((r) => r.code === 'neglected');

export function splitPlan(plan: Plan): TodayLists {
  const attention: RowEntry[] = [];
  const goals: RowEntry[] = [];
  const unlinked: TaskEntry[] = [];
  let unlinkedRest: readonly TaskEntry[] = [];
  for (const entry of plan.goals) {
    if (entry.type === 'unlinked-rest') unlinkedRest = entry.rest;
    else if (entry.type === 'task' && entry.goal === undefined) unlinked.push(entry);
    else (isNeglected(entry) ? attention : goals).push(entry);
  }
  return { attention, goals, unlinked, chores: plan.chores, unlinkedRest };
}

/** The drag id of an entry: its task's id, or the goal's for a prompt. */
export const entryId = (entry: RowEntry): string =>
  entry.type === 'task' ? entry.task.id : `prompt:${entry.goal.id}`;

export const entryLabel = (entry: RowEntry): string =>
  entry.type === 'task' ? entry.task.title : `Plan the next step for ${entry.goal.title}`;
