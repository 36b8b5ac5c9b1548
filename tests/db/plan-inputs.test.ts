import { describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { readPlanInputs } from '../../src/db/plan-inputs';
import { makeCheckIn, makeGoal, makeTask } from '../fixtures/builders';

describe('readPlanInputs', () => {
  it('reads open tasks, done goal steps, live goals and live check-ins, nothing else', async () => {
    const goal = makeGoal();
    const gone = makeGoal({ deletedAt: 5 });
    const open = makeTask({ title: 'open chore' });
    const step = makeTask({ title: 'open step', kind: 'goal', goalId: goal.id });
    const doneStep = makeTask({ kind: 'goal', goalId: goal.id, status: 'done', completedAt: 9 });
    const doneChore = makeTask({ status: 'done', completedAt: 9 });
    const deletedStep = makeTask({ kind: 'goal', goalId: goal.id, status: 'done', deletedAt: 9 });
    const checkIn = makeCheckIn({ goalId: goal.id });
    const deletedCheckIn = makeCheckIn({ goalId: goal.id, deletedAt: 3 });
    await db.tasks.bulkAdd([open, step, doneStep, doneChore, deletedStep]);
    await db.goals.bulkAdd([goal, gone]);
    await db.checkIns.bulkAdd([checkIn, deletedCheckIn]);

    const inputs = await readPlanInputs();
    expect(inputs.tasks.map((t) => t.id).sort()).toEqual([open.id, step.id, doneStep.id].sort());
    expect(inputs.goals).toEqual([goal]);
    expect(inputs.checkIns).toEqual([checkIn]);
  });
});
