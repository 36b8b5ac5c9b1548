// Everything prioritize needs: open tasks, the done steps of goals (they carry progress and the
// last-progress day), live goals and live check-ins. Done chores stay out: years of them would
// only cost reading time.
//
// Speed (DESIGN.md §8, a quick add shown ≤ 50 ms with 10,000 tasks): these are four plain
// queries, not one explicit read transaction, because Dexie 4 caches the results of plain
// live queries and patches them in memory when a plain write (one outside db.transaction)
// lands, instead of reading 10,000 rows again (about 100 ms in Chromium). A moment where the
// four reads disagree (a goal deleted between two of them) lasts until the next re-run, a few
// milliseconds, and prioritize copes with any mix (a step of a missing goal shows unlinked).
import Dexie from 'dexie';
import type { CheckIn, Goal, Task } from '../domain/types';
import { db } from './database';
import { isLive, listOpenTasks } from './task-repository';

export interface PlanInputs {
  tasks: Task[];
  goals: Goal[];
  checkIns: CheckIn[];
}

export async function readPlanInputs(): Promise<PlanInputs> {
  // Whole ranges read with getAll and filtered here (see listOpenTasks for why).
  const [open, steps, goals, checkIns] = await Promise.all([
    listOpenTasks(),
    db.tasks.where('[goalId+order]').between([Dexie.minKey], [Dexie.maxKey]).toArray(),
    db.goals.toArray(),
    db.checkIns.toArray(),
  ]);
  const doneSteps = steps.filter((task) => task.status === 'done' && isLive(task));
  return {
    tasks: [...open, ...doneSteps],
    goals: goals.filter(isLive),
    checkIns: checkIns.filter(isLive),
  };
}
