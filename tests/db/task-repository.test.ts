import { describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import {
  addTask,
  completeTask,
  deleteTask,
  listOpenTasks,
  listTasksDoneOn,
  reopenTask,
  restoreTask,
  snoozeTask,
  updateTask,
} from '../../src/db/task-repository';
import { toDay } from '../../src/domain/day';
import { ValidationError } from '../../src/domain/validation-error';
import { makeGoal, makeTask } from '../fixtures/builders';

const titles = async () => (await listOpenTasks()).map((task) => task.title);
const snapshot = async () => ({ tasks: await db.tasks.toArray(), goals: await db.goals.toArray() });

describe('adding tasks', () => {
  it('stores a trimmed title with the defaults of a new open task', async () => {
    const now = Date.UTC(2026, 10, 26, 12);
    const task = await addTask({ title: '  Buy milk  ', kind: 'chore' }, now);
    expect(await db.tasks.get(task.id)).toEqual({
      id: task.id,
      title: 'Buy milk',
      kind: 'chore',
      status: 'open',
      order: task.order,
      snoozes: 0,
      createdAt: now,
      updatedAt: now,
    });
  });

  it.each([
    ['an empty title', ''],
    ['a title of spaces', '   \n\t '],
    ['a 501-character title', 'x'.repeat(501)],
    ['a 10,000-character title', 'y'.repeat(10_000)],
  ])('rejects %s with a clear message and writes nothing', async (_, title) => {
    await addTask({ title: 'Already here', kind: 'chore' });
    const before = await snapshot();
    const attempt = addTask({ title, kind: 'chore' });
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toThrow(/title/);
    expect(await snapshot()).toEqual(before);
  });

  it('accepts a title of exactly 500 characters', async () => {
    const task = await addTask({ title: 'z'.repeat(500), kind: 'chore' });
    expect(task.title).toHaveLength(500);
  });

  it('rejects notes over 5,000 characters and writes nothing', async () => {
    const attempt = addTask({ title: 'Fine', kind: 'chore', notes: 'n'.repeat(5001) });
    await expect(attempt).rejects.toThrow(/5,000/);
    expect(await db.tasks.count()).toBe(0);
  });

  it('rejects a step of a goal that does not exist and writes nothing', async () => {
    const attempt = addTask({ title: 'Step', kind: 'goal', goalId: 'no-such-goal' });
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    expect(await db.tasks.count()).toBe(0);
  });

  it('never links a chore to a goal', async () => {
    const goal = makeGoal();
    await db.goals.add(goal);
    const task = await addTask({ title: 'Laundry', kind: 'chore', goalId: goal.id });
    expect(task.goalId).toBeUndefined();
  });
});

describe('where new tasks go', () => {
  it('puts a new chore on top of the open chores', async () => {
    await addTask({ title: 'Laundry', kind: 'chore' });
    await addTask({ title: 'Call the plumber', kind: 'chore' });
    expect(await titles()).toEqual(['Call the plumber', 'Laundry']);
  });

  it('puts a new chore above done ones only where the first open chore is', async () => {
    const done = makeTask({ title: 'Done chore', status: 'done', completedAt: 1 });
    const open = makeTask({ title: 'Open chore' });
    await db.tasks.bulkAdd([done, open]);
    const added = await addTask({ title: 'New chore', kind: 'chore' });
    expect(done.order < added.order && added.order < open.order).toBe(true);
  });

  it('puts a new step of a goal after that goal’s last step, done steps included', async () => {
    const goal = makeGoal();
    await db.goals.add(goal);
    const first = await addTask({ title: 'Step 1', kind: 'goal', goalId: goal.id });
    await addTask({ title: 'Chore between', kind: 'chore' });
    await completeTask(first.id);
    const second = await addTask({ title: 'Step 2', kind: 'goal', goalId: goal.id });
    const third = await addTask({ title: 'Step 3', kind: 'goal', goalId: goal.id });
    expect(first.order < second.order && second.order < third.order).toBe(true);
  });

  it('puts a goal step without a goal first among the unlinked goal steps', async () => {
    await addTask({ title: 'Older idea', kind: 'goal' });
    await addTask({ title: 'Newer idea', kind: 'goal' });
    expect(await titles()).toEqual(['Newer idea', 'Older idea']);
  });

  it('never gives two tasks the same key', async () => {
    const goal = makeGoal();
    await db.goals.add(goal);
    for (let i = 0; i < 30; i++) {
      const kind = i % 3 === 0 ? 'goal' : 'chore';
      await addTask({ title: `T${i}`, kind, ...(i % 2 === 0 && { goalId: goal.id }) });
    }
    const keys = (await db.tasks.toArray()).map((task) => task.order);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('completing and reopening', () => {
  it('moves a completed task from the open list to the day it was done', async () => {
    const now = new Date(2026, 10, 26, 15, 30).getTime();
    const task = await addTask({ title: 'Water plants', kind: 'chore' }, now);
    await completeTask(task.id, now + 1000);
    expect(await titles()).toEqual([]);
    expect((await listTasksDoneOn(toDay(now))).map((t) => t.title)).toEqual(['Water plants']);
    expect(await listTasksDoneOn('2026-11-27')).toEqual([]);
    expect(await listTasksDoneOn('2026-11-25')).toEqual([]);
  });

  it('reopens a task in its old place', async () => {
    await addTask({ title: 'C', kind: 'chore' });
    const middle = await addTask({ title: 'B', kind: 'chore' });
    await addTask({ title: 'A', kind: 'chore' });
    await completeTask(middle.id);
    expect(await titles()).toEqual(['A', 'C']);
    await reopenTask(middle.id);
    expect(await titles()).toEqual(['A', 'B', 'C']);
    expect((await db.tasks.get(middle.id))?.completedAt).toBeUndefined();
  });
});

describe('deleting and restoring', () => {
  it('hides a deleted task everywhere but keeps the row for undo', async () => {
    const task = await addTask({ title: 'Mistake', kind: 'chore' });
    await deleteTask(task.id, 42);
    expect(await titles()).toEqual([]);
    expect(await db.tasks.get(task.id)).toMatchObject({ deletedAt: 42, updatedAt: 42 });
  });

  it('restores a deleted task in its old place', async () => {
    await addTask({ title: 'C', kind: 'chore' });
    const middle = await addTask({ title: 'B', kind: 'chore' });
    await addTask({ title: 'A', kind: 'chore' });
    await deleteTask(middle.id);
    await restoreTask(middle.id);
    expect(await titles()).toEqual(['A', 'B', 'C']);
    expect(await db.tasks.get(middle.id)).not.toHaveProperty('deletedAt');
  });

  it('refuses to complete a deleted task', async () => {
    const task = await addTask({ title: 'Gone', kind: 'chore' });
    await deleteTask(task.id);
    await expect(completeTask(task.id)).rejects.toThrow(/no longer exists/);
  });
});

describe('editing', () => {
  it('applies the title rules and writes nothing when they fail', async () => {
    const task = await addTask({ title: 'Before', kind: 'chore' });
    await expect(updateTask(task.id, { title: ' ' })).rejects.toBeInstanceOf(ValidationError);
    expect((await db.tasks.get(task.id))?.title).toBe('Before');
    await updateTask(task.id, { title: ' After ', notes: 'Some notes' }, 99);
    expect(await db.tasks.get(task.id)).toMatchObject({
      title: 'After',
      notes: 'Some notes',
      updatedAt: 99,
    });
  });

  it('clears notes', async () => {
    const task = await addTask({ title: 'T', kind: 'chore', notes: 'old' });
    await updateTask(task.id, { notes: null });
    expect(await db.tasks.get(task.id)).not.toHaveProperty('notes');
  });

  it('re-places a chore that becomes a goal step of a goal after the goal’s last step', async () => {
    const goal = makeGoal();
    await db.goals.add(goal);
    const step = await addTask({ title: 'Step 1', kind: 'goal', goalId: goal.id });
    const chore = await addTask({ title: 'Was a chore', kind: 'chore' });
    await updateTask(chore.id, { kind: 'goal', goalId: goal.id });
    const changed = await db.tasks.get(chore.id);
    expect(changed).toMatchObject({ kind: 'goal', goalId: goal.id });
    expect(changed!.order > step.order).toBe(true);
  });

  it('drops the goal of a goal step that becomes a chore and puts it on top of the chores', async () => {
    const goal = makeGoal();
    await db.goals.add(goal);
    await addTask({ title: 'Chore', kind: 'chore' });
    const step = await addTask({ title: 'Step', kind: 'goal', goalId: goal.id });
    await updateTask(step.id, { kind: 'chore' });
    expect(await db.tasks.get(step.id)).not.toHaveProperty('goalId');
    const chores = (await listOpenTasks()).filter((task) => task.kind === 'chore');
    expect(chores.map((task) => task.title)).toEqual(['Step', 'Chore']);
  });
});

describe('snoozing a goal step', () => {
  it('mutes it until tomorrow and counts every snooze', async () => {
    const goal = makeGoal();
    await db.goals.add(goal);
    const step = await addTask({ title: 'Write 200 words', kind: 'goal', goalId: goal.id });
    const first = await snoozeTask(step.id, '2026-11-30', 5);
    expect(first.task).toMatchObject({ snoozedUntil: '2026-12-01', snoozes: 1, updatedAt: 5 });
    await snoozeTask(step.id, '2026-12-01');
    expect(await db.tasks.get(step.id)).toMatchObject({ snoozedUntil: '2026-12-02', snoozes: 2 });
  });

  it('refuses chores, done steps and deleted steps, writing nothing', async () => {
    const chore = await addTask({ title: 'Laundry', kind: 'chore' });
    const done = await addTask({ title: 'Done step', kind: 'goal' });
    await completeTask(done.id);
    const gone = await addTask({ title: 'Gone step', kind: 'goal' });
    await deleteTask(gone.id);
    const before = await snapshot();
    await expect(snoozeTask(chore.id, '2026-11-30')).rejects.toThrow('Only goal steps');
    await expect(snoozeTask(done.id, '2026-11-30')).rejects.toThrow('already done');
    await expect(snoozeTask(gone.id, '2026-11-30')).rejects.toThrow('no longer exists');
    expect(await snapshot()).toEqual(before);
  });
});
