// One goal over a review's period: its progress at the start (before the first day) and at the
// end (after the last day), what moved, what slipped, the longest run of days without progress,
// and the snoozes of its steps with the if–then plans they offered. See ./review.ts for where
// each figure comes from.
import { addDays, toDay } from './day';
import { loggedAmount } from './goal-progress';
import { daysOf, inPeriod, type Period } from './review-period';
import type { Snooze } from './review-snoozes';
import type { Activity, CheckIn, Day, Goal, PlanShown, Task } from './types';

export interface ProgressAt {
  /** 0..1, as the goal's progress bar shows it. */
  share: number;
  doneSteps: number;
  totalSteps: number;
  /** Count goals: the sum of the check-ins' amounts. */
  logged: number;
}

export interface GoalEvent {
  type: 'goal-achieved' | 'goal-paused' | 'goal-resumed';
  day: Day;
}

export interface GoalReview {
  goal: Goal;
  start: ProgressAt;
  end: ProgressAt;
  /** Steps done in the period, in the order they were done. */
  stepsDone: Task[];
  /** Live check-ins of the period, by day. */
  checkIns: CheckIn[];
  /** Per day of the period: the amounts logged (count goals) or the check-ins (steps goals). */
  checkInsByDay: number[];
  /** Days of the period (up to today, from the goal's creation) with a step done or a check-in. */
  progressDays: number;
  /** The longest run of such days without progress. */
  longestIdleRun: number;
  /** Snoozes of its steps, one per step and day, with the step when it is known. */
  snoozes: (Snooze & { task?: Task })[];
  /** The if–then plans the snoozes offered, each once, with how many snoozes showed it. */
  plansOffered: { plan: PlanShown; times: number }[];
  /** Steps snoozed or due in the period and not done by its end. */
  slipped: Task[];
  /** Paused, resumed or achieved in the period (recorded from schema v3 on). */
  events: GoalEvent[];
}

export interface GoalInput {
  goal: Goal;
  period: Period;
  today: Day;
  /** The goal's steps (deleted ones too), distinct by id. */
  steps: readonly Task[];
  /** The goal's live check-ins, distinct by id. */
  checkIns: readonly CheckIn[];
  /** Every task of the review by id, for what activity rows are about. */
  taskById: ReadonlyMap<string, Task>;
  /** The activity rows of the period's days. */
  activity: readonly Activity[];
  /** Every snooze of the period, distinct. */
  snoozed: readonly Snooze[];
}

const completionDay = (task: Task) =>
  task.status === 'done' && task.completedAt !== undefined ? toDay(task.completedAt) : undefined;

/** Progress as it stood at the end of `day`. */
function progressAt(goal: Goal, steps: readonly Task[], checkIns: readonly CheckIn[], day: Day) {
  const existing = steps.filter(
    (step) =>
      toDay(step.createdAt) <= day && (step.deletedAt === undefined || toDay(step.deletedAt) > day),
  );
  const doneSteps = existing.filter((step) => {
    const done = completionDay(step);
    return done !== undefined && done <= day;
  }).length;
  const logged = loggedAmount(checkIns.filter((checkIn) => checkIn.day <= day));
  const share =
    goal.measure.type === 'count'
      ? goal.measure.target > 0
        ? logged / goal.measure.target
        : 0
      : existing.length > 0
        ? doneSteps / existing.length
        : 0;
  return { share: Math.min(1, Math.max(0, share)), doneSteps, totalSteps: existing.length, logged };
}

function idleRuns(days: readonly Day[], progress: ReadonlySet<Day>) {
  let longest = 0;
  let run = 0;
  for (const day of days) {
    run = progress.has(day) ? 0 : run + 1;
    longest = Math.max(longest, run);
  }
  return longest;
}

