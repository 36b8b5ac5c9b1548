// The invariants of DESIGN.md §3 rule 6, over random lists of up to 5,000 tasks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/day';
import { diagnose } from '../../src/domain/diagnose';
import { compareByOrder } from '../../src/domain/order-key';
import { prioritize, UNLINKED_SHOWN, type PrioritizeInput } from '../../src/domain/prioritize';
import type { Plan, PlanEntry, TaskEntry } from '../../src/domain/plan-types';
import type { CheckIn, Goal, Task } from '../../src/domain/types';

const TODAY = '2026-11-10';
const T_TODAY = new Date(2026, 10, 10, 12).getTime();
const DAY_MS = 86_400_000;

// Short keys from a small alphabet, so ties (equal keys, broken by id) happen often.
const orderKey = fc.string({
  unit: fc.constantFrom('a', 'b', 'c', 'V', '0'),
  minLength: 1,
  maxLength: 3,
});
const nearDay = fc.integer({ min: -20, max: 20 }).map((offset) => addDays(TODAY, offset));
const pastInstant = fc.integer({ min: 0, max: 120 }).map((days) => T_TODAY - days * DAY_MS);
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });

const goalArb = (id: string): fc.Arbitrary<Goal> =>
  fc
    .record({
      status: fc.constantFrom('active', 'active', 'paused', 'achieved'),
      deleted: fc.integer({ min: 0, max: 7 }).map((n) => n === 0),
      order: orderKey,
      createdAt: pastInstant,
      deadline: optional(nearDay),
      measure: fc.oneof(
        fc.constant({ type: 'steps' as const }),
        fc.record({
          type: fc.constant('count' as const),
          target: fc.integer({ min: 1, max: 1000 }),
          unit: fc.constant('pages'),
        }),
      ),
    })
    .map(({ deleted, deadline, ...rest }) => ({
      id,
      title: `Goal ${id}`,
      why: 'why',
      obstacles: [],
      updatedAt: rest.createdAt,
      ...rest,
      ...(deadline !== undefined && { deadline }),
      ...(deleted && { deletedAt: T_TODAY }),
    }));

const inputArb = (maxTasks: number, minTasks = 0): fc.Arbitrary<PrioritizeInput> =>
  fc.integer({ min: 0, max: 8 }).chain((goalCount) => {
    const goalIds = Array.from({ length: goalCount }, (_, i) => `g${i}`);
    const goalRef = fc.oneof(
      fc.constant(undefined),
      fc.constant('missing-goal'),
      ...(goalIds.length ? [fc.constantFrom(...goalIds)] : []),
    );
    const taskArb = fc.record({
      kind: fc.constantFrom('chore', 'chore', 'goal'),
      goalId: goalRef,
      status: fc.constantFrom('open', 'open', 'done'),
      order: orderKey,
      deleted: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
      dueDate: optional(nearDay),
      scheduledFor: optional(nearDay),
      snoozedUntil: optional(nearDay),
      snoozes: fc.integer({ min: 0, max: 4 }),
      createdAt: pastInstant,
      completedAt: pastInstant,
    });
    return fc.record({
      goals: fc.tuple(...goalIds.map(goalArb)),
      tasks: fc
        .array(taskArb, { minLength: minTasks, maxLength: maxTasks, size: 'max' })
        .map((rows) =>
          rows.map((row, i): Task => {
            const { deleted, goalId, completedAt, dueDate, scheduledFor, snoozedUntil, ...rest } =
              row;
            return {
              id: `t${i}`,
              title: `Task ${i}`,
              updatedAt: rest.createdAt,
              ...rest,
              ...(goalId !== undefined && { goalId }),
              ...(row.status === 'done' && { completedAt }),
              ...(deleted && { deletedAt: completedAt }),
              ...(dueDate !== undefined && { dueDate }),
              ...(scheduledFor !== undefined && { scheduledFor }),
              ...(snoozedUntil !== undefined && { snoozedUntil }),
            };
          }),
        ),
      checkIns: fc
        .array(
          fc.record({
            goalId: goalIds.length ? fc.constantFrom(...goalIds) : fc.constant('missing-goal'),
            day: nearDay,
            amount: optional(fc.double({ min: 0, max: 50, noNaN: true })),
          }),
          { maxLength: 30 },
        )
        .map((rows) =>
          rows.map((row, i): CheckIn => {
            const { amount, ...rest } = row;
            return {
              id: `c${i}`,
              createdAt: T_TODAY,
              updatedAt: T_TODAY,
              ...rest,
              ...(amount !== undefined && { amount }),
            };
          }),
        ),
      today: fc.constant(TODAY),
      settings: fc.record({
        neglectDays: fc.integer({ min: 1, max: 10 }),
        choreCap: fc.integer({ min: 1, max: 10 }),
        stepsPerGoal: fc.integer({ min: 1, max: 3 }),
      }),
    });
  });

