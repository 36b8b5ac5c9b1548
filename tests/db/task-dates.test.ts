// Due dates, scheduled days and repeating chores in the task repository (fake-indexeddb).
import type { DBCore, Middleware } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import {
  addTask,
  completeTask,
  deleteTask,
  listOpenTasks,
  reopenTask,
  skipOccurrence,
  updateTask,
} from '../../src/db/task-repository';
import type { Recurrence, Task } from '../../src/domain/types';
import { ValidationError } from '../../src/domain/validation-error';
import { makeGoal } from '../fixtures/builders';

/** Local noon of a day, as the `now` of a write. */
const at = (day: string, hour = 12) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, hour).getTime();
};
const monthly: Recurrence = { every: 'month', interval: 1 };
const weekly: Recurrence = { every: 'week', interval: 1 };
const snapshot = () => db.tasks.toArray();
const openChores = async () => (await listOpenTasks()).filter((task) => task.kind === 'chore');

describe('adding tasks with dates', () => {
  it('stores a due date and a scheduled day', async () => {
    const task = await addTask({
      title: 'File taxes',
      kind: 'chore',
      dueDate: '2027-03-12',
      scheduledFor: '2027-03-10',
    });
    expect(await db.tasks.get(task.id)).toMatchObject({
      dueDate: '2027-03-12',
      scheduledFor: '2027-03-10',
    });
    expect(await db.tasks.get(task.id)).not.toHaveProperty('recurrence');
  });

  it.each([
    ['a day that does not exist', { dueDate: '2027-02-30' }, /due date/],
    ['a day in another format', { dueDate: '12/03/2027' }, /due date/],
    ['an empty due date', { dueDate: '' }, /due date/],
    ['a bad scheduled day', { scheduledFor: '2027-13-01' }, /scheduled day/],
  ])('refuses %s and writes nothing', async (_, dates, message) => {
    const attempt = addTask({ title: 'Dated', kind: 'chore', ...dates });
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toThrow(message);
    expect(await db.tasks.count()).toBe(0);
  });

  it('stores a monthly rule with its anchor day taken from the due date', async () => {
    const task = await addTask({
      title: 'Pay rent',
      kind: 'chore',
      dueDate: '2027-01-31',
      recurrence: monthly,
    });
    expect((await db.tasks.get(task.id))?.recurrence).toEqual({ ...monthly, monthDay: 31 });
  });

  it('gives a repeating chore without a due date its first occurrence from today', async () => {
    const task = await addTask(
      { title: 'Bins', kind: 'chore', recurrence: { every: 'week', interval: 1, weekday: 1 } },
      at('2027-01-13'), // a Wednesday
    );
    expect((await db.tasks.get(task.id))?.dueDate).toBe('2027-01-18');
  });

  it.each<[string, Partial<Recurrence>, RegExp]>([
    ['interval 0', { every: 'day', interval: 0 }, /1 to 999/],
    ['a fractional interval', { every: 'day', interval: 2.5 }, /1 to 999/],
    ['weekday 7', { every: 'week', interval: 1, weekday: 7 }, /weekday/],
    ['month day 32', { every: 'month', interval: 1, monthDay: 32 }, /day of the month/],
    ['an unknown unit', { every: 'fortnight' as 'week', interval: 1 }, /day, week or month/],
  ])('refuses a rule with %s and writes nothing', async (_, rule, message) => {
    const attempt = addTask({ title: 'Odd', kind: 'chore', recurrence: rule as Recurrence });
    await expect(attempt).rejects.toThrow(message);
    expect(await db.tasks.count()).toBe(0);
  });

  it('refuses a repeating goal step and writes nothing', async () => {
    const goal = makeGoal();
    await db.goals.add(goal);
    const attempt = addTask({ title: 'Run', kind: 'goal', goalId: goal.id, recurrence: weekly });
    await expect(attempt).rejects.toThrow(/Only chores repeat/);
    expect(await db.tasks.count()).toBe(0);
  });
});

