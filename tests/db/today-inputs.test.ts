// Today reads a window of the chores (src/db/today-inputs.ts). Whatever the list, the window
// must lead prioritize to exactly the visible chores and pile size of the whole list.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { listPileChores, readTodayInputs } from '../../src/db/today-inputs';
import { addDays } from '../../src/domain/day';
import { prioritize } from '../../src/domain/prioritize';
import type { Task } from '../../src/domain/types';
import { makeCheckIn, makeGoal, makeTask } from '../fixtures/builders';

const TODAY = '2026-11-10';
const nearDay = fc.integer({ min: -5, max: 5 }).map((offset) => addDays(TODAY, offset));
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });

const choreArb = fc.record({
  status: fc.constantFrom('open', 'open', 'open', 'done'),
  deleted: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
  dueDate: optional(nearDay),
  scheduledFor: optional(nearDay),
});

/** Goal steps of an active goal, a paused one, or none; open or done (done ones count). */
const stepArb = fc.record({
  status: fc.constantFrom('open', 'done'),
  goal: fc.constantFrom('active', 'paused', 'none'),
  deleted: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
  completedDaysAgo: fc.integer({ min: 0, max: 10 }),
});

describe('Today’s window of the chores', () => {
  it('gives the same visible chores and pile size as the whole list', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(choreArb, { maxLength: 40 }),
        fc.array(stepArb, { maxLength: 12 }),
        fc.integer({ min: 1, max: 8 }),
        async (rows, stepRows, choreCap) => {
          await Promise.all([db.tasks.clear(), db.goals.clear()]);
          const goal = makeGoal({ title: 'A goal' });
          const paused = makeGoal({ title: 'A paused goal', status: 'paused' });
          const tasks: Task[] = rows.map(({ deleted, dueDate, scheduledFor, status }) =>
            makeTask({
              status,
              ...(deleted && { deletedAt: 1 }),
              ...(dueDate !== undefined && { dueDate }),
              ...(scheduledFor !== undefined && { scheduledFor }),
            }),
          );
          tasks.push(makeTask({ kind: 'goal', goalId: goal.id }));
          for (const { status, goal: of, deleted, completedDaysAgo } of stepRows) {
            const goalId = of === 'active' ? goal.id : of === 'paused' ? paused.id : undefined;
            tasks.push(
              makeTask({
                kind: 'goal',
                status,
                ...(goalId !== undefined && { goalId }),
                ...(deleted && { deletedAt: 1 }),
                ...(status === 'done' && {
                  completedAt: Date.parse(`${addDays(TODAY, -completedDaysAgo)}T12:00:00`),
                }),
              }),
            );
          }
          await db.tasks.bulkAdd(tasks);
          await db.goals.bulkPut([goal, paused]);

          const settings = { choreCap };
          const goals = [goal, paused];
          const whole = prioritize({ tasks, goals, checkIns: [], today: TODAY, settings });
          const inputs = await readTodayInputs(TODAY, choreCap);
          const window = prioritize({ ...inputs, today: TODAY, settings });

          expect(window.chores).toEqual(whole.chores);
          expect(window.goals).toEqual(whole.goals);
          expect(inputs.openChoreCount - window.chores.length).toBe(whole.pile.length);
          const shown = new Set(window.chores.map((entry) => entry.task.id));
          expect(await listPileChores(shown, 0, 1000)).toEqual(whole.pile.map((e) => e.task));
        },
      ),
      { numRuns: 60 },
    );
  }, 60_000);

  it('reads open tasks, done goal steps, live goals and live check-ins, nothing else', async () => {
    const goal = makeGoal();
    const gone = makeGoal({ deletedAt: 5 });
    const open = makeTask({ title: 'open chore' });
    const step = makeTask({ title: 'open step', kind: 'goal', goalId: goal.id });
    const doneStep = makeTask({ kind: 'goal', goalId: goal.id, status: 'done', completedAt: 9 });
    const doneChore = makeTask({ status: 'done', completedAt: 9 });
    const deletedStep = makeTask({ kind: 'goal', goalId: goal.id, status: 'done', deletedAt: 9 });
    const deletedChore = makeTask({ title: 'deleted chore', deletedAt: 9 });
    const checkIn = makeCheckIn({ goalId: goal.id });
    const deletedCheckIn = makeCheckIn({ goalId: goal.id, deletedAt: 3 });
    await db.tasks.bulkAdd([open, step, doneStep, doneChore, deletedStep, deletedChore]);
    await db.goals.bulkAdd([goal, gone]);
    await db.checkIns.bulkAdd([checkIn, deletedCheckIn]);

    const inputs = await readTodayInputs(TODAY, 5);
    expect(inputs.tasks.map((t) => t.id).sort()).toEqual([open.id, step.id, doneStep.id].sort());
    expect(inputs.goals).toEqual([goal]);
    expect(inputs.checkIns).toEqual([checkIn]);
    expect(inputs.openChoreCount).toBe(1);
  });

  it('reads the pile page by page', async () => {
    const chores = Array.from({ length: 7 }, (_, i) => makeTask({ title: `Chore ${i}` }));
    await db.tasks.bulkAdd(chores);
    const shown = new Set([chores[1]!.id]);
    const titles = async (offset: number) =>
      (await listPileChores(shown, offset, 2)).map((task) => task.title);
    expect(await titles(0)).toEqual(['Chore 0', 'Chore 2']);
    expect(await titles(2)).toEqual(['Chore 3', 'Chore 4']);
    expect(await titles(4)).toEqual(['Chore 5', 'Chore 6']);
  });
});
