import { describe, expect, it } from 'vitest';
import {
  deleteCheckIn,
  logProgress,
  restoreCheckIn,
  updateCheckIn,
} from '../../src/db/check-in-repository';
import { db } from '../../src/db/database';
import { readGoalDetail } from '../../src/db/goal-repository';
import { ValidationError } from '../../src/domain/validation-error';
import { makeGoal } from '../fixtures/builders';

const TODAY = '2026-11-26';
const words = () =>
  makeGoal({ title: 'Novel', measure: { type: 'count', target: 20000, unit: 'words' } });

describe('logging progress', () => {
  it('logs an amount and a note, on today unless another day is given', async () => {
    const goal = words();
    await db.goals.add(goal);
    const first = await logProgress(
      { goalId: goal.id, amount: 650, note: ' Chapter 2 ' },
      TODAY,
      5,
    );
    expect(await db.checkIns.get(first.id)).toEqual({
      id: first.id,
      goalId: goal.id,
      day: TODAY,
      amount: 650,
      note: 'Chapter 2',
      createdAt: 5,
      updatedAt: 5,
    });
    await logProgress({ goalId: goal.id, amount: 300, day: '2026-11-20' }, TODAY);
    const detail = await readGoalDetail(goal.id);
    expect(detail?.checkIns.map((c) => [c.day, c.amount]).sort()).toEqual([
      ['2026-11-20', 300],
      [TODAY, 650],
    ]);
  });

  it.each([
    ['no amount for a count goal', { note: 'Wrote' }, 'amount'],
    ['a zero amount', { amount: 0 }, 'amount'],
    ['a day in the future', { amount: 5, day: '2026-11-27' }, 'day'],
    ['a day that does not exist', { amount: 5, day: '2026-02-31' }, 'day'],
    ['a note over 500 characters', { amount: 5, note: 'n'.repeat(501) }, 'note'],
  ])('rejects %s and writes nothing', async (_, input, field) => {
    const goal = words();
    await db.goals.add(goal);
    const attempt = logProgress({ goalId: goal.id, ...input }, TODAY);
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toMatchObject({ field });
    expect(await db.checkIns.count()).toBe(0);
  });

  it('takes a note alone for a steps goal', async () => {
    const goal = makeGoal();
    await db.goals.add(goal);
    const checkIn = await logProgress({ goalId: goal.id, note: 'Asked about the course' }, TODAY);
    expect(checkIn).not.toHaveProperty('amount');
  });

  it('refuses a goal that was deleted', async () => {
    const goal = words();
    await db.goals.add({ ...goal, deletedAt: 1 });
    await expect(logProgress({ goalId: goal.id, amount: 1 }, TODAY)).rejects.toThrow(
      'no longer exists',
    );
    expect(await db.checkIns.count()).toBe(0);
  });
});

describe('editing, deleting and restoring a check-in', () => {
  it('replaces amount, note and day', async () => {
    const goal = words();
    await db.goals.add(goal);
    const checkIn = await logProgress({ goalId: goal.id, amount: 650, note: 'Old' }, TODAY);
    await updateCheckIn(checkIn.id, { amount: 700, day: '2026-11-25' }, TODAY, 9);
    const stored = await db.checkIns.get(checkIn.id);
    expect(stored).toMatchObject({ amount: 700, day: '2026-11-25', updatedAt: 9 });
    expect(stored).not.toHaveProperty('note');
  });

  it('rejects a bad edit and keeps the check-in as it was', async () => {
    const goal = words();
    await db.goals.add(goal);
    const checkIn = await logProgress({ goalId: goal.id, amount: 650 }, TODAY);
    const before = await db.checkIns.get(checkIn.id);
    await expect(updateCheckIn(checkIn.id, { amount: -1, day: TODAY }, TODAY)).rejects.toThrow(
      'above zero',
    );
    expect(await db.checkIns.get(checkIn.id)).toEqual(before);
  });

  it('soft-deletes and restores', async () => {
    const goal = words();
    await db.goals.add(goal);
    const checkIn = await logProgress({ goalId: goal.id, amount: 650 }, TODAY);
    await deleteCheckIn(checkIn.id, 10);
    expect(await db.checkIns.get(checkIn.id)).toMatchObject({ deletedAt: 10 });
    expect((await readGoalDetail(goal.id))?.checkIns).toEqual([]);
    await expect(deleteCheckIn(checkIn.id)).rejects.toThrow('no longer exists');
    await restoreCheckIn(checkIn.id, 11);
    expect(await db.checkIns.get(checkIn.id)).not.toHaveProperty('deletedAt');
    expect((await readGoalDetail(goal.id))?.checkIns).toHaveLength(1);
  });
});