const isGoalItem = (entry: PlanEntry) => entry.type !== 'task' || entry.task.kind === 'goal';
const flatten = (plan: Plan): PlanEntry[] => [...plan.goals, ...plan.chores, ...plan.pile];
/** Every task in the plan, those behind the prompt for goal steps without a goal included. */
const taskEntries = (plan: Plan): TaskEntry[] =>
  flatten(plan).flatMap((entry) =>
    entry.type === 'task' ? [entry] : entry.type === 'unlinked-rest' ? entry.rest : [],
  );
const shuffle = <T>(items: readonly T[], seed: number): T[] => {
  const copy = [...items];
  let state = seed || 1;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (state * 48271) % 2147483647;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
};
const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
};

function checkInvariants(input: PrioritizeInput, seed: number) {
  const snapshot = structuredClone(input);
  const plan = prioritize(deepFreeze(input));
  expect(input).toEqual(snapshot); // never mutated (and frozen input never throws)

  // No goal item below a chore: goal items fill the goal section and nothing else.
  expect(plan.goals.every(isGoalItem)).toBe(true);
  expect([...plan.chores, ...plan.pile].every((entry) => !isGoalItem(entry))).toBe(true);
  const shown = flatten(plan).map(
    (entry) => ({ kind: isGoalItem(entry) ? 'goal' : 'chore' }) as const,
  );
  expect(diagnose(shown).burialScore).toBe(0);

  // Every active goal is represented, by a step or a prompt.
  const live = input.goals.filter((goal) => goal.deletedAt === undefined);
  for (const goal of live.filter((g) => g.status === 'active')) {
    expect(plan.goals.some((entry) => entry.goal?.id === goal.id)).toBe(true);
  }

  // Closed tasks and steps of paused, achieved or deleted goals never show.
  const goalsById = new Map(input.goals.map((goal) => [goal.id, goal]));
  for (const entry of taskEntries(plan)) {
    expect(entry.task.status).toBe('open');
    expect(entry.task.deletedAt).toBeUndefined();
    const goal = entry.task.goalId ? goalsById.get(entry.task.goalId) : undefined;
    if (entry.task.kind === 'goal' && goal) {
      expect(goal.status).toBe('active');
      expect(goal.deletedAt).toBeUndefined();
    }
  }

  // Every open chore is shown exactly once; at most choreCap visible; each part in manual order.
  const openChores = input.tasks.filter(
    (t) => t.kind === 'chore' && t.status === 'open' && t.deletedAt === undefined,
  );
  const choreIds = [...plan.chores, ...plan.pile].map((entry) => entry.task.id);
  expect(new Set(choreIds).size).toBe(choreIds.length);
  expect(choreIds.length).toBe(openChores.length);
  expect(plan.chores.length).toBe(Math.min(openChores.length, input.settings?.choreCap ?? 5));
  for (const part of [plan.chores, plan.pile]) {
    const tasks = part.map((entry) => entry.task);
    expect(tasks).toEqual([...tasks].sort(compareByOrder));
  }

  // Urgency decides which chores are visible: none in the pile is more urgent than one shown.
  const rank = (entry: PlanEntry) => {
    const codes: string[] = entry.reasons.map((r) => r.code);
    const index = ['overdue', 'due-today', 'scheduled-today'].findIndex((c) => codes.includes(c));
    return index === -1 ? 3 : index;
  };
  const mostUrgentPiled = Math.min(...plan.pile.map(rank));
  for (const entry of plan.chores) expect(rank(entry)).toBeLessThanOrEqual(mostUrgentPiled);

  // Neglected goals first, then the other goals, each in goal order; unlinked steps last.
  const group = (entry: PlanEntry) =>
    !entry.goal ? 2 : entry.reasons.some((r) => r.code === 'neglected') ? 0 : 1;
  plan.goals.forEach((entry, i) => {
    const previous = plan.goals[i - 1];
    if (!previous) return;
    expect(group(previous)).toBeLessThanOrEqual(group(entry));
    if (group(previous) === group(entry) && previous.goal && entry.goal) {
      expect(compareByOrder(previous.goal, entry.goal)).toBeLessThanOrEqual(0);
    }
  });

  // Goal steps without a goal: each open one once, in manual order; the first
  // max(3, stepsPerGoal) shown, the rest behind one prompt, last in the goal section.
  const unlinkedIds = new Set(
    input.tasks
      .filter(
        (t) =>
          t.kind === 'goal' &&
          t.status === 'open' &&
          t.deletedAt === undefined &&
          (t.goalId === undefined || !goalsById.has(t.goalId)),
      )
      .map((t) => t.id),
  );
  const shownLoose = plan.goals.flatMap((entry) =>
    entry.type === 'task' && !entry.goal ? [entry.task] : [],
  );
  const prompts = plan.goals.filter((entry) => entry.type === 'unlinked-rest');
  const restLoose = prompts.flatMap((entry) => entry.rest.map((rest) => rest.task));
  const cap = Math.max(UNLINKED_SHOWN, input.settings?.stepsPerGoal ?? 1);
  const allLoose = [...shownLoose, ...restLoose];
  expect(allLoose.map((t) => t.id).sort()).toEqual([...unlinkedIds].sort());
  expect(allLoose).toEqual([...allLoose].sort(compareByOrder));
  expect(shownLoose.length).toBe(Math.min(cap, unlinkedIds.size));
  expect(prompts.length).toBe(unlinkedIds.size > cap ? 1 : 0);
  if (prompts.length > 0) expect(plan.goals.at(-1)).toBe(prompts[0]);

  // A goal's surfaced step is its first open step in the goal's own order.
  for (const goal of live.filter((g) => g.status === 'active')) {
    const open = input.tasks
      .filter(
        (t) => t.goalId === goal.id && t.kind === 'goal' && t.status === 'open' && !t.deletedAt,
      )
      .sort(compareByOrder);
    const first = plan.goals.find((entry) => entry.goal?.id === goal.id);
    expect(first?.type === 'task' ? first.task : undefined).toEqual(open[0]);
  }

  // Same input, same plan; shuffled input, same plan.
  expect(prioritize(input)).toEqual(plan);
  const shuffled = {
    ...input,
    tasks: shuffle(input.tasks, seed),
    goals: shuffle(input.goals, seed + 1),
    checkIns: shuffle(input.checkIns, seed + 2),
  };
  expect(prioritize(shuffled)).toEqual(plan);
}

describe('prioritize invariants', () => {
  it('hold for small and medium lists', () => {
    fc.assert(fc.property(inputArb(200), fc.integer({ min: 1, max: 1e6 }), checkInvariants), {
      numRuns: 200,
    });
  }, 60_000);

  it('hold for lists of 1,000 to 5,000 tasks', () => {
    fc.assert(
      fc.property(inputArb(5000, 1000), fc.integer({ min: 1, max: 1e6 }), checkInvariants),
      { numRuns: 12 },
    );
  }, 60_000);
});
