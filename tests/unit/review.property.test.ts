// Invariants of the Review's figures over random records: per-day counts add up to the totals,
// duplicated rows (two devices recording the same change) and shuffled input change nothing,
// an empty period gives zeros. Runs under UTC, New York and Auckland (npm run test:tz).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, toDay } from '../../src/domain/day';
import { buildReview, MAP_WEEKS, type ReviewInput } from '../../src/domain/review';
import { weekOf } from '../../src/domain/review-period';
import type { Activity, CheckIn, Goal, Task } from '../../src/domain/types';

const TODAY = '2026-11-12';
const PERIOD = weekOf(TODAY, 1); // Mon 9 – Sun 15 Nov 2026
const noon = (day: string) => new Date(`${day}T12:00:00`).getTime();
const dayNear = fc.integer({ min: -30, max: 10 }).map((offset) => addDays(TODAY, offset));
/** A local moment on a day near today, at any minute of it. */
const momentNear = fc
  .tuple(dayNear, fc.integer({ min: 0, max: 24 * 60 - 1 }))
  .map(([day, minute]) => new Date(`${day}T00:00:00`).getTime() + minute * 60_000);

const GOAL_IDS = ['g0', 'g1', 'g2'];
const goals: Goal[] = GOAL_IDS.map((id, i) => ({
  id,
  title: `Goal ${id}`,
  why: '',
  measure: i === 2 ? { type: 'count', target: 50, unit: 'pages' } : { type: 'steps' },
  status: 'active',
  obstacles: [],
  order: `a${i}`,
  createdAt: noon('2026-09-01'),
  updatedAt: noon('2026-09-01'),
}));

const taskArb = fc
  .record({
    kind: fc.constantFrom('chore', 'goal'),
    goalId: fc.constantFrom(undefined, ...GOAL_IDS),
    done: fc.boolean(),
    deleted: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
    completedAt: momentNear,
    dueDate: fc.option(dayNear, { nil: undefined }),
  })
  .map(({ kind, goalId, done, deleted, completedAt, dueDate }) => ({
    kind,
    status: done ? ('done' as const) : ('open' as const),
    order: 'a0',
    snoozes: 0,
    createdAt: noon('2026-10-01'),
    updatedAt: completedAt,
    ...(kind === 'goal' && goalId !== undefined && { goalId }),
    ...(done && { completedAt }),
    ...(deleted && { deletedAt: completedAt }),
    ...(dueDate !== undefined && { dueDate }),
  }));

const checkInArb = fc.record({
  goalId: fc.constantFrom(...GOAL_IDS),
  day: dayNear,
  amount: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
});

const activityArb = fc.record({
  type: fc.constantFrom('snoozed', 'completed', 'goal-paused', 'skipped'),
  at: momentNear,
  task: fc.nat(),
  plans: fc.subarray([
    { obstacle: 'tired', strategy: 'write at dawn' },
    { obstacle: 'busy', strategy: 'ten minutes only' },
  ]),
});

const inputArb: fc.Arbitrary<ReviewInput> = fc
  .record({
    tasks: fc.array(taskArb, { maxLength: 80 }),
    checkIns: fc.array(checkInArb, { maxLength: 20 }),
    activity: fc.array(activityArb, { maxLength: 30 }),
  })
  .map(({ tasks, checkIns, activity }) => {
    const taskRows: Task[] = tasks.map((task, i) => ({ ...task, id: `t${i}`, title: `Task ${i}` }));
    const checkInRows: CheckIn[] = checkIns.map((row, i) => ({
      ...row,
      ...(row.amount === undefined && { amount: undefined }),
      id: `c${i}`,
      createdAt: noon(row.day),
      updatedAt: noon(row.day),
    }));
    const activityRows: Activity[] = activity.flatMap((row, i) => {
      const task = taskRows.length > 0 ? taskRows[row.task % taskRows.length] : undefined;
      if (!task) return [];
      return [
        {
          id: `a${i}`,
          at: row.at,
          day: toDay(row.at),
          type: row.type,
          taskId: task.id,
          kind: task.kind,
          ...(task.goalId !== undefined && { goalId: task.goalId }),
          ...(row.type === 'snoozed' && { plans: row.plans }),
          updatedAt: row.at,
        },
      ];
    });
    return {
      period: PERIOD,
      today: TODAY,
      weekStartsOn: 1,
      tasks: taskRows,
      goals,
      checkIns: checkInRows.map(({ amount, ...rest }) => ({
        ...rest,
        ...(amount !== undefined && { amount }),
      })),
      activity: activityRows,
    };
  });

