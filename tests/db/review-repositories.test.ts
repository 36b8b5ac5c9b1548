import { describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { listCoachingRecords, saveCoaching } from '../../src/db/coaching-repository';
import { readReflection, saveReflection } from '../../src/db/reflection-repository';
import { readReviewRecords } from '../../src/db/review-inputs';
import { addTask, completeTask, snoozeTask } from '../../src/db/task-repository';
import { coachingPlan } from '../../src/domain/coaching';
import { REFLECTION_MAX_LENGTH, reflectionId } from '../../src/domain/reflection';
import { weekOf } from '../../src/domain/review-period';
import { makeGoal, makeTask } from '../fixtures/builders';

const at = (day: string, hour = 12) =>
  new Date(`${day}T${String(hour).padStart(2, '0')}:00:00`).getTime();
const WEEK = weekOf('2026-11-12', 1);

describe('reading a review', () => {
  it('reads goal steps, the completions of 12 weeks, and the activity of the week', async () => {
    const goal = makeGoal({ createdAt: at('2026-11-01') });
    await db.goals.add(goal);
    const step = await addTask({ title: 'Step', kind: 'goal', goalId: goal.id }, at('2026-11-01'));
    const old = await addTask({ title: 'Old chore', kind: 'chore' }, at('2026-01-01'));
    await completeTask(old.id, at('2026-01-02')); // long before the map: not read
    const chore = await addTask({ title: 'Chore', kind: 'chore' }, at('2026-11-09'));
    await completeTask(chore.id, at('2026-11-10'));
    await snoozeTask(step.id, '2026-11-11', at('2026-11-11'));
    const records = await readReviewRecords(WEEK, 1, '2026-11-12');
    expect(records.tasks.map((task) => task.title).sort()).toEqual(['Chore', 'Step']);
    expect(records.activity.map((row) => row.type).sort()).toEqual([
      'added',
      'completed',
      'snoozed',
    ]);
    expect(records.goals).toHaveLength(1);
    // Every task was recorded from its start: nothing is unknown.
    expect(records.activitySince).toBeUndefined();
  });

  it('says from which day activity is known when records are older than it', async () => {
    // A task done before schema v3: there is no activity row about it.
    await db.tasks.add(makeTask({ status: 'done', completedAt: at('2026-10-20') }));
    expect((await readReviewRecords(WEEK, 1, '2026-11-12')).activitySince).toBe('2026-11-12');
    await addTask({ title: 'First after the upgrade', kind: 'chore' }, at('2026-11-11'));
    expect((await readReviewRecords(WEEK, 1, '2026-11-12')).activitySince).toBe('2026-11-11');
  });

  it('reads the task an activity row is about, even when it is no goal step any more', async () => {
    const task = makeTask({ title: 'Was a step', kind: 'chore' });
    await db.tasks.add(task);
    await db.activity.add({
      id: 'row',
      at: at('2026-11-10'),
      day: '2026-11-10',
      type: 'snoozed',
      taskId: task.id,
      kind: 'goal',
      plans: [],
      updatedAt: at('2026-11-10'),
    });
    const records = await readReviewRecords(WEEK, 1, '2026-11-12');
    expect(records.tasks.map((row) => row.id)).toEqual([task.id]);
  });
});

describe('reflections', () => {
  it('saves as typed, one record per week, keeping when it was first written', async () => {
    await saveReflection('2026-11-09', 'First words', 100);
    await saveReflection('2026-11-09', 'First words, then more\n', 200);
    expect(await db.reflections.toArray()).toEqual([
      {
        id: reflectionId('2026-11-09'),
        weekStart: '2026-11-09',
        text: 'First words, then more\n',
        createdAt: 100,
        updatedAt: 200,
      },
    ]);
    expect((await readReflection('2026-11-09'))?.text).toBe('First words, then more\n');
    expect(await readReflection('2026-11-02')).toBeNull();
  });

  it('refuses text over the limit and keeps what was saved', async () => {
    await saveReflection('2026-11-09', 'Kept', 100);
    await expect(
      saveReflection('2026-11-09', 'x'.repeat(REFLECTION_MAX_LENGTH + 1), 200),
    ).rejects.toThrow(/keep it to 5,000/);
    expect((await readReflection('2026-11-09'))?.text).toBe('Kept');
  });

  it('refuses a week that does not exist', async () => {
    await expect(saveReflection('2026-02-30', 'Text')).rejects.toThrow('does not exist');
    expect(await db.reflections.count()).toBe(0);
  });
});

describe('coaching sessions', () => {
  const plan = async (today: string) => coachingPlan(await listCoachingRecords(), today);

  it('numbers the next session from the ones held, as the dates pass', async () => {
    await saveCoaching(
      { nextSession: '2026-11-05', sessionCount: 8, nextNumber: 3 },
      '2026-11-01',
      1,
    );
    expect(await plan('2026-11-01')).toEqual({
      next: { day: '2026-11-05', number: 3 },
      sessionCount: 8,
    });
    // The session is held; the next one is set a week later: it is session 4.
    await saveCoaching({ nextSession: '2026-11-12', sessionCount: 8 }, '2026-11-06', 2);
    expect(await plan('2026-11-06')).toEqual({
      next: { day: '2026-11-12', number: 4 },
      last: { day: '2026-11-05', number: 3 },
      sessionCount: 8,
    });
  });

  it('moves the next session without counting the old date as held', async () => {
    await saveCoaching({ nextSession: '2026-11-05', sessionCount: null }, '2026-11-01', 1);
    await saveCoaching({ nextSession: '2026-11-06', sessionCount: null }, '2026-11-02', 2);
    expect(await plan('2026-11-02')).toEqual({ next: { day: '2026-11-06', number: 1 } });
    const moved = await db.coachingSessions.get('session-2026-11-05');
    expect(moved?.deletedAt).toBe(2);
  });

  it('refuses a past date, and a session number beyond the programme, writing nothing', async () => {
    await expect(
      saveCoaching({ nextSession: '2026-10-01', sessionCount: 8 }, '2026-11-01'),
    ).rejects.toThrow('today or a later day');
    await expect(
      saveCoaching({ nextSession: '2026-11-05', sessionCount: 8, nextNumber: 9 }, '2026-11-01'),
    ).rejects.toThrow('Session 9 cannot be part of a programme of 8');
    await expect(
      saveCoaching({ nextSession: null, sessionCount: 0 }, '2026-11-01'),
    ).rejects.toThrow('from 1 to 200');
    expect(await db.coachingSessions.count()).toBe(0);
  });
});
