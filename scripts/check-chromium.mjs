// Fails early, with the fix spelled out, when no Chromium (or no poppler, for the printed
// report) is there for the e2e tests.
import { existsSync } from 'node:fs';

const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  console.error(
    [
      `No Chromium at ${path}: the end-to-end tests drive a real Chromium.`,
      'Install it with:  sudo apt-get install -y chromium   (Debian/Ubuntu)',
      'or point CHROME_PATH at a Chromium or Chrome binary:  CHROME_PATH=/path/to/chrome npm test',
      '(`npx playwright install` is not needed and is not used.)',
    ].join('\n'),
  );
  process.exit(1);
}

// The printed Review report is read back with poppler's pdfinfo and pdftotext.
const onPath = (name) =>
  (process.env.PATH ?? '').split(':').some((dir) => dir !== '' && existsSync(`${dir}/${name}`));
const missing = ['pdfinfo', 'pdftotext'].filter((name) => !onPath(name));
if (missing.length > 0) {
  console.error(
    [
      `No ${missing.join(' or ')} on the PATH: the end-to-end tests read the printed Review report with them.`,
      'Install them with:  sudo apt-get install -y poppler-utils   (Debian/Ubuntu; brew install poppler on macOS)',
    ].join('\n'),
  );
  process.exit(1);
}
