// `npm run bench`: every benchmark, printed against the budgets of DESIGN.md §8. The browser
// benchmarks run against the production build (built here) in Debian's Chromium.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from '../scripts/chromium';
import { INITIAL_JS_BUDGET_KB, initialJsKb } from '../scripts/initial-js';
import { startPreview } from './browser/preview-server';
import { benchDrag } from './browser/drag.bench';
import { benchListImportBrowser } from './browser/list-import.bench';
import { benchReview } from './browser/review.bench';
import { benchFirstUse } from './browser/first-use.bench';
import { benchToday, benchUnlinked } from './browser/today.bench';
import { benchListImport } from './list-import.bench';
import { benchSync } from './browser/sync.bench';
import { benchSyncDevices } from './browser/sync-devices.bench';
import { benchCoach } from './browser/coach.bench';
import { benchPersistence } from './browser/persistence.bench';
import { benchPrioritize } from './prioritize.bench';
import { benchSyncSize } from './sync-size.bench';

const results = [benchPrioritize(), benchSyncSize(), await benchListImport()];

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
    results.push(await benchListImportBrowser(server.url));
    results.push(await benchReview(server.url));
  } finally {
    server.stop();
  }
  // Sync between devices (issue 16): the production build served by the project's own server.
  results.push(await benchSyncDevices());
  // The coach's view (issue 17): share latency, the share document, 30 clients on one page.
  results.push(await benchCoach());
  // Sync (issue 15): the bench-mode build differs only by a handle on the leader's Y.Doc, so
  // the benchmark can play a remote device.
  execSync('node_modules/.bin/vite build --mode bench --outDir dist-bench', { stdio: 'ignore' });
  const benchServer = await startPreview(Number(process.env.BENCH_PORT ?? 4195) + 1, 'dist-bench');
  try {
    results.push(await benchSync(benchServer.url));
    await benchPersistence(benchServer.url);
  } finally {
    benchServer.stop();
  }
} else {
  console.log(`\nNo Chromium at ${CHROMIUM_PATH}: browser benchmarks skipped.`);
}

console.log(
  results.every(Boolean) ? '\nAll benchmarks within budget.' : '\nSome benchmark is over budget.',
);
