import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { readTodayInputs } from '../../src/db/today-inputs';
import { listGoalSteps } from '../../src/db/step-order';
import { makeChore, makeGoalStep, moveTask, undoTaskMove } from '../../src/db/task-moves';
import { addTask, listOpenTasks } from '../../src/db/task-repository';
import { describeWriteError } from '../../src/db/write-error';
import { prioritize } from '../../src/domain/prioritize';
import type { Task } from '../../src/domain/types';
import { ValidationError } from '../../src/domain/validation-error';
import { makeGoal, makeTask } from '../fixtures/builders';
import { countWrites, type WriteLog } from '../fixtures/count-writes';

const NOW = Date.UTC(2026, 10, 26, 12);
const TODAY = '2026-11-26';
const weekly = { every: 'week', interval: 1, weekday: 4 } as const;

let writes: WriteLog;
beforeEach(async () => {
  writes = await countWrites();
});
afterEach(async () => {
  await writes.stop();
});

const titles = async (filter: (task: Task) => boolean = () => true) =>
  (await listOpenTasks()).filter(filter).map((task) => task.title);
const chores = () => titles((task) => task.kind === 'chore');

/** Every row that differs from `before`, by title. */
async function changedSince(before: Task[]): Promise<string[]> {
  const after = await db.tasks.toArray();
  return after
    .filter((task) => {
      const old = before.find((candidate) => candidate.id === task.id);
      return JSON.stringify(old) !== JSON.stringify(task);
    })
    .map((task) => task.title);
}

/** A, x, B, y, C, D in the one key space: x and y stand for rows Today does not show. */
async function setup() {
  const goal = makeGoal({ title: 'Novel' });
  const a = makeTask({ title: 'A' });
  const x = makeTask({ title: 'x (in the pile)' });
  const b = makeTask({ title: 'B' });
  const y = makeTask({ title: 'y (a step)', kind: 'goal', goalId: goal.id });
  const c = makeTask({ title: 'C' });
  const d = makeTask({ title: 'D' });
  await db.goals.add(goal);
  await db.tasks.bulkAdd([a, x, b, y, c, d]);
  writes.reset();
  return { goal, a, x, b, y, c, d };
}

describe('moving a task between its new neighbours', () => {
  it('writes one row, the moved task, and keeps every other row as it was', async () => {
    const { a, c, d } = await setup();
    const before = await db.tasks.toArray();
    // Visible chores A, B, C, D; A is dropped between C and D.
    expect(await moveTask(a.id, { before: c.id, after: d.id }, NOW)).toBe(true);
    expect(writes.total()).toBe(1);
    expect(writes.rows.get('tasks')).toBe(1);
    expect(await changedSince(before)).toEqual(['A']);
    expect((await db.tasks.get(a.id))?.updatedAt).toBe(NOW);
    expect(await chores()).toEqual(['x (in the pile)', 'B', 'C', 'A', 'D']);
  });

  it('lands between visible neighbours that have other rows between them', async () => {
    const { a, b, c, d } = await setup();
    // Visible chores A, B, C: C moves up between A and B, passing B; the pile row x stays put.
    await moveTask(c.id, { before: a.id, after: b.id });
    expect(await titles()).toEqual(['A', 'x (in the pile)', 'C', 'B', 'y (a step)', 'D']);
    // And down again past D, to the end.
    await moveTask(a.id, { before: d.id });
    expect(await chores()).toEqual(['x (in the pile)', 'C', 'B', 'D', 'A']);
    const keys = (await db.tasks.toArray()).map((task) => task.order);
    expect(new Set(keys).size).toBe(keys.length);
    expect(writes.total()).toBe(2);
  });

  it('moves to the top and to the bottom of a list', async () => {
    const { b, c, d } = await setup();
    await moveTask(d.id, { after: b.id });
    expect(await chores()).toEqual(['A', 'x (in the pile)', 'D', 'B', 'C']);
    await moveTask(b.id, { before: c.id });
    expect(await chores()).toEqual(['A', 'x (in the pile)', 'D', 'C', 'B']);
  });

  it('writes nothing when the task already stands there', async () => {
    const { a, b, c } = await setup();
    const before = await db.tasks.toArray();
    expect(await moveTask(b.id, { before: a.id, after: c.id })).toBe(false);
    expect(writes.total()).toBe(0);
    expect(await db.tasks.toArray()).toEqual(before);
  });

  it('refuses neighbours that changed order meanwhile, and a chore among goal steps', async () => {
    const { a, b, c, y } = await setup();
    const before = await db.tasks.toArray();
    const stale = moveTask(a.id, { before: c.id, after: b.id });
    await expect(stale).rejects.toBeInstanceOf(ValidationError);
    await expect(moveTask(a.id, { before: y.id })).rejects.toBeInstanceOf(ValidationError);
    expect(writes.total()).toBe(0);
    expect(await db.tasks.toArray()).toEqual(before);
  });

  it('says so when the task or a neighbour was deleted in another tab', async () => {
    const { a, b, c } = await setup();
    await db.tasks.update(b.id, { deletedAt: 1 });
    writes.reset();
    const failure = await moveTask(c.id, { before: a.id, after: b.id }).catch((e: unknown) => e);
    expect(describeWriteError(failure)).toContain('no longer exists');
    expect(writes.total()).toBe(0);
  });
});

