// Prioritization: goals are never buried (DESIGN.md §3). The plan has three parts:
// 1. goals: for every active goal, its next open step(s) in the goal's own step order, or a
//    prompt to plan one when it has none. Goals that need attention (no progress for
//    `neglectDays`) come first, then the rest, each group in the user's goal order; goal steps
//    that belong to no goal come last, in manual order: the first three (or `stepsPerGoal` if
//    larger), then one entry holding the rest, a prompt to give them a goal (a heap of goal
//    steps without a goal would be the pile again, on top). Behind schedule, deadlines and
//    snoozes are reasons, never ranks. A snoozed step stays its goal's entry, marked `snoozed`, until
//    its day comes, so every active goal is always represented.
// 2. chores: the first `choreCap` chores by urgency (overdue, due today, scheduled for today,
//    then the rest in manual order), shown in manual order.
// 3. pile: every other open chore, in manual order.
// Done and deleted tasks, and steps of paused, achieved or deleted goals, appear nowhere.
// Pure and deterministic: the same records in any order give the same plan; nothing is
// mutated. One sort of the chores plus linear passes keep it O(n log n).
import { chooseChores, dateReasons } from './plan-chores';
import { elapsedShare, isBehindSchedule, lastProgressDay, progressShare } from './goal-progress';
import { compareByOrder } from './order-key';
import { daysBetween } from './day';
import type { Plan, PlanEntry, Reason, TaskEntry } from './plan-types';
import {
  DEFAULT_SETTINGS,
  type CheckIn,
  type Day,
  type Goal,
  type Settings,
  type Task,
} from './types';

export interface PrioritizeInput {
  tasks: readonly Task[];
  goals: readonly Goal[];
  checkIns: readonly CheckIn[];
  today: Day;
  settings?: Partial<Settings>;
}

const DEADLINE_HORIZON_DAYS = 7;
/** How many goal steps without a goal the goal section shows at least (rule 2). */
export const UNLINKED_SHOWN = 3;

export function prioritize(input: PrioritizeInput): Plan {
  const settings = { ...DEFAULT_SETTINGS, ...input.settings };
  const { today } = input;

  const goalsById = new Map<string, Goal>();
  for (const goal of input.goals) if (goal.deletedAt === undefined) goalsById.set(goal.id, goal);
  const everGoalIds = new Set(input.goals.map((goal) => goal.id));

  // One pass sorts tasks into: each goal's live steps, unlinked open goal steps, open chores.
  const stepsByGoal = new Map<string, Task[]>();
  const unlinked: Task[] = [];
  const chores: Task[] = [];
  for (const task of input.tasks) {
    if (task.deletedAt !== undefined) continue;
    if (task.kind === 'chore') {
      if (task.status === 'open') chores.push(task);
    } else if (task.goalId !== undefined && goalsById.has(task.goalId)) {
      const steps = stepsByGoal.get(task.goalId);
      if (steps) steps.push(task);
      else stepsByGoal.set(task.goalId, [task]);
    } else if (
      task.status === 'open' &&
      (task.goalId === undefined || !everGoalIds.has(task.goalId))
    ) {
      // A step whose goal record is missing altogether is shown unlinked rather than lost.
      unlinked.push(task);
    }
  }
  const checkInsByGoal = new Map<string, CheckIn[]>();
  for (const checkIn of input.checkIns) {
    if (checkIn.deletedAt !== undefined || !goalsById.has(checkIn.goalId)) continue;
    const list = checkInsByGoal.get(checkIn.goalId);
    if (list) list.push(checkIn);
    else checkInsByGoal.set(checkIn.goalId, [checkIn]);
  }

  const attention: PlanEntry[] = [];
  const onTrack: PlanEntry[] = [];
  const activeGoals = [...goalsById.values()]
    .filter((goal) => goal.status === 'active')
    .sort(compareByOrder);
  for (const goal of activeGoals) {
    const steps = stepsByGoal.get(goal.id) ?? [];
    const checkIns = checkInsByGoal.get(goal.id) ?? [];
    const goalReasons = reasonsForGoal(goal, steps, checkIns, today, settings.neglectDays);
    const needsAttention = goalReasons.some((reason) => reason.code === 'neglected');
    const target = needsAttention ? attention : onTrack;
    const next = steps
      .filter((step) => step.status === 'open')
      .sort(compareByOrder)
      .slice(0, settings.stepsPerGoal);
    if (next.length === 0) {
      target.push({ type: 'prompt', goal, reasons: [{ code: 'no-next-step' }, ...goalReasons] });
    }
    for (const task of next) {
      target.push(
        goalStepEntry(task, goal, [{ code: 'next-step' }, ...goalReasons], needsAttention, today),
      );
    }
  }
  const loose = unlinked
    .sort(compareByOrder)
    .map((task) => goalStepEntry(task, undefined, [{ code: 'next-step' }], false, today));
  const shown = Math.max(UNLINKED_SHOWN, settings.stepsPerGoal);
  const rest: PlanEntry[] =
    loose.length > shown ? [{ type: 'unlinked-rest', rest: loose.slice(shown), reasons: [] }] : [];

  return {
    goals: [...attention, ...onTrack, ...loose.slice(0, shown), ...rest],
    ...chooseChores(chores, today, settings.choreCap),
  };
}

function reasonsForGoal(
  goal: Goal,
  steps: readonly Task[],
  checkIns: readonly CheckIn[],
  today: Day,
  neglectDays: number,
): Reason[] {
  const reasons: Reason[] = [];
  const idle = daysBetween(lastProgressDay(goal, steps, checkIns), today);
  if (idle >= neglectDays) reasons.push({ code: 'neglected', days: idle });
  const progress = progressShare(goal, steps, checkIns);
  const elapsed = elapsedShare(goal, today);
  if (elapsed !== undefined && isBehindSchedule(progress, elapsed)) {
    reasons.push({ code: 'behind-schedule', progress, elapsed });
  }
  if (goal.deadline !== undefined) {
    const days = daysBetween(today, goal.deadline);
    if (days <= DEADLINE_HORIZON_DAYS) reasons.push({ code: 'deadline', days });
  }
  return reasons;
}

function goalStepEntry(
  task: Task,
  goal: Goal | undefined,
  reasons: Reason[],
  needsAttention: boolean,
  today: Day,
): TaskEntry {
  const snoozed = task.snoozedUntil !== undefined && task.snoozedUntil > today;
  const all = [...reasons, ...dateReasons(task, today)];
  if (task.snoozes > 0) {
    all.push({
      code: 'snoozed',
      count: task.snoozes,
      ...(snoozed && { until: task.snoozedUntil }),
    });
  }
  return { type: 'task', task, ...(goal && { goal }), reasons: all, needsAttention, snoozed };
}
