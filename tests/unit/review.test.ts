// The Review's figures on hand-made weeks: what each figure means, DST weeks, and what the
// records cannot tell (snoozes before activity was recorded).
import { describe, expect, it } from 'vitest';
import { buildReview, type ReviewInput } from '../../src/domain/review';
import {
  daysOf,
  sinceSession,
  weekOf,
  weekStartOf,
  weekdayOf,
} from '../../src/domain/review-period';
import type { Activity, Goal, Task } from '../../src/domain/types';
import { makeCheckIn, makeGoal, makeTask } from '../fixtures/builders';

/** A local moment: `day` at `hour`:`minute` on this machine's clock. */
const at = (day: string, hour = 12, minute = 0) =>
  new Date(
    `${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00`,
  ).getTime();
const done = (day: string, overrides: Partial<Task> = {}) =>
  makeTask({ status: 'done', completedAt: at(day), ...overrides });
const snooze = (task: Task, day: string, plans: Activity['plans'] = []): Activity => ({
  id: `${task.id}-${day}-${Math.random()}`,
  at: at(day),
  day,
  type: 'snoozed',
  taskId: task.id,
  kind: 'goal',
  ...(task.goalId !== undefined && { goalId: task.goalId }),
  plans,
  updatedAt: at(day),
});

const WEEK = weekOf('2026-11-12', 1); // Monday 9 to Sunday 15 November 2026
const review = (input: Partial<ReviewInput>) =>
  buildReview({
    period: WEEK,
    today: '2026-11-15',
    weekStartsOn: 1,
    tasks: [],
    goals: [],
    checkIns: [],
    activity: [],
    ...input,
  });

describe('periods', () => {
  it('start a week on the user’s week start', () => {
    expect(weekdayOf('2026-11-12')).toBe(4); // a Thursday
    expect(weekStartOf('2026-11-12', 1)).toBe('2026-11-09');
    expect(weekStartOf('2026-11-12', 0)).toBe('2026-11-08');
    expect(weekStartOf('2026-11-12', 6)).toBe('2026-11-07');
    expect(weekStartOf('2026-11-09', 1)).toBe('2026-11-09');
    expect(weekOf('2026-11-12', 1)).toEqual({ start: '2026-11-09', end: '2026-11-15' });
  });

  it('run from the last session to today', () => {
    expect(sinceSession('2026-11-03', '2026-11-12')).toEqual({
      start: '2026-11-03',
      end: '2026-11-12',
    });
    expect(daysOf(sinceSession('2026-11-03', '2026-11-12'))).toHaveLength(10);
  });

  // New York leaves DST on 1 Nov 2026 and enters it on 8 Mar; Auckland enters on 27 Sep and
  // leaves on 5 Apr. Each week is checked in whatever zone this run is in (npm run test:tz).
  it.each(['2026-11-01', '2026-03-08', '2026-09-27', '2026-04-05'])(
    'count a week across the DST change of %s as seven days, each task on its own day',
    (changeDay) => {
      const week = weekOf(changeDay, 1);
      const days = daysOf(week);
      expect(days).toHaveLength(7);
      expect(new Set(days).size).toBe(7);
      // A chore at 00:30 and a goal step at 23:30 on every day of the week.
      const tasks = days.flatMap((day) => [
        makeTask({ status: 'done', completedAt: at(day, 0, 30) }),
        makeTask({ kind: 'goal', status: 'done', completedAt: at(day, 23, 30) }),
      ]);
      const figures = buildReview({
        period: week,
        today: week.end,
        weekStartsOn: 1,
        tasks,
        goals: [],
        checkIns: [],
        activity: [],
      });
      expect(figures.days).toEqual(days.map((day) => ({ day, goalSteps: 1, chores: 1 })));
    },
  );
});

describe('the week in numbers', () => {
  it('counts goal steps and chores done per day, and the goal share', () => {
    const figures = review({
      tasks: [
        done('2026-11-09', { kind: 'goal' }),
        done('2026-11-09'),
        done('2026-11-11'),
        done('2026-11-11'),
        done('2026-11-14', { kind: 'goal' }),
        done('2026-11-08'), // the Sunday before: another week
        done('2026-11-10', { deletedAt: at('2026-11-10') }), // deleted: not counted
        makeTask({ title: 'Still open' }),
      ],
    });
    expect(figures.days.map((day) => [day.goalSteps, day.chores])).toEqual([
      [1, 1],
      [0, 0],
      [0, 2],
      [0, 0],
      [0, 0],
      [1, 0],
      [0, 0],
    ]);
    expect(figures.totals).toMatchObject({ goalSteps: 2, chores: 3 });
    expect(figures.goalShare).toBeCloseTo(0.4);
  });

  it('maps 12 weeks of days with goal progress, ending with the week shown', () => {
    const figures = review({
      tasks: [done('2026-11-10', { kind: 'goal' }), done('2026-08-20', { kind: 'goal' })],
      checkIns: [makeCheckIn({ goalId: 'g', day: '2026-10-01' })],
      today: '2026-11-12',
    });
    const days = figures.map.flat();
    expect(days).toHaveLength(84);
    expect(days[0]?.day).toBe('2026-08-24');
    expect(days.at(-1)?.day).toBe('2026-11-15');
    expect(days.filter((day) => day.progress > 0).map((day) => day.day)).toEqual([
      '2026-10-01',
      '2026-11-10',
    ]);
    expect(days.filter((day) => day.future).map((day) => day.day)).toEqual([
      '2026-11-13',
      '2026-11-14',
      '2026-11-15',
    ]);
  });
});