describe('editing dates and repeats', () => {
  it('sets, changes and clears the due date and the scheduled day', async () => {
    const task = await addTask({ title: 'Essay', kind: 'chore' });
    await updateTask(task.id, { dueDate: '2027-01-22', scheduledFor: '2027-01-18' }, 5);
    expect(await db.tasks.get(task.id)).toMatchObject({
      dueDate: '2027-01-22',
      scheduledFor: '2027-01-18',
      updatedAt: 5,
    });
    await updateTask(task.id, { dueDate: '2027-01-25' });
    expect(await db.tasks.get(task.id)).toMatchObject({
      dueDate: '2027-01-25',
      scheduledFor: '2027-01-18',
    });
    await updateTask(task.id, { dueDate: null, scheduledFor: null });
    const cleared = await db.tasks.get(task.id);
    expect(cleared).not.toHaveProperty('dueDate');
    expect(cleared).not.toHaveProperty('scheduledFor');
  });

  it('refuses a bad day and changes nothing', async () => {
    const task = await addTask({ title: 'Essay', kind: 'chore', dueDate: '2027-01-22' });
    const before = await snapshot();
    await expect(updateTask(task.id, { title: 'New', dueDate: '2027-02-29' })).rejects.toThrow(
      /due date/,
    );
    await expect(updateTask(task.id, { scheduledFor: 'soon' })).rejects.toThrow(/scheduled/);
    expect(await snapshot()).toEqual(before);
  });

  it('makes a chore repeat, changes its rule and stops it', async () => {
    const task = await addTask({ title: 'Laundry', kind: 'chore', dueDate: '2027-01-15' });
    await updateTask(task.id, { recurrence: { every: 'week', interval: 2 } });
    expect((await db.tasks.get(task.id))?.recurrence).toEqual({ every: 'week', interval: 2 });
    await updateTask(task.id, { recurrence: monthly });
    expect((await db.tasks.get(task.id))?.recurrence).toEqual({ ...monthly, monthDay: 15 });
    await updateTask(task.id, { recurrence: null });
    const stopped = await db.tasks.get(task.id);
    expect(stopped).not.toHaveProperty('recurrence');
    expect(stopped?.dueDate).toBe('2027-01-15'); // stopping keeps the due date
  });

  it('keeps the anchor day when only the title changes', async () => {
    const task = await addTask({
      title: 'Rent',
      kind: 'chore',
      dueDate: '2027-02-28',
      recurrence: { ...monthly, monthDay: 31 },
    });
    await updateTask(task.id, { title: 'Pay rent' });
    expect((await db.tasks.get(task.id))?.recurrence).toEqual({ ...monthly, monthDay: 31 });
  });

  it('gives a chore that starts repeating without a due date its first occurrence', async () => {
    const task = await addTask({ title: 'Floss', kind: 'chore' });
    await updateTask(task.id, { recurrence: { every: 'day', interval: 1 } }, at('2027-01-13'));
    expect((await db.tasks.get(task.id))?.dueDate).toBe('2027-01-13');
  });

  it('refuses to turn a repeating chore into a goal step unless the repeat stops too', async () => {
    const task = await addTask({ title: 'Stretch', kind: 'chore', recurrence: weekly });
    const before = await snapshot();
    await expect(updateTask(task.id, { kind: 'goal' })).rejects.toThrow(/Only chores repeat/);
    expect(await snapshot()).toEqual(before);
    await updateTask(task.id, { kind: 'goal', recurrence: null });
    const step = await db.tasks.get(task.id);
    expect(step?.kind).toBe('goal');
    expect(step).not.toHaveProperty('recurrence');
  });

  it('refuses a bad rule and changes nothing', async () => {
    const task = await addTask({ title: 'Stretch', kind: 'chore', recurrence: weekly });
    const before = await snapshot();
    await expect(
      updateTask(task.id, { recurrence: { every: 'week', interval: 1, weekday: 9 } }),
    ).rejects.toThrow(/weekday/);
    expect(await snapshot()).toEqual(before);
  });
});

describe('completing a repeating chore', () => {
  const addRent = (notes?: string) =>
    addTask({
      title: 'Pay rent',
      kind: 'chore',
      dueDate: '2027-01-31',
      recurrence: monthly,
      ...(notes !== undefined && { notes }),
    });

  it('creates the next occurrence from the due date, in the same write', async () => {
    const rent = await addRent('Account 12');
    const now = at('2027-01-30');
    const next = await completeTask(rent.id, now);
    expect(await db.tasks.get(rent.id)).toMatchObject({ status: 'done', completedAt: now });
    expect(next).toBeDefined();
    expect(await db.tasks.get(next!.id)).toEqual({
      id: next!.id,
      title: 'Pay rent',
      notes: 'Account 12',
      kind: 'chore',
      status: 'open',
      order: next!.order,
      dueDate: '2027-02-28',
      recurrence: { ...monthly, monthDay: 31 },
      snoozes: 0,
      createdAt: now,
      updatedAt: now,
    });
    // And from 28 Feb back to the anchor: 31 Mar.
    const third = await completeTask(next!.id, at('2027-02-28'));
    expect(third?.dueDate).toBe('2027-03-31');
  });

  it('jumps to the first occurrence after today when long overdue', async () => {
    const bins = await addTask({
      title: 'Bins',
      kind: 'chore',
      dueDate: '2026-11-02', // a Monday, ten weeks ago
      recurrence: weekly,
    });
    const next = await completeTask(bins.id, at('2027-01-13'));
    expect(next?.dueDate).toBe('2027-01-18');
  });

  it('places the next occurrence like a new chore: on top of the open chores', async () => {
    await addTask({ title: 'Older chore', kind: 'chore' });
    const rent = await addRent();
    await addTask({ title: 'Newest chore', kind: 'chore' });
    await completeTask(rent.id, at('2027-01-31'));
    expect((await openChores()).map((task) => task.title)).toEqual([
      'Pay rent',
      'Newest chore',
      'Older chore',
    ]);
  });

  it('makes nothing new for a one-off chore, a goal step or a chore already done', async () => {
    const once = await addTask({ title: 'Once', kind: 'chore', dueDate: '2027-01-13' });
    const step = await addTask({ title: 'Step', kind: 'goal', dueDate: '2027-01-13' });
    expect(await completeTask(once.id)).toBeUndefined();
    expect(await completeTask(step.id)).toBeUndefined();
    const rent = await addRent();
    await completeTask(rent.id, at('2027-01-31'));
    expect(await completeTask(rent.id, at('2027-01-31', 13))).toBeUndefined();
    expect(await db.tasks.count()).toBe(4);
  });

  it('writes nothing at all when the next occurrence cannot be stored', async () => {
    const rent = await addRent();
    const before = await snapshot();
    const failAdds: Middleware<DBCore> = {
      stack: 'dbcore',
      name: 'fail-adds',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          return {
            ...table,
            mutate: (request) =>
              request.type === 'add'
                ? Promise.reject(new DOMException('The disk is full', 'QuotaExceededError'))
                : table.mutate(request),
          };
        },
      }),
    };
    db.close();
    db.use(failAdds);
    try {
      await db.open();
      await expect(completeTask(rent.id, at('2027-01-31'))).rejects.toThrow();
    } finally {
      db.unuse({ stack: 'dbcore', name: 'fail-adds' });
      db.close();
    }
    await db.open();
    expect(await snapshot()).toEqual(before);
  });
});

