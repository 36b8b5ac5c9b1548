// Everything prioritize needs, read in one transaction so the plan never mixes two moments:
// open tasks, the done steps of goals (they carry progress and the last-progress day), live
// goals and live check-ins. Done chores stay out: years of them would only cost reading time.
import Dexie from 'dexie';
import type { CheckIn, Goal, Task } from '../domain/types';
import { db } from './database';
import { listOpenTasks } from './task-repository';

export interface PlanInputs {
  tasks: Task[];
  goals: Goal[];
  checkIns: CheckIn[];
}

export function readPlanInputs(): Promise<PlanInputs> {
  return db.transaction('r', db.tasks, db.goals, db.checkIns, async () => {
    const [open, doneSteps, goals, checkIns] = await Promise.all([
      listOpenTasks(),
      db.tasks
        .where('[goalId+order]')
        .between([Dexie.minKey], [Dexie.maxKey])
        .filter((task) => task.status === 'done' && task.deletedAt === undefined)
        .toArray(),
      db.goals.filter((goal) => goal.deletedAt === undefined).toArray(),
      db.checkIns.filter((checkIn) => checkIn.deletedAt === undefined).toArray(),
    ]);
    return { tasks: [...open, ...doneSteps], goals, checkIns };
  });
}
