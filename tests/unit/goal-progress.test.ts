import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOfDay } from '../../src/domain/day';
import {
  elapsedShare,
  isBehindSchedule,
  lastProgressDay,
  progressShare,
} from '../../src/domain/goal-progress';
import { summarizeGoal } from '../../src/domain/goal-summary';
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

// The same rules in time zones whose clocks change on different dates (and by half an hour on
// Lord Howe Island): a goal's dates are local calendar days, so a 23- or 25-hour day, a month
// end or 29 February never shifts a share or a count of idle days.
const ZONES = [
  'UTC',
  'America/New_York',
  'Europe/Berlin',
  'Australia/Lord_Howe',
  'Pacific/Auckland',
];

describe.each(ZONES)('goal progress in %s', (zone) => {
  const savedZone = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = zone;
  });
  afterAll(() => {
    // Assigning undefined would store the string "undefined".
    if (savedZone === undefined) delete process.env.TZ;
    else process.env.TZ = savedZone;
  });
  /** A local wall-clock moment of `day` in the zone under test. */
  const local = (day: Day, hour: number, minute = 0) => {
    const moment = startOfDay(day);
    moment.setHours(hour, minute);
    return moment.getTime();
  };

  it('counts a step completed late on the last day of a month on that day', () => {
    const goal = makeGoal({ createdAt: local('2026-01-05', 9) });
    const done = makeTask({
      kind: 'goal',
      goalId: goal.id,
      status: 'done',
      completedAt: local('2026-01-31', 23, 59),
    });
    expect(lastProgressDay(goal, [done], [])).toBe('2026-01-31');
    const summary = summarizeGoal(goal, [done], [], '2026-02-03');
    expect(summary.idleDays).toBe(3);
    expect(summary.neglected).toBe(true);
    expect(summarizeGoal(goal, [done], [], '2026-02-02').neglected).toBe(false);
  });

  it('counts idle days across 29 February', () => {
    const goal = makeGoal({ createdAt: local('2028-02-01', 8) });
    const checkIn = makeCheckIn({ goalId: goal.id, day: '2028-02-28', amount: 1 });
    expect(summarizeGoal(goal, [], [checkIn], '2028-03-01').idleDays).toBe(2);
    expect(summarizeGoal(goal, [], [checkIn], '2028-03-01', 2).neglected).toBe(true);
    expect(summarizeGoal(goal, [], [checkIn], '2028-03-01', 3).neglected).toBe(false);
    // In 2027 there is no 29 February: the same dates are one day apart.
    const plain = makeGoal({ createdAt: local('2027-02-01', 8) });
    const late = makeCheckIn({ goalId: plain.id, day: '2027-02-28', amount: 1 });
    expect(summarizeGoal(plain, [], [late], '2027-03-01').idleDays).toBe(1);
  });

  it.each([
    // [created, last progress moment, today, idle days]: each span holds a DST change in one
    // hemisphere or the other (March/April and September/October/November).
    ['2026-03-01', '2026-03-07', '2026-03-10', 3],
    ['2026-03-20', '2026-03-28', '2026-03-31', 3],
    ['2026-03-30', '2026-04-04', '2026-04-07', 3],
    ['2026-09-20', '2026-09-26', '2026-09-29', 3],
    ['2026-10-01', '2026-10-03', '2026-10-06', 3],
    ['2026-10-20', '2026-10-24', '2026-10-27', 3],
    ['2026-10-25', '2026-10-31', '2026-11-02', 2],
  ])(
    'counts idle days in calendar days across a clock change (%s)',
    (created, last, today, idle) => {
      const goal = makeGoal({ createdAt: local(created, 0, 30) });
      const step = makeTask({
        kind: 'goal',
        goalId: goal.id,
        status: 'done',
        completedAt: local(last, 23, 30),
      });
      const summary = summarizeGoal(goal, [step], [], today);
      expect(summary.lastProgress).toBe(last);
      expect(summary.idleDays).toBe(idle);
      expect(summary.neglected).toBe(idle >= 3);
    },
  );

  it('gives the elapsed share in whole days across clock changes and a leap day', () => {
    // Created just after midnight before the northern spring change, due after the southern one.
    const spring = makeGoal({ createdAt: local('2026-03-01', 0, 5), deadline: '2026-04-10' });
    expect(elapsedShare(spring, '2026-03-01')).toBe(0);
    expect(elapsedShare(spring, '2026-03-21')).toBe(0.5); // 20 of 40 days
    expect(elapsedShare(spring, '2026-04-10')).toBe(1);
    // Created late in the evening: the creation DAY counts, not the hour.
    const autumn = makeGoal({ createdAt: local('2026-10-01', 23, 55), deadline: '2026-11-10' });
    expect(elapsedShare(autumn, '2026-10-21')).toBe(0.5);
    // 2028: 1 Feb to 1 Mar is 29 days because of 29 February.
    const leap = makeGoal({ createdAt: local('2028-02-01', 12), deadline: '2028-03-01' });
    expect(elapsedShare(leap, '2028-02-29')).toBeCloseTo(28 / 29, 10);
    expect(elapsedShare(leap, '2028-03-01')).toBe(1);
    // Across a year end and before creation (a goal imported from another device's clock).
    const newYear = makeGoal({ createdAt: local('2026-12-31', 22), deadline: '2027-01-10' });
    expect(elapsedShare(newYear, '2027-01-05')).toBe(0.5);
    expect(elapsedShare(newYear, '2026-12-30')).toBe(0);
  });

  it('sums progress from check-ins logged on month ends and on 29 February', () => {
    const words = makeGoal({
      createdAt: local('2028-01-15', 9),
      deadline: '2028-03-31',
      measure: { type: 'count', target: 1000, unit: 'words' },
    });
    const logs = ['2028-01-31', '2028-02-29', '2028-03-01'].map((day) =>
      makeCheckIn({ goalId: words.id, day, amount: 150 }),
    );
    expect(progressShare(words, [], logs)).toBeCloseTo(0.45, 10);
    const summary = summarizeGoal(words, [], logs, '2028-03-01');
    expect(summary.logged).toBe(450);
    expect(summary.lastProgress).toBe('2028-03-01');
    // 46 of 76 days gone (0.605) but only 0.45 done: more than a tenth behind.
    expect(summary.elapsed).toBeCloseTo(46 / 76, 10);
    expect(summary.behind).toBe(true);
  });
});
