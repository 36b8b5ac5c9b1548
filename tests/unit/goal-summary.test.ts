import { describe, expect, it } from 'vitest';
import { startOfDay } from '../../src/domain/day';
import { groupGoals, summarizeGoal } from '../../src/domain/goal-summary';
import type { Day } from '../../src/domain/types';
import { makeCheckIn, makeGoal, makeTask } from '../fixtures/builders';

const at = (day: Day, hour = 12) => startOfDay(day).getTime() + hour * 3600_000;

describe('goal summary', () => {
  it('counts steps in order, leaving out deleted ones and other goals', () => {
    const goal = makeGoal({ createdAt: at('2026-11-01') });
    const first = makeTask({
      kind: 'goal',
      goalId: goal.id,
      status: 'done',
      completedAt: at('2026-11-20'),
      snoozes: 1,
    });
    const second = makeTask({ kind: 'goal', goalId: goal.id, snoozes: 2 });
    const deleted = makeTask({ kind: 'goal', goalId: goal.id, deletedAt: at('2026-11-21') });
    const other = makeTask({ kind: 'goal', goalId: 'another-goal' });
    const third = makeTask({ kind: 'goal', goalId: goal.id });
    const summary = summarizeGoal(goal, [third, other, deleted, second, first], [], '2026-11-26');
    expect(summary.steps.map((step) => step.id)).toEqual([first.id, second.id, third.id]);
    expect(summary).toMatchObject({
      doneSteps: 1,
      totalSteps: 3,
      nextStep: second,
      progress: 1 / 3,
      snoozes: 3,
      lastProgress: '2026-11-20',
      idleDays: 6,
      neglected: true,
      behind: false,
    });
    expect(summary.elapsed).toBeUndefined();
    expect(summary.daysLeft).toBeUndefined();
  });

  it('sums logged amounts of live check-ins, latest first, toward a target', () => {
    const goal = makeGoal({
      createdAt: at('2026-11-01'),
      deadline: '2026-12-01',
      measure: { type: 'count', target: 20000, unit: 'words' },
    });
    const logs = [
      makeCheckIn({ goalId: goal.id, day: '2026-11-10', amount: 5000 }),
      makeCheckIn({ goalId: goal.id, day: '2026-11-24', amount: 7400 }),
      makeCheckIn({ goalId: goal.id, day: '2026-11-25', amount: 900, deletedAt: at('2026-11-25') }),
      makeCheckIn({ goalId: 'another-goal', day: '2026-11-25', amount: 900 }),
    ];
    const summary = summarizeGoal(goal, [], logs, '2026-11-26');
    expect(summary.logged).toBe(12400);
    expect(summary.checkIns.map((c) => c.day)).toEqual(['2026-11-24', '2026-11-10']);
    expect(summary.progress).toBeCloseTo(0.62, 10);
    expect(summary.elapsed).toBeCloseTo(25 / 30, 10);
    expect(summary.behind).toBe(true);
    expect(summary.daysLeft).toBe(5);
    expect(summary.neglected).toBe(false);
  });

  it('groups live goals: active and paused in goal order, achieved latest first', () => {
    const a = makeGoal({ title: 'A' });
    const b = makeGoal({ title: 'B', status: 'paused' });
    const c = makeGoal({ title: 'C', status: 'achieved', achievedAt: 1 });
    const d = makeGoal({ title: 'D' });
    const e = makeGoal({ title: 'E', status: 'achieved', achievedAt: 2 });
    const gone = makeGoal({ title: 'Gone', deletedAt: 5 });
    const groups = groupGoals([e, gone, d, c, b, a], [], [], '2026-11-26');
    const titles = (list: { goal: { title: string } }[]) => list.map((s) => s.goal.title);
    expect(titles(groups.active)).toEqual(['A', 'D']);
    expect(titles(groups.paused)).toEqual(['B']);
    expect(titles(groups.achieved)).toEqual(['E', 'C']);
  });
});