describe('a goal over the week', () => {
  const novel = makeGoal({ title: 'Write a novel', createdAt: at('2026-10-01') });
  const step = (title: string, overrides: Partial<Task> = {}) =>
    makeTask({ title, kind: 'goal', goalId: novel.id, createdAt: at('2026-10-01'), ...overrides });

  it('shows its progress at the start and the end, and the steps done', () => {
    const outline = step('Outline', { status: 'done', completedAt: at('2026-11-02') });
    const chapter = step('Chapter one', { status: 'done', completedAt: at('2026-11-11') });
    const later = step('Chapter two', { createdAt: at('2026-11-12') });
    const dropped = step('Dropped', { deletedAt: at('2026-11-10') });
    const [goal] = review({ goals: [novel], tasks: [outline, chapter, later, dropped] }).goals;
    // Before Monday: 1 of 3 (Outline, Chapter one, Dropped); after Sunday: 2 of 3 (Dropped is
    // gone, Chapter two came).
    expect(goal?.start).toMatchObject({ doneSteps: 1, totalSteps: 3 });
    expect(goal?.start.share).toBeCloseTo(1 / 3);
    expect(goal?.end).toMatchObject({ doneSteps: 2, totalSteps: 3 });
    expect(goal?.stepsDone.map((task) => task.title)).toEqual(['Chapter one']);
  });

  it('sums a count goal’s check-ins before and through the week', () => {
    const pages: Goal = { ...novel, measure: { type: 'count', target: 100, unit: 'pages' } };
    const checkIns = [
      makeCheckIn({ goalId: pages.id, day: '2026-11-01', amount: 20 }),
      makeCheckIn({ goalId: pages.id, day: '2026-11-10', amount: 5 }),
      makeCheckIn({ goalId: pages.id, day: '2026-11-10', amount: 10 }),
      makeCheckIn({ goalId: pages.id, day: '2026-11-12', amount: 7, deletedAt: 1 }),
    ];
    const [goal] = review({ goals: [pages], checkIns }).goals;
    expect(goal?.start).toMatchObject({ logged: 20, share: 0.2 });
    expect(goal?.end).toMatchObject({ logged: 35, share: 0.35 });
    expect(goal?.checkIns).toHaveLength(2);
    expect(goal?.checkInsByDay).toEqual([0, 15, 0, 0, 0, 0, 0]);
  });

  it('finds the longest run without progress, up to today', () => {
    const tasks = [
      step('A', { status: 'done', completedAt: at('2026-11-10') }),
      step('B', { status: 'done', completedAt: at('2026-11-11') }),
    ];
    const [goal] = review({ goals: [novel], tasks, today: '2026-11-14' }).goals;
    // Mon idle; Tue, Wed progress; Thu, Fri, Sat idle; Sunday is still to come.
    expect(goal?.progressDays).toBe(2);
    expect(goal?.longestIdleRun).toBe(3);
  });

  it('counts one snooze per step and day, with the plans offered, and what slipped', () => {
    const plan = { obstacle: 'I am tired', strategy: 'write before breakfast' };
    const draft = step('Draft', { order: 'a1' });
    const edit = step('Edit', { order: 'a2', dueDate: '2026-11-12' });
    const activity = [
      snooze(draft, '2026-11-10', [plan]),
      snooze(draft, '2026-11-10', [plan]), // the same snooze, from a second device
      snooze(draft, '2026-11-12', [plan]),
      snooze(draft, '2026-11-02', [plan]), // the week before
    ];
    const figures = review({ goals: [novel], tasks: [draft, edit], activity });
    const [goal] = figures.goals;
    expect(figures.totals.snoozes).toBe(2);
    expect(goal?.snoozes.map((s) => [s.day, s.task?.title])).toEqual([
      ['2026-11-10', 'Draft'],
      ['2026-11-12', 'Draft'],
    ]);
    expect(goal?.plansOffered).toEqual([{ plan, times: 2 }]);
    expect(goal?.slipped.map((task) => task.title)).toEqual(['Draft', 'Edit']);
  });

  it('lists pauses and achievements of the week', () => {
    const row = (type: Activity['type'], day: string): Activity => ({
      id: `${type}-${day}`,
      at: at(day),
      day,
      type,
      goalId: novel.id,
      updatedAt: at(day),
    });
    const [goal] = review({
      goals: [novel],
      activity: [row('goal-paused', '2026-11-10'), row('goal-resumed', '2026-11-12')],
    }).goals;
    expect(goal?.events).toEqual([
      { type: 'goal-paused', day: '2026-11-10' },
      { type: 'goal-resumed', day: '2026-11-12' },
    ]);
  });

  it('leaves out goals made after the week, and goals achieved before it', () => {
    const newer = makeGoal({ createdAt: at('2026-11-20') });
    const old = makeGoal({ status: 'achieved', achievedAt: at('2026-11-01') });
    const gone = makeGoal({ deletedAt: at('2026-11-10') });
    const paused = makeGoal({ status: 'paused' });
    const justAchieved = makeGoal({ status: 'achieved', achievedAt: at('2026-11-11') });
    const figures = review({ goals: [justAchieved, newer, old, gone, paused, novel] });
    expect(figures.goals.map((goal) => goal.goal.id)).toEqual([
      novel.id,
      paused.id,
      justAchieved.id,
    ]);
  });
});

describe('what the records cannot tell', () => {
  it('says from which day activity is known when the week starts before it', () => {
    expect(review({ activitySince: '2026-11-11' }).unknownBefore).toBe('2026-11-11');
    expect(review({ activitySince: '2026-11-09' }).unknownBefore).toBeUndefined();
    expect(review({}).unknownBefore).toBeUndefined();
  });
});
