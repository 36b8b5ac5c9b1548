import { describe, expect, it } from 'vitest';
import { startOfDay } from '../../src/domain/day';
import {
  elapsedShare,
  isBehindSchedule,
  lastProgressDay,
  progressShare,
} from '../../src/domain/goal-progress';
import type { Day } from '../../src/domain/types';
import { makeCheckIn, makeGoal, makeTask } from '../fixtures/builders';

const at = (day: Day, hour = 12) => startOfDay(day).getTime() + hour * 3600_000;

describe('goal progress', () => {
  it('takes the latest of creation, completed steps and check-ins as the last progress', () => {
    const goal = makeGoal({ createdAt: at('2026-01-31') });
    const steps = [
      makeTask({
        kind: 'goal',
        goalId: goal.id,
        status: 'done',
        completedAt: at('2026-02-27', 23),
      }),
      makeTask({ kind: 'goal', goalId: goal.id, status: 'open' }),
    ];
    expect(lastProgressDay(goal, [], [])).toBe('2026-01-31');
    expect(lastProgressDay(goal, steps, [])).toBe('2026-02-27');
    expect(
      lastProgressDay(goal, steps, [makeCheckIn({ goalId: goal.id, day: '2026-03-01' })]),
    ).toBe('2026-03-01');
  });

  it('measures steps goals by done steps and count goals by check-in amounts, capped at 1', () => {
    const steps = makeGoal();
    const tasks = [
      makeTask({ status: 'done', kind: 'goal' }),
      makeTask({ kind: 'goal' }),
      makeTask({ kind: 'goal' }),
      makeTask({ kind: 'goal' }),
    ];
    expect(progressShare(steps, tasks, [])).toBe(0.25);
    expect(progressShare(steps, [], [])).toBe(0);

    const words = makeGoal({ measure: { type: 'count', target: 20000, unit: 'words' } });
    const logs = [5000, 7400].map((amount) => makeCheckIn({ goalId: words.id, amount }));
    expect(progressShare(words, [], logs)).toBeCloseTo(0.62);
    expect(progressShare(words, [], [makeCheckIn({ goalId: words.id, amount: 25000 })])).toBe(1);
  });

  it('counts elapsed time in calendar days across a leap day and DST changes', () => {
    // 2028 is a leap year: 1 Feb → 2 Mar is 30 days, half of it gone on 16 Feb.
    const leap = makeGoal({ createdAt: at('2028-02-01', 0), deadline: '2028-03-02' });
    expect(elapsedShare(leap, '2028-02-16')).toBe(0.5);
    // Across the March and October/November DST changes of both hemispheres.
    const dst = makeGoal({ createdAt: at('2026-03-01', 23), deadline: '2026-11-26' });
    expect(elapsedShare(dst, '2026-03-01')).toBe(0);
    expect(elapsedShare(dst, '2026-11-26')).toBe(1);
    expect(elapsedShare(dst, '2027-01-01')).toBe(1);
    expect(elapsedShare(makeGoal(), '2026-11-26')).toBeUndefined();
  });

  it('is behind schedule only by more than a tenth', () => {
    expect(isBehindSchedule(0.2, 0.5)).toBe(true);
    expect(isBehindSchedule(0.4, 0.5)).toBe(false);
    expect(isBehindSchedule(0, undefined)).toBe(false);
  });
});