describe('a chore dropped into the goal section', () => {
  async function withSteps() {
    const goal = makeGoal({ title: 'Novel' });
    const other = makeGoal({ title: 'Run' });
    const done = makeTask({ title: 'Done step', kind: 'goal', goalId: goal.id, status: 'done' });
    const first = makeTask({ title: 'First open step', kind: 'goal', goalId: goal.id });
    const second = makeTask({ title: 'Second open step', kind: 'goal', goalId: goal.id });
    const loose = makeTask({ title: 'Loose step', kind: 'goal' });
    const chore = makeTask({
      title: 'Water the plants',
      dueDate: '2026-11-26',
      recurrence: weekly,
    });
    await db.goals.bulkAdd([goal, other]);
    await db.tasks.bulkAdd([done, first, second, loose, chore]);
    writes.reset();
    return { goal, other, chore, loose };
  }

  it('becomes the goal’s next step in one write, and stops repeating', async () => {
    const { goal, chore } = await withSteps();
    const before = await db.tasks.toArray();
    const previous = await makeGoalStep(chore.id, goal.id, NOW);
    expect(writes.total()).toBe(1);
    expect(await changedSince(before)).toEqual(['Water the plants']);
    expect(previous).toEqual(chore);
    expect((await listGoalSteps(goal.id)).map((step) => step.title)).toEqual([
      'Done step',
      'Water the plants',
      'First open step',
      'Second open step',
    ]);
    const moved = await db.tasks.get(chore.id);
    expect(moved).toMatchObject({ kind: 'goal', goalId: goal.id, dueDate: '2026-11-26' });
    expect(moved?.recurrence).toBeUndefined();
    // Today shows it as the goal's entry.
    const plan = prioritize({ ...(await readTodayInputs(TODAY, 5)), today: TODAY });
    const entry = plan.goals.find((e) => e.type === 'task' && e.goal?.id === goal.id);
    expect(entry?.type === 'task' && entry.task.title).toBe('Water the plants');
  });

  it('is the only open step of a goal that had none left', async () => {
    const { other, chore } = await withSteps();
    await makeGoalStep(chore.id, other.id);
    expect((await listGoalSteps(other.id)).map((step) => step.title)).toEqual(['Water the plants']);
  });

  it('without a goal, goes first among the goal steps that belong to no goal', async () => {
    const { chore } = await withSteps();
    await makeGoalStep(chore.id, undefined);
    const loose = await titles((task) => task.kind === 'goal' && task.goalId === undefined);
    expect(loose).toEqual(['Water the plants', 'Loose step']);
    expect(writes.total()).toBe(1);
  });

  it('Undo puts back exactly the chore it was, repeat included', async () => {
    const { goal, chore } = await withSteps();
    const previous = await makeGoalStep(chore.id, goal.id, NOW);
    writes.reset();
    await undoTaskMove(previous, NOW + 1);
    expect(writes.total()).toBe(1);
    expect(await db.tasks.get(chore.id)).toEqual({ ...chore, updatedAt: NOW + 1 });
  });

  it('Undo never gives two tasks one key: a chore added since in the old place keeps it', async () => {
    const { goal, chore } = await withSteps();
    const previous = await makeGoalStep(chore.id, goal.id, NOW);
    const newcomer = await addTask({ title: 'Added meanwhile', kind: 'chore' }, NOW + 1);
    await db.tasks.update(newcomer.id, { order: chore.order }); // the key the chore left
    await undoTaskMove(previous, NOW + 2);
    const back = await db.tasks.get(chore.id);
    expect(back).toMatchObject({ kind: 'chore', recurrence: chore.recurrence });
    expect(back?.order).not.toBe(chore.order);
    // Right after the newcomer, before whatever came next.
    const orders = (await db.tasks.orderBy('order').toArray()).map((task) => task.id);
    expect(orders.indexOf(chore.id)).toBe(orders.indexOf(newcomer.id) + 1);
  });

  it('refuses a goal step, a done chore and a deleted goal, writing nothing', async () => {
    const { goal, loose } = await withSteps();
    const done = makeTask({ title: 'Done chore', status: 'done' });
    const open = makeTask({ title: 'Open chore' });
    await db.tasks.bulkAdd([done, open]);
    await db.goals.update(goal.id, { deletedAt: 1 });
    writes.reset();
    await expect(makeGoalStep(loose.id, goal.id)).rejects.toBeInstanceOf(ValidationError);
    await expect(makeGoalStep(done.id, undefined)).rejects.toBeInstanceOf(ValidationError);
    await expect(makeGoalStep(open.id, goal.id)).rejects.toThrow('no longer exists');
    expect(writes.total()).toBe(0);
  });
});

