// Sums the Vitest and Playwright JSON reports into one line, "N passed, N failed". Exits
// non-zero when a test failed or when no test ran at all (a run that tested nothing is a failure).
import { existsSync, readFileSync } from 'node:fs';

const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null);

let passed = 0;
let failed = 0;
const notes = [];

const vitest = read('reports/vitest.json');
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  notes.push(`vitest ${vitest.numPassedTests}/${vitest.numTotalTests}`);
} else {
  notes.push('vitest: no report');
}

const playwright = read('reports/playwright.json');
if (playwright) {
  const { expected, unexpected, flaky } = playwright.stats;
  passed += expected + flaky;
  failed += unexpected;
  notes.push(
    `playwright ${expected + flaky} passed (${flaky} after a retry), ${unexpected} failed`,
  );
} else {
  notes.push('playwright: no report');
}

console.error(notes.join('; '));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
