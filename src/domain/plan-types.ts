// The shapes of a Today plan (DESIGN.md §3): what prioritize returns and the reasons it gives.
import type { Day, Goal, Task } from './types';

export type Reason =
  | { code: 'next-step' }
  | { code: 'no-next-step' }
  | { code: 'neglected'; days: number }
  | { code: 'behind-schedule'; progress: number; elapsed: number }
  | { code: 'deadline'; days: number }
  | { code: 'overdue'; days: number }
  | { code: 'due-today' }
  | { code: 'scheduled-today' }
  | { code: 'snoozed'; count: number; until?: Day };

export type PlanEntry =
  | {
      type: 'task';
      task: Task;
      goal?: Goal;
      reasons: Reason[];
      needsAttention: boolean;
      snoozed: boolean;
    }
  | { type: 'prompt'; goal: Goal; reasons: Reason[] }
  | UnlinkedRest;

export type TaskEntry = Extract<PlanEntry, { type: 'task' }>;

/**
 * The goal steps that belong to no goal beyond the few the goal section shows, in manual order:
 * a prompt to give them a goal (DESIGN.md §3 rule 2). It has no goal and no reasons of its own.
 */
export interface UnlinkedRest {
  type: 'unlinked-rest';
  rest: TaskEntry[];
  goal?: never;
  reasons: Reason[];
}

export interface Plan {
  goals: PlanEntry[];
  chores: TaskEntry[];
  pile: TaskEntry[];
}
