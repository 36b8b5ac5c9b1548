import { describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { listGoalSteps, moveStep } from '../../src/db/step-order';
import { addTask, listOpenTasks } from '../../src/db/task-repository';
import { ValidationError } from '../../src/domain/validation-error';
import { makeGoal, makeTask } from '../fixtures/builders';

const stepTitles = async (goalId: string) => (await listGoalSteps(goalId)).map((s) => s.title);

async function setup() {
  const goal = makeGoal({ title: 'Novel' });
  const other = makeGoal({ title: 'Run' });
  await db.goals.bulkAdd([goal, other]);
  // Steps of two goals and a chore interleaved in the one key space (builders give keys in
  // creation order): A, Chore 1, Run 1, B, Run 2, C.
  const a = makeTask({ title: 'A', kind: 'goal', goalId: goal.id });
  const chore = makeTask({ title: 'Chore 1' });
  const run1 = makeTask({ title: 'Run 1', kind: 'goal', goalId: other.id });
  const b = makeTask({ title: 'B', kind: 'goal', goalId: goal.id });
  const run2 = makeTask({ title: 'Run 2', kind: 'goal', goalId: other.id });
  const c = makeTask({ title: 'C', kind: 'goal', goalId: goal.id });
  await db.tasks.bulkAdd([a, chore, run1, b, run2, c]);
  return { goal, other, a, b, c };
}

describe('moving a step on its goal page', () => {
  it('moves a step up and down among its goal’s steps only', async () => {
    const { goal, other, a, c } = await setup();
    const otherBefore = await stepTitles(other.id);
    expect(await moveStep(c.id, 'up')).toBe(true);
    expect(await stepTitles(goal.id)).toEqual(['A', 'C', 'B']);
    expect(await moveStep(c.id, 'up')).toBe(true);
    expect(await stepTitles(goal.id)).toEqual(['C', 'A', 'B']);
    expect(await moveStep(a.id, 'down')).toBe(true);
    expect(await stepTitles(goal.id)).toEqual(['C', 'B', 'A']);
    expect(await stepTitles(other.id)).toEqual(otherBefore);
    const keys = (await db.tasks.toArray()).map((task) => task.order);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('writes only the moved step', async () => {
    const { b } = await setup();
    const before = await db.tasks.toArray();
    await moveStep(b.id, 'up', 77);
    const after = await db.tasks.toArray();
    const changed = after.filter((task) => {
      const old = before.find((candidate) => candidate.id === task.id);
      return JSON.stringify(old) !== JSON.stringify(task);
    });
    expect(changed.map((task) => [task.title, task.updatedAt])).toEqual([['B', 77]]);
  });

  it('lands just before (or after) the step it passes in the one list of all tasks', async () => {
    const { a, c } = await setup();
    const all = async () => (await listOpenTasks()).map((task) => task.title);
    // C passes B and lands between Run 1 and B; then A passes C and lands between C and B.
    await moveStep(c.id, 'up');
    const afterUp = await all();
    expect(afterUp).toEqual(['A', 'Chore 1', 'Run 1', 'C', 'B', 'Run 2']);
    await moveStep(a.id, 'down');
    expect(await all()).toEqual(['Chore 1', 'Run 1', 'C', 'A', 'B', 'Run 2']);
  });

  it('does nothing at either end and skips deleted steps', async () => {
    const { goal, a, b, c } = await setup();
    const before = await db.tasks.toArray();
    expect(await moveStep(a.id, 'up')).toBe(false);
    expect(await moveStep(c.id, 'down')).toBe(false);
    expect(await db.tasks.toArray()).toEqual(before);
    await db.tasks.update(b.id, { deletedAt: 1 });
    await moveStep(c.id, 'up');
    expect(await stepTitles(goal.id)).toEqual(['C', 'A']);
  });

  it('refuses a step with no goal', async () => {
    const loose = await addTask({ title: 'Loose', kind: 'goal' });
    await expect(moveStep(loose.id, 'up')).rejects.toBeInstanceOf(ValidationError);
  });
});
