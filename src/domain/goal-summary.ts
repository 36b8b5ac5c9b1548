// A goal as the Goals pages show it: its steps in order, how far it has come and how it is
// doing against its deadline. The figures come from ./goal-progress (the same rules Today's
// plan uses), so a goal never reads "on track" here and "behind schedule" there. Deleted steps
// and check-ins, and those of other goals, are left out here, so callers may pass everything.
import { daysBetween } from './day';
import {
  elapsedShare,
  isBehindSchedule,
  lastProgressDay,
  loggedAmount,
  progressShare,
} from './goal-progress';
import { compareByOrder, sortByOrder } from './order-key';
import { DEFAULT_SETTINGS, type CheckIn, type Day, type Goal, type Task } from './types';

export interface GoalSummary {
  goal: Goal;
  /** Live steps in the goal's own step order, done ones included. */
  steps: Task[];
  doneSteps: number;
  totalSteps: number;
  /** The first open step: what Today shows for this goal. */
  nextStep?: Task;
  /** Live check-ins, latest day first. */
  checkIns: CheckIn[];
  /** The sum of the check-ins' amounts. */
  logged: number;
  /** 0..1: done steps / all steps, or logged / target. */
  progress: number;
  /** 0..1 of the time to the deadline gone; undefined without a deadline. */
  elapsed?: number;
  behind: boolean;
  lastProgress: Day;
  /** Whole days since the last progress. */
  idleDays: number;
  neglected: boolean;
  /** Days to the deadline (0 on the day, negative once passed). */
  daysLeft?: number;
  /** How often its steps were snoozed, all told. */
  snoozes: number;
}

const latestFirst = (a: CheckIn, b: CheckIn) =>
  a.day !== b.day ? (a.day < b.day ? 1 : -1) : b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1);

export function summarizeGoal(
  goal: Goal,
  tasks: readonly Task[],
  checkIns: readonly CheckIn[],
  today: Day,
  neglectDays: number = DEFAULT_SETTINGS.neglectDays,
): GoalSummary {
  const steps = sortByOrder(
    tasks.filter((task) => task.goalId === goal.id && task.deletedAt === undefined),
  );
  const logs = checkIns
    .filter((checkIn) => checkIn.goalId === goal.id && checkIn.deletedAt === undefined)
    .sort(latestFirst);
  const progress = progressShare(goal, steps, logs);
  const elapsed = elapsedShare(goal, today);
  const lastProgress = lastProgressDay(goal, steps, logs);
  const idleDays = Math.max(0, daysBetween(lastProgress, today));
  const doneSteps = steps.filter((step) => step.status === 'done').length;
  const nextStep = steps.find((step) => step.status === 'open');
  return {
    goal,
    steps,
    doneSteps,
    totalSteps: steps.length,
    ...(nextStep && { nextStep }),
    checkIns: logs,
    logged: loggedAmount(logs),
    progress,
    ...(elapsed !== undefined && { elapsed }),
    behind: isBehindSchedule(progress, elapsed),
    lastProgress,
    idleDays,
    neglected: idleDays >= neglectDays,
    ...(goal.deadline !== undefined && { daysLeft: daysBetween(today, goal.deadline) }),
    snoozes: steps.reduce((sum, step) => sum + step.snoozes, 0),
  };
}

export interface GoalGroups {
  /** In the user's goal order (the order of Today's goal section). */
  active: GoalSummary[];
  paused: GoalSummary[];
  /** Most recently achieved first. */
  achieved: GoalSummary[];
}

/** Every live goal summarized, in the groups of the Goals view. */
export function groupGoals(
  goals: readonly Goal[],
  tasks: readonly Task[],
  checkIns: readonly CheckIn[],
  today: Day,
  neglectDays?: number,
): GoalGroups {
  const tasksByGoal = groupBy(tasks, (task) => task.goalId);
  const checkInsByGoal = groupBy(checkIns, (checkIn) => checkIn.goalId);
  const groups: GoalGroups = { active: [], paused: [], achieved: [] };
  for (const goal of [...goals].sort(compareByOrder)) {
    if (goal.deletedAt !== undefined) continue;
    groups[goal.status].push(
      summarizeGoal(
        goal,
        tasksByGoal.get(goal.id) ?? [],
        checkInsByGoal.get(goal.id) ?? [],
        today,
        neglectDays,
      ),
    );
  }
  groups.achieved.sort((a, b) => (b.goal.achievedAt ?? 0) - (a.goal.achievedAt ?? 0));
  return groups;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string | undefined): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
