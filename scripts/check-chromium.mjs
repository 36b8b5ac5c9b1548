// Fails early, with the fix spelled out, when no Chromium is there for the e2e tests.
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
