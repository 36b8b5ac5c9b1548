import { describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { addImportedList, undoListImport } from '../../src/db/list-import-repository';
import { addTask, listOpenTasks } from '../../src/db/task-repository';
import type { PlannedTask } from '../../src/domain/list-import/import-plan';
import { sortByOrder } from '../../src/domain/order-key';
import { makeGoal, makeTask } from '../fixtures/builders';
import { failWrites, quotaError } from '../fixtures/fail-writes';

const TODAY = '2027-01-20';
const NOW = Date.UTC(2027, 0, 20, 12);
const chore = (title: string, more: Partial<PlannedTask> = {}): PlannedTask => ({
  title,
  kind: 'chore',
  status: 'open',
  ...more,
});
const step = (title: string, more: Partial<PlannedTask> = {}): PlannedTask =>
  chore(title, { kind: 'goal', ...more });
const snapshot = async () => ({ tasks: await db.tasks.toArray(), goals: await db.goals.toArray() });
const allTitles = async () => sortByOrder(await db.tasks.toArray()).map((task) => task.title);

describe('addImportedList', () => {
  it('adds chores in the list’s order above the chores already there, with their dates', async () => {
    await addTask({ title: 'Old chore', kind: 'chore' });
    const receipt = await addImportedList(
      [
        chore('First', { dueDate: '2027-02-01' }),
        chore('Second', { recurrence: { every: 'week', interval: 1, weekday: 1 } }),
        chore('Third', { scheduledFor: '2027-01-22', notes: 'From TickTick' }),
      ],
      { type: 'none' },
      TODAY,
      NOW,
    );
    expect((await listOpenTasks()).map((task) => task.title)).toEqual([
      'First',
      'Second',
      'Third',
      'Old chore',
    ]);
    const [first, second, third] = await db.tasks.bulkGet(receipt.taskIds);
    expect(first).toMatchObject({ kind: 'chore', status: 'open', dueDate: '2027-02-01' });
    expect(first).toMatchObject({ createdAt: NOW, updatedAt: NOW, snoozes: 0 });
    // A repeat needs a due date to count from: the first Monday from today.
    expect(second).toMatchObject({
      recurrence: { every: 'week', interval: 1, weekday: 1 },
      dueDate: '2027-01-25',
    });
    expect(third).toMatchObject({ scheduledFor: '2027-01-22', notes: 'From TickTick' });
    expect(receipt).toMatchObject({ goalSteps: 0, chores: 3 });
  });

  it('brings done items in as done, with the completion time the source gave, or none', async () => {
    const receipt = await addImportedList(
      [
        chore('Open one'),
        chore('Done one', { status: 'done', completedAt: NOW - 5000 }),
        chore('Done, no time', { status: 'done' }),
      ],
      { type: 'none' },
      TODAY,
      NOW,
    );
    const [, done, noTime] = await db.tasks.bulkGet(receipt.taskIds);
    expect(done).toMatchObject({ status: 'done', completedAt: NOW - 5000 });
    expect(noTime).toMatchObject({ status: 'done' });
    expect(noTime?.completedAt).toBeUndefined(); // not "done today": nobody knows when
    expect(await allTitles()).toEqual(['Open one', 'Done one', 'Done, no time']);
  });

  it('puts marked items under a new goal, created at the end of the goal order', async () => {
    const existing = makeGoal({ title: 'Learn the cello' });
    await db.goals.add(existing);
    const receipt = await addImportedList(
      [chore('Laundry'), step('Write chapter one'), chore('Dishes'), step('Write chapter two')],
      { type: 'new', title: '  Write a novel ' },
      TODAY,
      NOW,
    );
    expect(receipt).toMatchObject({ goalSteps: 2, chores: 2 });
    const goal = await db.goals.get(receipt.goalId ?? '');
    expect(goal).toMatchObject({
      title: 'Write a novel',
      status: 'active',
      why: '',
      measure: { type: 'steps' },
    });
    expect((goal?.order ?? '') > existing.order).toBe(true);
    const steps = sortByOrder(
      (await db.tasks.toArray()).filter((task) => task.goalId === goal?.id),
    );
    expect(steps.map((task) => task.title)).toEqual(['Write chapter one', 'Write chapter two']);
  });

  it('puts marked items after the last step of an existing goal', async () => {
    const goal = makeGoal({ title: 'Run a 10k' });
    await db.goals.add(goal);
    await db.tasks.add(makeTask({ title: 'Buy shoes', kind: 'goal', goalId: goal.id }));
    await addImportedList(
      [step('Run 2 km'), step('Run 4 km')],
      { type: 'existing', goalId: goal.id },
      TODAY,
      NOW,
    );
    const steps = sortByOrder((await db.tasks.toArray()).filter((task) => task.goalId === goal.id));
    expect(steps.map((task) => task.title)).toEqual(['Buy shoes', 'Run 2 km', 'Run 4 km']);
  });

  it('puts goal steps without a goal above the unlinked goal steps already there', async () => {
    await addTask({ title: 'Old idea', kind: 'goal' });
    await addImportedList(
      [step('New idea one'), step('New idea two')],
      { type: 'none' },
      TODAY,
      NOW,
    );
    const unlinked = (await listOpenTasks()).filter((task) => task.kind === 'goal');
    expect(unlinked.map((task) => task.title)).toEqual([
      'New idea one',
      'New idea two',
      'Old idea',
    ]);
  });

  it.each([
    ['a title of 501 characters', chore('x'.repeat(501)), /Item 2: That title is 501 characters/],
    [
      'notes over 5,000 characters',
      chore('Fine', { notes: 'n'.repeat(5001) }),
      /Item 2: Notes are 5,001/,
    ],
    [
      'a repeating goal step',
      step('Run', { recurrence: { every: 'day', interval: 1 } }),
      /Item 2: Only chores repeat/,
    ],
    [
      'a day that does not exist',
      chore('Fine', { dueDate: '2027-02-30' }),
      /Item 2: The due date must be a real calendar day/,
    ],
  ])('refuses %s, naming the item, and writes nothing', async (_, bad, message) => {
    await addTask({ title: 'Already here', kind: 'chore' });
    const before = await snapshot();
    await expect(
      addImportedList([chore('Good'), bad], { type: 'none' }, TODAY, NOW),
    ).rejects.toThrow(message);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a goal that was deleted meanwhile, and an empty new goal title', async () => {
    const goal = makeGoal({ deletedAt: NOW });
    await db.goals.add(goal);
    await expect(
      addImportedList([step('A')], { type: 'existing', goalId: goal.id }, TODAY, NOW),
    ).rejects.toThrow('That goal no longer exists');
    await expect(
      addImportedList([step('A')], { type: 'new', title: '  ' }, TODAY, NOW),
    ).rejects.toThrow(/a goal needs a few words/);
    expect(await db.tasks.count()).toBe(0);
    expect(await db.goals.count()).toBe(1);
  });

  it('writes nothing when the disk fills during the import', async () => {
    await addTask({ title: 'Already here', kind: 'chore' });
    const before = await snapshot();
    const heal = await failWrites(quotaError);
    try {
      await expect(
        addImportedList([chore('A'), step('B')], { type: 'new', title: 'Goal' }, TODAY, NOW),
      ).rejects.toThrow();
    } finally {
      await heal();
    }
    expect(await snapshot()).toEqual(before);
  });

  it('adds 5,000 items in one go, in order, and refuses 5,001', async () => {
    const many = Array.from({ length: 5000 }, (_, i) => chore(`Item ${i + 1}`));
    await addImportedList(many, { type: 'none' }, TODAY, NOW);
    const titles = await allTitles();
    expect(titles).toHaveLength(5000);
    expect(titles.slice(0, 3)).toEqual(['Item 1', 'Item 2', 'Item 3']);
    expect(titles.at(-1)).toBe('Item 5000');
    await expect(
      addImportedList([...many, chore('One more')], { type: 'none' }, TODAY, NOW),
    ).rejects.toThrow('add up to 5,000 at a time');
  });
});

describe('undoListImport', () => {
  it('soft-deletes everything the import added, and the goal it created, and nothing else', async () => {
    await addTask({ title: 'Mine', kind: 'chore' });
    const receipt = await addImportedList(
      [chore('Laundry'), step('Write chapter one')],
      { type: 'new', title: 'Write a novel' },
      TODAY,
      NOW,
    );
    const removed = await undoListImport(receipt, NOW + 1000);
    expect(removed).toBe(2);
    expect((await listOpenTasks()).map((task) => task.title)).toEqual(['Mine']);
    expect((await db.goals.get(receipt.goalId ?? ''))?.deletedAt).toBe(NOW + 1000);
    const imported = await db.tasks.bulkGet(receipt.taskIds);
    expect(imported.map((task) => task?.deletedAt)).toEqual([NOW + 1000, NOW + 1000]);
  });

  it('leaves a task deleted since the import as it was', async () => {
    const receipt = await addImportedList([chore('A'), chore('B')], { type: 'none' }, TODAY, NOW);
    await db.tasks.update(receipt.taskIds[0] ?? '', { deletedAt: NOW + 10 });
    expect(await undoListImport(receipt, NOW + 20)).toBe(1);
    expect((await db.tasks.get(receipt.taskIds[0] ?? ''))?.deletedAt).toBe(NOW + 10);
  });

  it('keeps an existing goal the steps went to', async () => {
    const goal = makeGoal();
    await db.goals.add(goal);
    const receipt = await addImportedList(
      [step('A')],
      { type: 'existing', goalId: goal.id },
      TODAY,
      NOW,
    );
    await undoListImport(receipt, NOW + 1);
    expect((await db.goals.get(goal.id))?.deletedAt).toBeUndefined();
  });
});
