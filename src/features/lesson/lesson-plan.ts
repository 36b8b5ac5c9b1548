// What the lesson shows of a list: the lines as written, and the same lines as the Goals First
// plan (from prioritize, the engine behind Today), each with its reasons in words.
import type { Plan, PlanEntry } from '../../domain/plan-types';
import type { Day, Task } from '../../domain/types';
import { reasonText } from '../../ui/reason-text';

export interface WrittenRow {
  id: string;
  title: string;
  goal: boolean;
}

export interface PlanRow {
  id: string;
  title: string;
  reasons: string[];
  attention: boolean;
}

export interface LessonPlan {
  goals: PlanRow[];
  chores: PlanRow[];
  pile: PlanRow[];
}

export const writtenRows = (tasks: readonly Task[]): WrittenRow[] =>
  tasks.map((task) => ({ id: task.id, title: task.title, goal: task.kind === 'goal' }));

const entryReasons = (entry: PlanEntry, today: Day) =>
  entry.reasons.map((reason) => reasonText(reason, today, entry.goal?.title));

function planRow(entry: PlanEntry, today: Day): PlanRow {
  if (entry.type === 'unlinked-rest') {
    const n = entry.rest.length;
    return {
      id: 'unlinked-rest',
      title: `${n} more goal ${n === 1 ? 'step' : 'steps'} without a goal`,
      reasons: ['Give each one a goal, and it takes its turn with that goal'],
      attention: false,
    };
  }
  if (entry.type === 'prompt') {
    return {
      id: `prompt-${entry.goal.id}`,
      title: `Plan the next step for “${entry.goal.title}”`,
      reasons: entryReasons(entry, today),
      attention: false,
    };
  }
  return {
    id: entry.task.id,
    title: entry.task.title,
    reasons: entryReasons(entry, today),
    attention: entry.needsAttention,
  };
}

export function lessonPlan(plan: Plan, today: Day): LessonPlan {
  const row = (entry: PlanEntry) => planRow(entry, today);
  return { goals: plan.goals.map(row), chores: plan.chores.map(row), pile: plan.pile.map(row) };
}
