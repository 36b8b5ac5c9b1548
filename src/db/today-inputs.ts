// What Today needs from the database, and no more: a window of the chores that provably decides
// the visible ones, instead of every open chore (10,000 of them cost ~100 ms to read, and the
// read runs again after every change).
//
// prioritize picks the visible chores by urgency (overdue, due today, scheduled for today or
// before), then manual order. So it is enough to hand it every urgent chore (read by day from
// the v2 day indexes, a small set) and the first `choreCap` chores in manual order: if k urgent
// chores are visible, the other choreCap − k visible ones are the first non-urgent chores in
// manual order, and at least that many non-urgent chores sit among the first choreCap. The rest
// of the pile is only counted (live open chores − the visible ones) and read page by page when
// the user opens it (listPileChores).
//
// Speed (DESIGN.md §8, a quick add shown ≤ 50 ms with 10,000 tasks): these are plain queries,
// not one explicit read transaction, because Dexie 4 caches the results of plain live queries
// and patches them in memory when a plain write (one outside db.transaction) lands, instead of
// reading again. A moment where the reads disagree (a goal deleted between two of them) lasts
// until the next re-run, a few milliseconds, and prioritize copes with any mix (a step of a
// missing goal shows unlinked).
import Dexie from 'dexie';
import type { CheckIn, Day, Goal, Task } from '../domain/types';
import { db } from './database';
import { isLive } from './task-repository';

export interface TodayInputs {
  tasks: Task[];
  goals: Goal[];
  checkIns: CheckIn[];
  /** Every live open chore, counted, whether or not it is in `tasks`. */
  openChoreCount: number;
}

const byStatusAndKind = (status: Task['status'], kind: Task['kind']) =>
  db.tasks
    .where('[status+kind+order]')
    .between([status, kind, Dexie.minKey], [status, kind, Dexie.maxKey]);

const openChores = () => byStatusAndKind('open', 'chore');

/** Open chores dated `today` or earlier by one of the v2 day indexes. */
const dueBy = (index: '[status+kind+dueDate]' | '[status+kind+scheduledFor]', today: Day) =>
  db.tasks
    .where(index)
    .between(['open', 'chore', Dexie.minKey], ['open', 'chore', today], true, true)
    .toArray();

export async function readTodayInputs(today: Day, choreCap: number): Promise<TodayInputs> {
  const [openSteps, doneSteps, due, scheduled, first, goals, checkIns, allOpen, deletedOpen] =
    await Promise.all([
      // Open goal steps, with or without a goal.
      byStatusAndKind('open', 'goal').toArray(),
      // Done goal steps: their goals' progress and last-progress day. (Not every step of every
      // goal: the open ones are read just above, and every row a live query reads costs on
      // each change, issue 20.)
      byStatusAndKind('done', 'goal').toArray(),
      dueBy('[status+kind+dueDate]', today),
      dueBy('[status+kind+scheduledFor]', today),
      openChores().filter(isLive).limit(choreCap).toArray(),
      db.goals.toArray(),
      db.checkIns.toArray(),
      openChores().count(),
      db.tasks
        .where('[status+kind+deletedAt]')
        .between(['open', 'chore', Dexie.minKey], ['open', 'chore', Dexie.maxKey])
        .count(),
    ]);
  const chores = new Map<string, Task>();
  for (const task of [...due, ...scheduled, ...first]) if (isLive(task)) chores.set(task.id, task);
  return {
    tasks: [...openSteps.filter(isLive), ...doneSteps.filter(isLive), ...chores.values()],
    goals: goals.filter(isLive),
    checkIns: checkIns.filter(isLive),
    openChoreCount: allOpen - deletedOpen,
  };
}

/**
 * One page of the folded pile: open chores in manual order that are not among `shown` (the
 * visible chores), from the `offset`-th such chore on.
 */
export async function listPileChores(
  shown: ReadonlySet<string>,
  offset: number,
  limit: number,
): Promise<Task[]> {
  return openChores()
    .filter((task) => isLive(task) && !shown.has(task.id))
    .offset(offset)
    .limit(limit)
    .toArray();
}
