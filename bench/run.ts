// `npm run bench`: every benchmark, printed against the budgets of DESIGN.md §8.
import { benchPrioritize } from './prioritize.bench';

const results = [benchPrioritize()];
console.log(
  results.every(Boolean) ? '\nAll benchmarks within budget.' : '\nSome benchmark is over budget.',
);
