// Every change a review looks back on leaves its activity row, written in the same transaction
// as the change: both are stored, or (when the activity write fails) neither.
import type { DBCore, Middleware } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import {
  createGoal,
  deleteGoal,
  markGoalAchieved,
  pauseGoal,
  restoreGoal,
  resumeGoal,
} from '../../src/db/goal-repository';
import { addImportedList, undoListImport } from '../../src/db/list-import-repository';
import { addTasks, saveTaskList } from '../../src/db/task-list-repository';
import {
  addTask,
  completeTask,
  deleteTask,
  reopenTask,
  restoreTask,
  skipOccurrence,
  snoozeTask,
} from '../../src/db/task-repository';
import type { Activity } from '../../src/domain/types';
import { makeGoal } from '../fixtures/builders';

const NOW = Date.UTC(2026, 10, 26, 12);
/** In time order; rows of one instant by type, so the order is fixed. */
const rows = async () =>
  (await db.activity.toArray()).sort((a, b) => a.at - b.at || (a.type < b.type ? -1 : 1));
const kinds = async () =>
  (await rows()).map(({ type, taskId, goalId }) => ({ type, taskId, goalId }));

describe('activity rows of task changes', () => {
  it('records added, completed, reopened, deleted and restored with the task, its kind and goal', async () => {
    const goal = makeGoal();
    await db.goals.add(goal);
    const step = await addTask({ title: 'Write 200 words', kind: 'goal', goalId: goal.id }, NOW);
    await completeTask(step.id, NOW + 1);
    await reopenTask(step.id, NOW + 2);
    await deleteTask(step.id, NOW + 3);
    await restoreTask(step.id, NOW + 4);
    const about = { taskId: step.id, goalId: goal.id };
    expect(await kinds()).toEqual([
      { type: 'added', ...about },
      { type: 'completed', ...about },
      { type: 'reopened', ...about },
      { type: 'deleted', ...about },
      { type: 'restored', ...about },
    ]);
    const [added] = await rows();
    expect(added).toEqual({
      id: expect.any(String) as string,
      at: NOW,
      day: '2026-11-26',
      type: 'added',
      taskId: step.id,
      goalId: goal.id,
      kind: 'goal',
      updatedAt: NOW,
    } satisfies Activity);
  });

  it('records the local day of the change', async () => {
    const late = new Date(2026, 10, 26, 23, 59).getTime();
    await addTask({ title: 'Late chore', kind: 'chore' }, late);
    expect((await rows())[0]).toMatchObject({ day: '2026-11-26', kind: 'chore' });
  });

  it('records a repeating chore’s completion, its next occurrence, and both undone by a reopen', async () => {
    const chore = await addTask(
      {
        title: 'Water the plants',
        kind: 'chore',
        dueDate: '2026-11-26',
        recurrence: { every: 'week', interval: 1 },
      },
      NOW,
    );
    const next = await completeTask(chore.id, NOW + 1);
    await reopenTask(chore.id, NOW + 2);
    expect(await kinds()).toEqual([
      { type: 'added', taskId: chore.id, goalId: undefined },
      { type: 'added', taskId: next?.id, goalId: undefined },
      { type: 'completed', taskId: chore.id, goalId: undefined },
      { type: 'deleted', taskId: next?.id, goalId: undefined },
      { type: 'reopened', taskId: chore.id, goalId: undefined },
    ]);
  });

  it('records a skip, and no reopen of a task that was open', async () => {
    const chore = await addTask(
      { title: 'Bins', kind: 'chore', recurrence: { every: 'day', interval: 1 } },
      NOW,
    );
    await skipOccurrence(chore.id, NOW + 1);
    await reopenTask(chore.id, NOW + 2);
    expect((await kinds()).map(({ type }) => type)).toEqual(['added', 'skipped']);
  });

  it('records a snooze with the if–then plans it showed', async () => {
    const goal = makeGoal({
      obstacles: [
        { id: 'a', obstacle: ' I am tired ', strategy: 'write before breakfast' },
        { id: 'b', obstacle: 'Half a plan', strategy: '  ' },
      ],
    });
    await db.goals.add(goal);
    const step = await addTask({ title: 'Draft', kind: 'goal', goalId: goal.id }, NOW);
    const { plans } = await snoozeTask(step.id, '2026-11-26', NOW + 1);
    const shown = [{ obstacle: 'I am tired', strategy: 'write before breakfast' }];
    expect(plans).toEqual(shown);
    expect((await rows())[1]).toMatchObject({ type: 'snoozed', taskId: step.id, plans: shown });
  });

  it('records a snooze of a goal without plans with an empty list of plans', async () => {
    const goal = makeGoal();
    await db.goals.add(goal);
    const step = await addTask({ title: 'Draft', kind: 'goal', goalId: goal.id }, NOW);
    await snoozeTask(step.id, '2026-11-26', NOW + 1);
    expect((await rows())[1]).toMatchObject({ type: 'snoozed', plans: [] });
  });

  it('records every task of a written list that was added, and nothing for a copy kept', async () => {
    const tasks = await addTasks(
      [
        { title: 'One', kind: 'chore' },
        { title: 'Two', kind: 'goal' },
      ],
      NOW,
    );
    await saveTaskList(
      [
        { title: 'Three', kind: 'chore' },
        { title: 'One', kind: 'chore', sourceId: tasks[0]!.id },
      ],
      NOW + 1,
    );
    expect((await rows()).map((row) => row.type)).toEqual(['added', 'added', 'added']);
  });
});

