import { afterEach, describe, expect, it } from 'vitest';
import type { DBCore, Middleware } from 'dexie';
import { db } from '../../src/db/database';
import { addTasks, saveTaskList } from '../../src/db/task-list-repository';
import { addTask, listOpenTasks } from '../../src/db/task-repository';
import { ValidationError } from '../../src/domain/validation-error';
import { makeGoal, makeTask } from '../fixtures/builders';

const open = async (kind: 'chore' | 'goal') =>
  (await listOpenTasks()).filter((task) => task.kind === kind).map((task) => task.title);
const snapshot = async () => ({ tasks: await db.tasks.toArray(), goals: await db.goals.toArray() });

/** Makes the n-th add of a task fail the way a full disk does (middleware applies on open). */
async function failNthAdd(n: number): Promise<void> {
  db.close();
  db.use(failingMiddleware(n));
  await db.open();
}

function failingMiddleware(n: number): Middleware<DBCore> {
  let adds = 0;
  return {
    stack: 'dbcore',
    name: 'fail-nth-add',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request) => {
            if (name === 'tasks' && request.type === 'add' && ++adds === n) {
              return Promise.reject(new DOMException('The disk is full', 'QuotaExceededError'));
            }
            return table.mutate(request);
          },
        };
      },
    }),
  };
}

afterEach(() => {
  db.unuse({ stack: 'dbcore', name: 'fail-nth-add' });
});