describe('review figures (properties)', () => {
  it('per-day counts add up to the totals, which count distinct done tasks', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const review = buildReview(input);
        const sum = (key: 'goalSteps' | 'chores') =>
          review.days.reduce((total, day) => total + day[key], 0);
        expect(sum('goalSteps')).toBe(review.totals.goalSteps);
        expect(sum('chores')).toBe(review.totals.chores);
        const done = input.tasks.filter(
          (task) =>
            task.status === 'done' &&
            task.deletedAt === undefined &&
            toDay(task.completedAt!) >= PERIOD.start &&
            toDay(task.completedAt!) <= PERIOD.end,
        );
        expect(review.totals.goalSteps + review.totals.chores).toBe(done.length);
        expect(review.days.map((day) => day.day)).toHaveLength(7);
        // Per goal, the steps done are the goal steps of the day counts, split by goal.
        const perGoal = review.goals.reduce((total, goal) => total + goal.stepsDone.length, 0);
        expect(perGoal).toBeLessThanOrEqual(review.totals.goalSteps);
        if (review.goalShare !== undefined) {
          expect(review.goalShare).toBeCloseTo(
            review.totals.goalSteps / (review.totals.goalSteps + review.totals.chores),
          );
        }
      }),
    );
  });

  it('duplicated rows (the same change recorded by two devices) change nothing', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const doubled: ReviewInput = {
          ...input,
          tasks: [...input.tasks, ...input.tasks],
          checkIns: [...input.checkIns, ...input.checkIns],
          activity: [
            ...input.activity,
            // Another device's row: its own id, a moment a little later the same day.
            ...input.activity.map((row) => ({ ...row, id: `${row.id}-other`, at: row.at + 1 })),
          ],
        };
        expect(buildReview(doubled)).toEqual(buildReview(input));
      }),
    );
  });

  it('gives the same figures whatever order the records arrive in', () => {
    fc.assert(
      fc.property(
        inputArb.chain((input) =>
          fc.tuple(
            fc.constant(input),
            fc.shuffledSubarray([...input.tasks], { minLength: input.tasks.length }),
            fc.shuffledSubarray([...input.activity], { minLength: input.activity.length }),
            fc.shuffledSubarray([...input.checkIns], { minLength: input.checkIns.length }),
          ),
        ),
        ([input, tasks, activity, checkIns]) => {
          expect(buildReview({ ...input, tasks, activity, checkIns })).toEqual(buildReview(input));
        },
      ),
    );
  });

  it('keeps every progress share within 0..1 and every run within the period', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        for (const goal of buildReview(input).goals) {
          for (const at of [goal.start, goal.end]) {
            expect(at.share).toBeGreaterThanOrEqual(0);
            expect(at.share).toBeLessThanOrEqual(1);
          }
          expect(goal.longestIdleRun + goal.progressDays).toBeLessThanOrEqual(7);
        }
      }),
    );
  });
});

describe('an empty period', () => {
  it('gives zeros, no share and an empty map, not errors', () => {
    const review = buildReview({
      period: PERIOD,
      today: TODAY,
      weekStartsOn: 1,
      tasks: [],
      goals: [],
      checkIns: [],
      activity: [],
    });
    expect(review.totals).toEqual({ goalSteps: 0, chores: 0, checkIns: 0, snoozes: 0 });
    expect(review.goalShare).toBeUndefined();
    expect(review.days.every((day) => day.goalSteps === 0 && day.chores === 0)).toBe(true);
    expect(review.goals).toEqual([]);
    expect(review.map).toHaveLength(MAP_WEEKS);
    expect(review.map.flat().every((day) => day.progress === 0)).toBe(true);
  });
});