describe('activity rows of a list brought in', () => {
  it('records every task added, a done one too (no completion: it was done elsewhere), and Undo', async () => {
    const receipt = await addImportedList(
      [
        { title: 'Open chore', kind: 'chore', status: 'open' },
        { title: 'Done chore', kind: 'chore', status: 'done', completedAt: NOW - 5 },
        { title: 'A step', kind: 'goal', status: 'open' },
      ],
      { type: 'new', title: 'Learn Spanish' },
      '2026-11-26',
      NOW,
    );
    await undoListImport(receipt, NOW + 1);
    const types = (await rows()).map((row) => row.type);
    expect(types).toEqual(['added', 'added', 'added', 'deleted', 'deleted', 'deleted']);
    const step = (await rows()).find((row) => row.kind === 'goal');
    expect(step?.goalId).toBe(receipt.goalId);
  });
});

describe('activity rows of goal changes', () => {
  it('records steps added with a new goal, and achieved, paused, resumed when the status changes', async () => {
    const goal = await createGoal(
      {
        title: 'Run a 10k',
        why: 'To feel strong',
        measure: { type: 'steps' },
        steps: ['Shoes'],
        obstacles: [],
      },
      '2026-11-26',
      NOW,
    );
    await pauseGoal(goal.id, NOW + 1);
    await pauseGoal(goal.id, NOW + 2); // no change: no row
    await resumeGoal(goal.id, NOW + 3);
    await markGoalAchieved(goal.id, NOW + 4);
    const types = (await rows()).map((row) => row.type);
    expect(types).toEqual(['added', 'goal-paused', 'goal-resumed', 'goal-achieved']);
    const paused = (await rows())[1];
    expect(paused).toMatchObject({ goalId: goal.id, at: NOW + 1 });
    expect(paused).not.toHaveProperty('taskId');
  });

  it('records the open steps deleted with a goal, and restored with it', async () => {
    const goal = await createGoal(
      {
        title: 'Novel',
        why: 'Stories',
        measure: { type: 'steps' },
        steps: ['Outline', 'Draft'],
        obstacles: [],
      },
      '2026-11-26',
      NOW,
    );
    await deleteGoal(goal.id, NOW + 1);
    await restoreGoal(goal.id, NOW + 2);
    expect((await rows()).map((row) => row.type)).toEqual([
      'added',
      'added',
      'deleted',
      'deleted',
      'restored',
      'restored',
    ]);
  });
});

describe('one transaction', () => {
  let heal: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await heal?.();
    heal = undefined;
  });

  /** Activity writes fail like a full disk; every other table still writes. */
  async function failActivityWrites() {
    const middleware: Middleware<DBCore> = {
      stack: 'dbcore',
      name: 'fail-activity',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          if (name !== 'activity') return table;
          return {
            ...table,
            mutate: () =>
              Promise.reject(
                new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
              ),
          };
        },
      }),
    };
    db.close();
    db.use(middleware);
    await db.open();
    heal = async () => {
      db.close();
      db.unuse({ stack: 'dbcore', name: 'fail-activity' });
      await db.open();
    };
  }

  it('stores neither the change nor its row when the row cannot be written', async () => {
    const goal = makeGoal();
    await db.goals.add(goal);
    const step = await addTask({ title: 'Draft', kind: 'goal', goalId: goal.id }, NOW);
    const before = await db.tasks.toArray();
    await failActivityWrites();
    await expect(completeTask(step.id, NOW + 1)).rejects.toThrow();
    await expect(snoozeTask(step.id, '2026-11-26', NOW + 1)).rejects.toThrow();
    await expect(deleteTask(step.id, NOW + 1)).rejects.toThrow();
    await expect(addTask({ title: 'Chore', kind: 'chore' }, NOW + 1)).rejects.toThrow();
    await expect(pauseGoal(goal.id, NOW + 1)).rejects.toThrow();
    expect(await db.tasks.toArray()).toEqual(before);
    expect((await db.goals.get(goal.id))?.status).toBe('active');
    expect(await db.activity.count()).toBe(1);
  });
});