describe('addTasks', () => {
  it('adds every line, each kind in the list’s order, above what was there', async () => {
    await addTask({ title: 'Old chore', kind: 'chore' });
    await addTask({ title: 'Old idea', kind: 'goal' });
    const added = await addTasks([
      { title: 'Laundry', kind: 'chore' },
      { title: 'Run 2 km', kind: 'goal' },
      { title: ' Call the bank ', kind: 'chore' },
      { title: 'Write a page', kind: 'goal' },
    ]);
    expect(added.map((task) => task.title)).toEqual([
      'Laundry',
      'Run 2 km',
      'Call the bank',
      'Write a page',
    ]);
    expect(await open('goal')).toEqual(['Run 2 km', 'Write a page', 'Old idea']);
    expect(await open('chore')).toEqual(['Laundry', 'Call the bank', 'Old chore']);
    const keys = (await db.tasks.toArray()).map((task) => task.order);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('puts the steps of a goal after its last step, in the list’s order', async () => {
    const goal = makeGoal();
    await db.goals.add(goal);
    const first = await addTask({ title: 'Step 1', kind: 'goal', goalId: goal.id });
    const [second, third] = await addTasks([
      { title: 'Step 2', kind: 'goal', goalId: goal.id },
      { title: 'Step 3', kind: 'goal', goalId: goal.id },
    ]);
    expect(first.order < second!.order && second!.order < third!.order).toBe(true);
    expect(third).toMatchObject({ goalId: goal.id });
  });

  it('refuses the whole list when one line breaks the rules, naming the line', async () => {
    await addTask({ title: 'Already here', kind: 'chore' });
    const before = await snapshot();
    const attempt = addTasks([
      { title: 'Fine', kind: 'chore' },
      { title: 'Also fine', kind: 'goal' },
      { title: '   ', kind: 'chore' },
    ]);
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toThrow(/^Line 3: .*needs a title/);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a step of a goal that does not exist and writes nothing', async () => {
    const attempt = addTasks([
      { title: 'Fine', kind: 'chore' },
      { title: 'Step', kind: 'goal', goalId: 'no-such-goal' },
    ]);
    await expect(attempt).rejects.toThrow(/no longer exists/);
    expect(await db.tasks.count()).toBe(0);
  });

  it('refuses more than 200 lines at once', async () => {
    const lines = Array.from({ length: 201 }, (_, i) => ({
      title: `T${i}`,
      kind: 'chore' as const,
    }));
    await expect(addTasks(lines)).rejects.toThrow(/up to 200/);
    expect(await db.tasks.count()).toBe(0);
    await expect(addTasks(lines.slice(1))).resolves.toHaveLength(200);
  });

  it('writes nothing at all when the disk fills up halfway through', async () => {
    await addTask({ title: 'Already here', kind: 'chore' });
    const before = await snapshot();
    await failNthAdd(3);
    const attempt = addTasks(['A', 'B', 'C', 'D'].map((title) => ({ title, kind: 'chore' })));
    await expect(attempt).rejects.toThrow();
    expect(await snapshot()).toEqual(before);
  });
});

describe('saveTaskList', () => {
  it('adds new lines and keeps copies of the user’s tasks as they are', async () => {
    const chore = makeTask({ title: 'Laundry' });
    const step = makeTask({ title: 'Run 2 km', kind: 'goal' });
    await db.tasks.bulkAdd([chore, step]);
    const result = await saveTaskList([
      { title: 'Laundry', kind: 'chore', sourceId: chore.id },
      { title: 'Learn ten Spanish words', kind: 'goal' },
      { title: 'Run 2 km', kind: 'goal', sourceId: step.id },
      { title: 'Buy stamps', kind: 'chore' },
    ]);
    expect(result).toMatchObject({ added: 2, changed: 0, kept: 2, skipped: 0 });
    expect(result.tasks.map((task) => task?.title)).toEqual([
      'Laundry',
      'Learn ten Spanish words',
      'Run 2 km',
      'Buy stamps',
    ]);
    expect(await db.tasks.get(chore.id)).toEqual(chore);
    expect(await db.tasks.get(step.id)).toEqual(step);
    expect(await open('goal')).toEqual(['Learn ten Spanish words', 'Run 2 km']);
    expect(await open('chore')).toEqual(['Buy stamps', 'Laundry']);
  });

  it('brings the kind of a copied task in line with the list, and nothing else', async () => {
    const goal = makeGoal();
    await db.goals.add(goal);
    const chore = makeTask({ title: 'Write a page', notes: 'Kept' });
    const step = makeTask({ title: 'Tidy the shed', kind: 'goal', goalId: goal.id });
    const other = makeTask({ title: 'Other chore' });
    await db.tasks.bulkAdd([chore, step, other]);
    const result = await saveTaskList(
      [
        { title: 'Write a page', kind: 'goal', sourceId: chore.id },
        { title: 'Tidy the shed', kind: 'chore', sourceId: step.id },
      ],
      99,
    );
    expect(result).toMatchObject({ added: 0, changed: 2, kept: 0, skipped: 0 });
    const promoted = await db.tasks.get(chore.id);
    expect(promoted).toMatchObject({ kind: 'goal', notes: 'Kept', updatedAt: 99 });
    expect(promoted).not.toHaveProperty('goalId');
    const demoted = await db.tasks.get(step.id);
    expect(demoted).toMatchObject({ kind: 'chore', updatedAt: 99 });
    expect(demoted).not.toHaveProperty('goalId');
    expect(result.tasks).toEqual([promoted, demoted]);
    expect(await open('goal')).toEqual(['Write a page']);
    expect(await open('chore')).toEqual(['Tidy the shed', 'Other chore']);
  });

  it('never brings back a copied task that was done or deleted meanwhile', async () => {
    const done = makeTask({ title: 'Done meanwhile', status: 'done', completedAt: 5 });
    const gone = makeTask({ title: 'Deleted meanwhile', deletedAt: 5 });
    await db.tasks.bulkAdd([done, gone]);
    const result = await saveTaskList([
      { title: 'Done meanwhile', kind: 'goal', sourceId: done.id },
      { title: 'Deleted meanwhile', kind: 'chore', sourceId: gone.id },
      { title: 'Never existed', kind: 'chore', sourceId: 'no-such-task' },
    ]);
    expect(result).toMatchObject({ added: 0, changed: 0, kept: 0, skipped: 3 });
    expect(result.tasks).toEqual([undefined, undefined, undefined]);
    expect(await db.tasks.toArray()).toEqual([done, gone]);
  });

  it('refuses the whole list when a new line is too long, naming the line', async () => {
    const chore = makeTask({ title: 'Laundry' });
    await db.tasks.add(chore);
    const before = await snapshot();
    const attempt = saveTaskList([
      { title: 'Laundry', kind: 'goal', sourceId: chore.id },
      { title: 'x'.repeat(501), kind: 'chore' },
    ]);
    await expect(attempt).rejects.toThrow(/^Line 2: .*501 characters/);
    expect(await snapshot()).toEqual(before);
  });

  it('writes nothing when a write fails partway', async () => {
    const chore = makeTask({ title: 'Laundry' });
    await db.tasks.add(chore);
    const before = await snapshot();
    await failNthAdd(2);
    const attempt = saveTaskList([
      { title: 'Laundry', kind: 'goal', sourceId: chore.id },
      { title: 'A', kind: 'chore' },
      { title: 'B', kind: 'chore' },
    ]);
    await expect(attempt).rejects.toThrow();
    expect(await snapshot()).toEqual(before);
  });
});
