// `npm run bench`: every benchmark, printed against the budgets of DESIGN.md §8. The browser
// benchmarks run against the production build (built here) in Debian's Chromium.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from '../scripts/chromium';
import { INITIAL_JS_BUDGET_KB, initialJsKb } from '../scripts/initial-js';
import { startPreview } from './browser/preview-server';
import { benchDrag } from './browser/drag.bench';
import { benchFirstUse } from './browser/first-use.bench';
import { benchToday, benchUnlinked } from './browser/today.bench';
import { benchPrioritize } from './prioritize.bench';

const results = [benchPrioritize()];

if (existsSync(CHROMIUM_PATH)) {
  execSync('node_modules/.bin/vite build', { stdio: 'ignore' });
  const kb = initialJsKb();
  const small = kb <= INITIAL_JS_BUDGET_KB;
  console.log(
    `\nInitial JavaScript: ${kb.toFixed(1)} KB gzip (budget ≤ ${INITIAL_JS_BUDGET_KB} KB) → ${small ? 'WITHIN' : 'OVER'}`,
  );
  results.push(small);
  const server = await startPreview(Number(process.env.BENCH_PORT ?? 4195));
  try {
    results.push(await benchToday(server.url));
    results.push(await benchUnlinked(server.url));
    results.push(await benchFirstUse(server.url));
    results.push(await benchDrag(server.url));
  } finally {
    server.stop();
  }
} else {
  console.log(`\nNo Chromium at ${CHROMIUM_PATH}: browser benchmarks skipped.`);
}

console.log(
  results.every(Boolean) ? '\nAll benchmarks within budget.' : '\nSome benchmark is over budget.',
);