export function reviewGoal(input: GoalInput): GoalReview {
  const { goal, period, steps, checkIns, taskById } = input;
  const periodCheckIns = checkIns
    .filter((checkIn) => inPeriod(checkIn.day, period))
    .sort((a, b) =>
      a.day !== b.day
        ? a.day < b.day
          ? -1
          : 1
        : a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1),
    );
  const stepsDone = steps
    .filter((step) => {
      const day = step.deletedAt === undefined ? completionDay(step) : undefined;
      return day !== undefined && inPeriod(day, period);
    })
    .sort((a, b) => (a.completedAt ?? 0) - (b.completedAt ?? 0) || (a.id < b.id ? -1 : 1));

  const days = daysOf(period);
  const byDay = new Map(days.map((day) => [day, 0]));
  for (const checkIn of periodCheckIns) {
    const add = goal.measure.type === 'count' ? (checkIn.amount ?? 0) : 1;
    byDay.set(checkIn.day, (byDay.get(checkIn.day) ?? 0) + add);
  }

  // Days that count for a run: from the goal's creation, up to today.
  const created = toDay(goal.createdAt);
  const counted = days.filter((day) => day >= created && day <= input.today);
  const progress = new Set<Day>([
    ...stepsDone.map((step) => toDay(step.completedAt ?? 0)),
    ...periodCheckIns.map((checkIn) => checkIn.day),
  ]);

  const stepById = new Map(steps.map((step) => [step.id, step]));
  const snoozes = input.snoozed
    .filter((snooze) => (snooze.goalId ?? taskById.get(snooze.taskId)?.goalId) === goal.id)
    .map((snooze) => {
      const task = taskById.get(snooze.taskId);
      return task ? { ...snooze, task } : snooze;
    });

  const liveSteps = steps.filter((step) => step.deletedAt === undefined);
  return {
    goal,
    start: progressAt(goal, steps, checkIns, addDays(period.start, -1)),
    end: progressAt(goal, steps, checkIns, period.end),
    stepsDone,
    checkIns: periodCheckIns,
    checkInsByDay: days.map((day) => byDay.get(day) ?? 0),
    progressDays: counted.filter((day) => progress.has(day)).length,
    longestIdleRun: idleRuns(counted, progress),
    snoozes,
    plansOffered: plansOffered(input.activity, goal.id, taskById),
    slipped: slippedSteps(liveSteps, snoozes, period, stepById),
    events: goalEvents(input.activity, goal.id),
  };
}

/** `activity`: the period's rows. */
function plansOffered(
  activity: readonly Activity[],
  goalId: string,
  taskById: ReadonlyMap<string, Task>,
) {
  // Per distinct snooze (step, day), so a snooze recorded twice does not count its plans twice.
  const perSnooze = new Map<string, readonly PlanShown[]>();
  for (const row of activity) {
    if (row.type !== 'snoozed' || row.taskId === undefined) continue;
    if ((row.goalId ?? taskById.get(row.taskId)?.goalId) !== goalId) continue;
    const key = `${row.taskId} ${row.day}`;
    if (!perSnooze.has(key) || (row.plans?.length ?? 0) > (perSnooze.get(key)?.length ?? 0)) {
      perSnooze.set(key, row.plans ?? []);
    }
  }
  const plans = new Map<string, { plan: PlanShown; times: number }>();
  for (const shown of perSnooze.values()) {
    for (const plan of shown) {
      const key = JSON.stringify([plan.obstacle, plan.strategy]);
      const entry = plans.get(key) ?? { plan, times: 0 };
      entry.times++;
      plans.set(key, entry);
    }
  }
  return [...plans.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, entry]) => entry);
}

function slippedSteps(
  steps: readonly Task[],
  snoozes: readonly Snooze[],
  period: Period,
  stepById: ReadonlyMap<string, Task>,
): Task[] {
  const notDoneInTime = (step: Task) => {
    const done = completionDay(step);
    return done === undefined || done > period.end;
  };
  const slipped = new Map<string, Task>();
  for (const snooze of snoozes) {
    const step = stepById.get(snooze.taskId);
    if (step && step.deletedAt === undefined && notDoneInTime(step)) slipped.set(step.id, step);
  }
  for (const step of steps) {
    if (step.dueDate !== undefined && inPeriod(step.dueDate, period)) {
      const done = completionDay(step);
      if (done === undefined || done > step.dueDate) slipped.set(step.id, step);
    }
  }
  return [...slipped.values()].sort((a, b) =>
    a.order < b.order ? -1 : a.order > b.order ? 1 : a.id < b.id ? -1 : 1,
  );
}

/** `activity`: the period's rows. */
function goalEvents(activity: readonly Activity[], goalId: string): GoalEvent[] {
  const seen = new Map<string, GoalEvent>();
  for (const row of activity) {
    if (row.goalId !== goalId) continue;
    if (row.type === 'goal-achieved' || row.type === 'goal-paused' || row.type === 'goal-resumed') {
      seen.set(`${row.type} ${row.day}`, { type: row.type, day: row.day });
    }
  }
  return [...seen.values()].sort((a, b) =>
    a.day !== b.day ? (a.day < b.day ? -1 : 1) : a.type < b.type ? -1 : 1,
  );
}
