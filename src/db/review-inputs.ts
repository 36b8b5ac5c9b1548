// What the Review needs from the database for a period, read in one transaction (one picture):
// - every goal and every goal step (progress at the start and end counts steps deleted later),
//   and every task completed in the 12 weeks up to the period's end (the days, the map);
// - every check-in (progress at the start sums the earlier ones; a few per goal and day);
// - the activity rows of the period's days, by the `day` index (a year of heavy use is about
//   30,000 rows; a week reads a few hundred);
// - the tasks those rows are about that are not read already (a step that became a chore);
// - from which day activity is known (see activitySince).
// With 10,000 tasks this reads the goal steps and the completions of 12 weeks, never all tasks.
import Dexie from 'dexie';
import { addDays, dayRange } from '../domain/day';
import { MAP_WEEKS } from '../domain/review';
import { weekStartOf, type Period } from '../domain/review-period';
import type { Activity, CheckIn, Day, Goal, Task } from '../domain/types';
import { db } from './database';

export interface ReviewRecords {
  tasks: Task[];
  goals: Goal[];
  checkIns: CheckIn[];
  activity: Activity[];
  activitySince?: Day;
}

export function readReviewRecords(
  period: Period,
  weekStartsOn: number,
  today: Day,
): Promise<ReviewRecords> {
  const mapStart = addDays(weekStartOf(period.end, weekStartsOn), -7 * (MAP_WEEKS - 1));
  const first = mapStart < period.start ? mapStart : period.start;
  return db.transaction('r', db.tasks, db.goals, db.checkIns, db.activity, async () => {
    const [goals, steps, completed, checkIns, activity] = await Promise.all([
      db.goals.toArray(),
      db.tasks.where('[goalId+order]').between([Dexie.minKey], [Dexie.maxKey]).toArray(),
      db.tasks
        .where('completedAt')
        .between(dayRange(first).start, dayRange(period.end).end, true, false)
        .toArray(),
      db.checkIns.toArray(),
      db.activity.where('day').between(period.start, period.end, true, true).toArray(),
    ]);
    const known = new Set([...steps, ...completed].map((task) => task.id));
    const missing = [
      ...new Set(activity.flatMap((row) => (row.taskId === undefined ? [] : [row.taskId]))),
    ].filter((id) => !known.has(id));
    const about = missing.length === 0 ? [] : await db.tasks.bulkGet(missing);
    const tasks = [...steps, ...completed, ...about.filter((task) => task !== undefined)];
    const records: ReviewRecords = { tasks, goals, checkIns, activity };
    const since = await activitySince(steps, today);
    if (since !== undefined) records.activitySince = since;
    return records;
  });
}

/**
 * The first day activity is known from, when there is data older than the activity table
 * (a database from before schema v3, or a version-1 backup imported): the day of the first
 * activity row, or today when there is none yet. Undefined when nothing predates the rows, as
 * on a database that started with schema v3, where every task added wrote a row.
 * Older data is told by a goal step made, or any task completed, before the first row's day.
 */
async function activitySince(steps: readonly Task[], today: Day): Promise<Day | undefined> {
  const firstRow = await db.activity.orderBy('day').first();
  const firstAt = firstRow === undefined ? Infinity : dayRange(firstRow.day).start;
  const older =
    steps.some((step) => step.createdAt < firstAt) ||
    (await db.tasks.where('completedAt').below(firstAt).first()) !== undefined;
  if (!older) return undefined;
  return firstRow?.day ?? today;
}
