// prioritize at 1,000, 10,000 and 100,000 tasks with 50 goals (DESIGN.md §8): median and p95
// of at least 30 timed runs after warm-up, and, in the same runs, one sort of the same tasks
// by order key: on a noisy machine the ratio is the figure that holds.
import { compareByOrder } from '../src/domain/order-key';
import { prioritize } from '../src/domain/prioritize';
import { BENCH_TODAY, makeList } from './make-list';
import { median, ms, percentile } from './stats';

const SIZES = [1_000, 10_000, 100_000];
const WARM_UP = 10;
const RUNS = 40;
const BUDGET_MS = 5;
const BUDGET_RATIO = 1.5;

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

export function benchPrioritize(): boolean {
  console.log('prioritize (Node, 50 goals)');
  console.log('  tasks     median      p95         sort median  ratio');
  let withinBudget = true;
  for (const size of SIZES) {
    const input = { ...makeList(size), today: BENCH_TODAY };
    const runs = size >= 100_000 ? Math.max(30, RUNS / 2) : RUNS;
    for (let i = 0; i < WARM_UP; i++) {
      prioritize(input);
      [...input.tasks].sort(compareByOrder);
    }
    const plan: number[] = [];
    const sort: number[] = [];
    for (let i = 0; i < runs; i++) {
      plan.push(time(() => prioritize(input)));
      sort.push(time(() => [...input.tasks].sort(compareByOrder)));
    }
    const ratio = median(plan) / median(sort);
    console.log(
      `  ${String(size).padEnd(9)} ${ms(median(plan)).padEnd(11)} ${ms(percentile(plan, 0.95)).padEnd(11)} ${ms(median(sort)).padEnd(12)} ${ratio.toFixed(2)}×`,
    );
    if (size === 10_000) {
      const fast = median(plan) <= BUDGET_MS;
      const close = ratio <= BUDGET_RATIO;
      withinBudget = fast && close;
      console.log(
        `  budget at 10,000: median ${ms(median(plan))} ${fast ? '≤' : '>'} ${BUDGET_MS} ms; ` +
          `${ratio.toFixed(2)}× one sort ${close ? '≤' : '>'} ${BUDGET_RATIO}× → ${withinBudget ? 'WITHIN BUDGET' : 'OVER BUDGET'}`,
      );
    }
  }
  return withinBudget;
}
