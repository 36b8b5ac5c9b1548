// The choice of local Y.Doc store (issue 15): y-indexeddb against y-dexie, in Chromium, on
// 10,000 tasks and a year of edits (20 a day, each its own update as the bridge makes them).
// Prints stored bytes, write and load times. The app uses y-indexeddb: it loads about 5× and
// stores an edit about 30× faster, for a quarter more bytes (README, Sync).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium';
import { makeList } from '../make-list';
import type { PersistenceFigures } from './persistence-page';

const EDITS = 365 * 20;

async function bundlePage(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'gf-persistence-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir,
      minify: true,
      lib: {
        entry: 'bench/browser/persistence-page.ts',
        formats: ['iife'],
        name: 'persistencePage',
        fileName: () => 'page.js',
      },
    },
  });
  const code = readFileSync(join(outDir, 'page.js'), 'utf8');
  rmSync(outDir, { recursive: true });
  return code;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

export async function benchPersistence(baseURL: string): Promise<PersistenceFigures[]> {
  const code = await bundlePage();
  const { tasks } = makeList(10_000, 50, 42);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const results: PersistenceFigures[] = [];
  try {
    console.log(
      `\nLocal Y.Doc store, 10,000 tasks then ${EDITS.toLocaleString('en')} edits (a year)`,
    );
    for (const kind of ['y-indexeddb', 'y-dexie']) {
      // A fresh page each: an empty origin storage, no service worker in the way.
      const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
      const page = await context.newPage();
      // An empty page on the app's origin (its storage), without the app in the way.
      await page.route('**/persistence-bench', (route) =>
        route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title>' }),
      );
      await page.goto('/persistence-bench');
      await page.addScriptTag({ content: code });
      const figures = await page.evaluate(
        ([name, list, edits]) =>
          (
            globalThis as unknown as {
              persistenceBench: {
                measure: (k: string, t: unknown[], e: number) => Promise<PersistenceFigures>;
              };
            }
          ).persistenceBench.measure(name, list, edits),
        [kind, tasks, EDITS] as const,
      );
      results.push(figures);
      console.log(
        `  ${kind.padEnd(12)} stored ${kb(figures.storedBytes)}, first write ${figures.initialWriteMs.toFixed(0)} ms, ` +
          `edit stored in ${figures.editWriteMs.toFixed(2)} ms (mean), load ${figures.loadMs.toFixed(0)} ms (${figures.loadedTasks} tasks)`,
      );
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return results;
}
