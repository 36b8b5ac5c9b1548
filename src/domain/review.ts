// The Review's figures for a period (DESIGN.md §4): what got done, day by day, goal steps against
// chores; per goal, its progress at the start and the end, what moved, what slipped, the longest
// run without progress, the snoozes and the if–then plans they offered; a 12-week map of the days
// with goal progress. Pure: the caller reads the records, this only counts.
//
// Where the figures come from, and why:
// - Done work comes from the records (a task's `completedAt`, a check-in's `day`). A task is
//   counted once however many devices recorded its completion, it is right for weeks before
//   activity was recorded (schema v3), and a completion undone (reopened) is not counted.
// - What no record keeps (a snooze, the plans it showed, a pause) comes from the append-only
//   activity rows. Two synced devices can record the same snooze, so snoozes count distinct
//   (step, day) pairs, never rows. Before `activitySince` there are no rows: the review says so
//   (`unknownBefore`) rather than showing a zero it cannot know.
// - Deleted tasks and check-ins are left out (a deletion is a correction), except that a step
//   deleted later still counts in its goal's progress at a moment before its deletion.
import { addDays, toDay } from './day';
import { daysOf, inPeriod, weekStartOf, type Period } from './review-period';
import { distinctSnoozes } from './review-snoozes';
import { compareByOrder } from './order-key';
import { reviewGoal, type GoalReview } from './review-goal';
import type { Activity, CheckIn, Day, Goal, Task } from './types';

export interface ReviewInput {
  period: Period;
  today: Day;
  weekStartsOn: number;
  /**
   * Every goal step (for progress at the start and the end) and every task completed in the
   * 12 weeks up to the period's end (for the map); a task may appear twice.
   */
  tasks: readonly Task[];
  goals: readonly Goal[];
  /** Every check-in of the goals (progress at the start sums the earlier ones). */
  checkIns: readonly CheckIn[];
  /** At least every row of the period's days; duplicates are fine. */
  activity: readonly Activity[];
  /** The first day activity was recorded on this data; undefined: recorded from the start. */
  activitySince?: Day;
}

export interface DayCount {
  day: Day;
  goalSteps: number;
  chores: number;
}

export interface MapDay {
  day: Day;
  /** Goal steps done and check-ins logged that day. */
  progress: number;
  future: boolean;
}

export interface Review {
  period: Period;
  days: DayCount[];
  totals: { goalSteps: number; chores: number; checkIns: number; snoozes: number };
  /** Goal steps / everything done, 0..1; undefined when nothing was done. */
  goalShare?: number;
  /** Active goals first, then paused, then achieved, each in the user's goal order. */
  goals: GoalReview[];
  /** 12 weeks × 7 days ending with the week of the period's end, oldest first. */
  map: MapDay[][];
  /** Snoozes (and other activity) before this day of the period are not known. */
  unknownBefore?: Day;
}

export const MAP_WEEKS = 12;

const byId = <T extends { id: string }>(rows: readonly T[]): T[] => [
  ...new Map(rows.map((row) => [row.id, row])).values(),
];

const isLive = (row: { deletedAt?: number }) => row.deletedAt === undefined;

/** The local day a live task was completed on, if it is done. */
export const doneDay = (task: Task): Day | undefined =>
  task.status === 'done' && task.completedAt !== undefined && isLive(task)
    ? toDay(task.completedAt)
    : undefined;

const STATUS_RANK = { active: 0, paused: 1, achieved: 2 } as const;

export function buildReview(input: ReviewInput): Review {
  const { period, today } = input;
  const tasks = byId(input.tasks);
  const checkIns = byId(input.checkIns).filter(isLive);
  const days = daysOf(period);

  const perDay = new Map(days.map((day) => [day, { day, goalSteps: 0, chores: 0 }]));
  for (const task of tasks) {
    const day = doneDay(task);
    const count = day === undefined ? undefined : perDay.get(day);
    if (count) count[task.kind === 'goal' ? 'goalSteps' : 'chores']++;
  }
  const dayCounts = [...perDay.values()];
  const goalSteps = dayCounts.reduce((sum, day) => sum + day.goalSteps, 0);
  const chores = dayCounts.reduce((sum, day) => sum + day.chores, 0);

  const snoozed = distinctSnoozes(input.activity, period);
  // Grouped once, so each goal looks only at its own records.
  const taskById = new Map(tasks.map((task) => [task.id, task]));
  const stepsOf = groupBy(
    tasks.filter((task) => task.kind === 'goal'),
    (task) => task.goalId,
  );
  const checkInsOf = groupBy(checkIns, (checkIn) => checkIn.goalId);
  const activity = input.activity.filter((row) => inPeriod(row.day, period));
  const goals = input.goals
    .filter((goal) => isLive(goal) && toDay(goal.createdAt) <= period.end)
    .filter((goal) => goal.achievedAt === undefined || toDay(goal.achievedAt) >= period.start)
    .sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status] || compareByOrder(a, b))
    .map((goal) =>
      reviewGoal({
        goal,
        period,
        today,
        steps: stepsOf.get(goal.id) ?? [],
        checkIns: checkInsOf.get(goal.id) ?? [],
        taskById,
        activity,
        snoozed,
      }),
    );

  const review: Review = {
    period,
    days: dayCounts,
    totals: {
      goalSteps,
      chores,
      checkIns: checkIns.filter((checkIn) => inPeriod(checkIn.day, period)).length,
      snoozes: snoozed.length,
    },
    goals,
    map: progressMap(input, tasks, checkIns),
  };
  if (goalSteps + chores > 0) review.goalShare = goalSteps / (goalSteps + chores);
  if (input.activitySince !== undefined && period.start < input.activitySince) {
    review.unknownBefore = input.activitySince;
  }
  return review;
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const value = key(row);
    if (value === undefined) continue;
    const group = groups.get(value);
    if (group) group.push(row);
    else groups.set(value, [row]);
  }
  return groups;
}

function progressMap(input: ReviewInput, tasks: readonly Task[], checkIns: readonly CheckIn[]) {
  const lastWeek = weekStartOf(input.period.end, input.weekStartsOn);
  const first = addDays(lastWeek, -7 * (MAP_WEEKS - 1));
  const progress = new Map<Day, number>();
  const add = (day: Day) => progress.set(day, (progress.get(day) ?? 0) + 1);
  for (const task of tasks) {
    const day = task.kind === 'goal' ? doneDay(task) : undefined;
    if (day !== undefined) add(day);
  }
  for (const checkIn of checkIns) add(checkIn.day);
  return Array.from({ length: MAP_WEEKS }, (_, week) =>
    daysOf({ start: addDays(first, week * 7), end: addDays(first, week * 7 + 6) }).map((day) => ({
      day,
      progress: progress.get(day) ?? 0,
      future: day > input.today,
    })),
  );
}