describe('reopening a completed repeating chore', () => {
  const addBins = () =>
    addTask({ title: 'Bins', kind: 'chore', dueDate: '2027-01-18', recurrence: weekly });

  it('takes back the untouched next occurrence, so a slip of the finger is undone', async () => {
    const bins = await addBins();
    const next = await completeTask(bins.id, at('2027-01-18'));
    await reopenTask(bins.id, at('2027-01-18', 13));
    expect(await db.tasks.get(next!.id)).toMatchObject({ deletedAt: at('2027-01-18', 13) });
    const open = await openChores();
    expect(open.map((task) => [task.id, task.dueDate])).toEqual([[bins.id, '2027-01-18']]);
    expect(open[0]?.recurrence).toEqual(weekly);
    // Completing again makes a fresh next occurrence, so there is still exactly one.
    await completeTask(bins.id, at('2027-01-18', 14));
    expect((await openChores()).map((task) => task.dueDate)).toEqual(['2027-01-25']);
  });

  it('keeps a next occurrence that was touched, and reopens this one as a one-off', async () => {
    const bins = await addBins();
    const next = await completeTask(bins.id, at('2027-01-18'));
    await updateTask(next!.id, { notes: 'Recycling week' }, at('2027-01-19'));
    await reopenTask(bins.id, at('2027-01-20'));
    const reopened = await db.tasks.get(bins.id);
    expect(reopened?.status).toBe('open');
    expect(reopened).not.toHaveProperty('recurrence');
    expect(await db.tasks.get(next!.id)).not.toHaveProperty('deletedAt');
    expect((await openChores()).filter((task) => task.recurrence)).toHaveLength(1);
  });

  it('keeps the repeat when the next occurrence was deleted', async () => {
    const bins = await addBins();
    const next = await completeTask(bins.id, at('2027-01-18'));
    await deleteTask(next!.id);
    await reopenTask(bins.id, at('2027-01-19'));
    expect((await db.tasks.get(bins.id))?.recurrence).toEqual(weekly);
  });
});

describe('skipping an occurrence', () => {
  it('moves the due date to the next occurrence and clears the scheduled day', async () => {
    const rent = await addTask({
      title: 'Pay rent',
      kind: 'chore',
      dueDate: '2027-01-31',
      scheduledFor: '2027-01-30',
      recurrence: monthly,
    });
    expect(await skipOccurrence(rent.id, at('2027-01-20'))).toBe('2027-02-28');
    const skipped = await db.tasks.get(rent.id);
    expect(skipped).toMatchObject({ dueDate: '2027-02-28', status: 'open' });
    expect(skipped).not.toHaveProperty('scheduledFor');
    expect(await skipOccurrence(rent.id, at('2027-01-20'))).toBe('2027-03-31');
    expect(await db.tasks.count()).toBe(1);
  });

  it('skips an overdue chore to the first occurrence after today', async () => {
    const task = await addTask({
      title: 'Water plants',
      kind: 'chore',
      dueDate: '2027-01-01',
      recurrence: { every: 'day', interval: 3 },
    });
    expect(await skipOccurrence(task.id, at('2027-01-13'))).toBe('2027-01-16');
  });

  it('refuses a one-off chore and a done chore', async () => {
    const once = await addTask({ title: 'Once', kind: 'chore', dueDate: '2027-01-13' });
    await expect(skipOccurrence(once.id)).rejects.toThrow(/repeating/);
    const rent = await addTask({ title: 'Rent', kind: 'chore', recurrence: monthly });
    await completeTask(rent.id);
    const before: Task[] = await snapshot();
    await expect(skipOccurrence(rent.id)).rejects.toThrow(/repeating/);
    expect(await snapshot()).toEqual(before);
  });
});

afterEach(() => {
  db.unuse({ stack: 'dbcore', name: 'fail-adds' });
});
