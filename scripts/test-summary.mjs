// Sums the Vitest and Playwright JSON reports into one line, "N passed, N failed". Vitest may
// run more than once (the unit project again under other time zones, `npm run test:tz`), each
// run writing its own reports/vitest*.json; every one of them counts. Exits non-zero when a test
// failed or when no test ran at all (a run that tested nothing is a failure).
import { existsSync, readFileSync, readdirSync } from 'node:fs';

const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null);

let passed = 0;
let failed = 0;
const notes = [];

const vitestReports = existsSync('reports')
  ? readdirSync('reports')
      .filter((name) => /^vitest.*\.json$/.test(name))
      .sort()
  : [];
for (const name of vitestReports) {
  const vitest = read(`reports/${name}`);
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  notes.push(`${name.replace(/\.json$/, '')} ${vitest.numPassedTests}/${vitest.numTotalTests}`);
}
if (vitestReports.length === 0) notes.push('vitest: no report');

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
