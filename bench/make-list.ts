// A seeded, reproducible task list of a given size for benchmarks: 50 goals, about one task in
// ten a goal step, a fifth of everything done, some due dates around today.
import { keyBetween } from '../src/domain/order-key';
import { addDays, startOfDay } from '../src/domain/day';
import type { CheckIn, Goal, Task } from '../src/domain/types';

export const BENCH_TODAY = '2026-11-10';

/** mulberry32: a tiny seeded PRNG, so every run measures the same data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `dueShare`: the share of tasks with a due date (in ±10 days of BENCH_TODAY). */
export function makeList(taskCount: number, goalCount = 50, seed = 42, dueShare = 0.15) {
  const random = seededRandom(seed);
  const base = startOfDay(BENCH_TODAY).getTime();
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;

  let goalKey: string | null = null;
  const goals: Goal[] = Array.from({ length: goalCount }, (_, i) => {
    goalKey = keyBetween(goalKey, null);
    return {
      id: `goal-${i}`,
      title: `Goal ${i}`,
      why: 'Because it matters',
      measure: i % 3 === 0 ? { type: 'count', target: 100, unit: 'pages' } : { type: 'steps' },
      status: i % 10 === 9 ? 'paused' : 'active',
      obstacles: [],
      order: goalKey,
      createdAt: base - Math.floor(random() * 60) * 86_400_000,
      updatedAt: base,
      ...(i % 4 === 0 && { deadline: addDays(BENCH_TODAY, Math.floor(random() * 40) - 5) }),
    };
  });

  // Random, distinct keys in random order: the shape a list has after months of inserts.
  let key: string | null = null;
  const keys = Array.from({ length: taskCount }, () => (key = keyBetween(key, null)));
  for (let i = keys.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [keys[i], keys[j]] = [keys[j]!, keys[i]!];
  }
  const tasks: Task[] = keys.map((order, i) => {
    const isStep = random() < 0.1;
    const done = random() < 0.2;
    const due =
      random() < dueShare ? addDays(BENCH_TODAY, Math.floor(random() * 20) - 10) : undefined;
    return {
      id: `task-${i}`,
      title: `Task ${i}`,
      kind: isStep ? 'goal' : 'chore',
      status: done ? 'done' : 'open',
      order,
      snoozes: 0,
      createdAt: base - 86_400_000,
      updatedAt: base,
      ...(isStep && { goalId: pick(goals).id }),
      ...(done && { completedAt: base - Math.floor(random() * 10) * 86_400_000 }),
      ...(due !== undefined && { dueDate: due }),
    };
  });

  const checkIns: CheckIn[] = goals
    .filter((goal) => goal.measure.type === 'count')
    .map((goal, i) => ({
      id: `checkin-${i}`,
      goalId: goal.id,
      day: addDays(BENCH_TODAY, -Math.floor(random() * 10)),
      amount: Math.floor(random() * 20),
      createdAt: base,
      updatedAt: base,
    }));
  return { tasks, goals, checkIns };
}