describe('a goal step dropped among the chores', () => {
  it('becomes a chore between its new neighbours in one write; Undo restores the step', async () => {
    const { goal, a, b, y } = await setup();
    const before = await db.tasks.toArray();
    const previous = await makeChore(y.id, { before: a.id, after: b.id }, NOW);
    expect(writes.total()).toBe(1);
    expect(await changedSince(before)).toEqual(['y (a step)']);
    expect(await chores()).toEqual(['A', 'y (a step)', 'x (in the pile)', 'B', 'C', 'D']);
    const chore = await db.tasks.get(y.id);
    expect(chore?.kind).toBe('chore');
    expect(chore?.goalId).toBeUndefined();

    await undoTaskMove(previous, NOW + 1);
    expect(await db.tasks.get(y.id)).toEqual({ ...y, goalId: goal.id, updatedAt: NOW + 1 });
  });

  it('goes on top of the chores with no neighbours, and first when dropped above the first', async () => {
    const { a, y } = await setup();
    await makeChore(y.id, {});
    expect((await chores())[0]).toBe('y (a step)');
    await db.tasks.update(y.id, { kind: 'goal' });
    const loose = makeTask({ title: 'Loose', kind: 'goal' });
    await db.tasks.add(loose);
    await makeChore(loose.id, { after: a.id });
    expect((await chores())[0]).toBe('Loose');
  });

  it('Undo refuses a step whose goal was deleted meanwhile', async () => {
    const { goal, a, y } = await setup();
    const previous = await makeChore(y.id, { after: a.id });
    await db.goals.update(goal.id, { deletedAt: 1 });
    writes.reset();
    await expect(undoTaskMove(previous)).rejects.toBeInstanceOf(ValidationError);
    expect(writes.total()).toBe(0);
  });
});
