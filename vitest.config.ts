import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Vitest runs unit, db, component and server tests; Playwright owns tests/e2e, so the include
// lists are explicit (Vitest's default glob would pick up the Playwright specs too).
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig({
  // The components run on Preact here too, as they do in the built app (vite.config.ts).
  plugins: [preact()],
  define: { __APP_VERSION__: JSON.stringify(version) },
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
    restoreMocks: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'db',
          include: ['tests/db/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/setup/fake-db.ts'],
        },
      },
      {
        extends: true,
        test: {
          // The sync bridge: replicas of the app's database and Y.Doc in one process.
          name: 'sync',
          include: ['tests/sync/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/setup/fake-db.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/setup/fake-db.ts', 'tests/setup/dom.ts'],
        },
      },
      {
        extends: true,
        test: {
          // The sync server (server/): in-process on free ports, and as a child process for
          // the signal tests.
          name: 'server',
          include: ['tests/server/**/*.test.ts'],
          environment: 'node',
          // Postgres and Redis for the whole run (Debian's packages, started on free ports).
          globalSetup: ['tests/server/support/global-setup.ts'],
        },
      },
    ],
  },
});
