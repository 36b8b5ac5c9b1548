// Two devices linked through the project's own server on loopback (issue 16, DESIGN.md §8), in
// Chromium, each a browser context of its own:
// - an edit on one device until it is on the other's screen (p95 ≤ 300 ms);
// - a new device joining a space of 10,000 tasks, from "Join" until it says "Synced" with every
//   task stored (≤ 5 s);
// - the server restarted: from listening again until a device says "Synced" and an edit from
//   the other has arrived;
// - Today with 10,000 tasks while sync is on and connected (first render ≤ 500 ms, quick add
//   ≤ 50 ms).
import { chromium, type Page } from '@playwright/test';
import { startServer, type RunningServer } from '../../server/app.ts';
import { createLogger } from '../../server/log.ts';
import { createMemoryStorage } from '../../server/storage/memory-storage.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium';
import { readStore, seed } from '../../tests/e2e/support/app-db';
import { makeList } from '../make-list';
import { median, ms, percentile } from '../stats';
import { firstRender, quickAdd } from './today.bench';
import { freePort } from '../../scripts/free-port';
import { openAppInNewContext } from './bench-context';

const EDITS = 30;
const RESTARTS = 5;
const RELOADS = 7;
const ADDS = 15;

const status = (page: Page) =>
  page.getByRole('region', { name: 'Sync' }).getByRole('status').first();

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
  await status(page).waitFor();
}

async function openToday(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: 'Today' }).click();
  await page.getByRole('textbox', { name: 'New task' }).waitFor();
}

async function waitForText(page: Page, text: string, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    ([wanted]) => document.querySelector('.sync-status')?.textContent === wanted,
    [text],
    { timeout, polling: 20 },
  );
}

async function turnOn(page: Page): Promise<void> {
  await openSettings(page);
  await page.getByRole('button', { name: 'Turn on sync' }).click();
  await waitForText(page, 'Synced', 120_000);
}

async function makeLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Link another device' }).click();
  const field = page.getByRole('textbox', { name: 'Device link' });
  await page.waitForFunction(
    () => (document.querySelector<HTMLInputElement>('.device-link input')?.value ?? '') !== '',
  );
  return field.inputValue();
}

/** Opens the link, presses Join; returns ms from the click until "Synced". */
async function join(page: Page, link: string): Promise<number> {
  await page.goto('/goals');
  await page.goto(link);
  const button = page.getByRole('button', { name: 'Join', exact: true });
  await button.waitFor();
  const started = Date.now();
  await button.click();
  await waitForText(page, 'Synced', 60_000);
  return Date.now() - started;
}

/** A quick add on `from` until its title is on `to`'s screen, by the pages' shared clock. */
async function edit(from: Page, to: Page, title: string): Promise<number> {
  const arrived = to.evaluate(
    (expected) =>
      new Promise<number>((resolve) => {
        const seen = () =>
          [...document.querySelectorAll('[aria-labelledby="chores-heading"] .task-title')].some(
            (node) => node.textContent === expected,
          );
        const observer = new MutationObserver(() => {
          if (seen()) {
            observer.disconnect();
            resolve(performance.timeOrigin + performance.now());
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      }),
    title,
  );
  const box = from.getByRole('textbox', { name: 'New task' });
  await box.fill(title);
  await from.evaluate(() => {
    document.getElementById('new-task')!.addEventListener(
      'keydown',
      () => {
        (globalThis as { editStart?: number }).editStart =
          performance.timeOrigin + performance.now();
      },
      { once: true, capture: true },
    );
  });
  await box.press('Enter');
  const end = await arrived;
  const start = await from.evaluate(() => (globalThis as { editStart?: number }).editStart ?? 0);
  return end - start;
}

export async function benchSyncDevices(): Promise<boolean> {
  const storage = createMemoryStorage();
  const port = await freePort();
  const quiet = createLogger(() => undefined);
  const open = () => startServer({ distDir: 'dist', storage, port, logger: quiet });
  let server: RunningServer = await open();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    // 1. Edit → other device, two small lists.
    const a = await openAppInNewContext(browser, server.url);
    const b = await openAppInNewContext(browser, server.url);
    await turnOn(a.page);
    await join(b.page, await makeLink(a.page));
    await openToday(a.page);
    await openToday(b.page);
    const edits: number[] = [];
    for (let i = 0; i < EDITS; i++) {
      const [from, to] = i % 2 === 0 ? [a.page, b.page] : [b.page, a.page];
      edits.push(await edit(from, to, `Edit ${i}`));
    }

    // 2. The server restarted: until a device is back and an edit from the other arrived.
    const restarts: number[] = [];
    for (let i = 0; i < RESTARTS; i++) {
      await server.close();
      server = await open();
      const started = Date.now();
      await edit(b.page, a.page, `After restart ${i}`);
      restarts.push(Date.now() - started);
    }
    await a.context.close();
    await b.context.close();

    // 3. A device joins a space of 10,000 tasks.
    const big = await openAppInNewContext(browser, server.url);
    const { tasks, goals, checkIns } = makeList(10_000, 50, 42, 0);
    await seed(big.page, { tasks, goals, checkIns });
    let started = Date.now();
    await turnOn(big.page);
    const upload = Date.now() - started;
    const link = await makeLink(big.page);
    const fresh = await openAppInNewContext(browser, server.url);
    const joinMs = await join(fresh.page, link);
    const stored = (await readStore(fresh.page, 'tasks')).length;

    // 4. Today on the big list while connected (this tab leads and holds the socket).
    await openToday(fresh.page);
    await firstRender(fresh.page);
    const renders: number[] = [];
    for (let i = 0; i < RELOADS; i++) renders.push(await firstRender(fresh.page));
    started = Date.now();
    const adds: number[] = [];
    for (let i = 0; i < ADDS; i++) adds.push(await quickAdd(fresh.page, `Connected chore ${i}`));
    await openSettings(fresh.page);
    await waitForText(fresh.page, 'Synced');
    await fresh.context.close();
    await big.context.close();

    const editOk = percentile(edits, 0.95) <= 300;
    const joinOk = joinMs <= 5000 && stored >= tasks.length;
    const renderOk = median(renders) <= 500;
    const addOk = median(adds) <= 50;
    console.log('\nTwo devices through the server on loopback (Chromium, one context each)');
    console.log(
      `  edit → other device's screen: median ${ms(median(edits))}, p95 ${ms(percentile(edits, 0.95))} (budget p95 ≤ 300 ms) → ${editOk ? 'WITHIN' : 'OVER'}`,
    );
    console.log(
      `  server restarted → back in sync with an edit across: median ${ms(median(restarts))}, max ${ms(Math.max(...restarts))}`,
    );
    console.log(`  turning sync on with 10,000 tasks (upload until "Synced"): ${upload} ms`);
    console.log(
      `  a new device joining that space, "Join" → "Synced" (${stored} tasks stored): ${joinMs} ms (budget ≤ 5,000 ms) → ${joinOk ? 'WITHIN' : 'OVER'}`,
    );
    console.log(
      `  Today, 10,000 tasks, connected: first render median ${ms(median(renders))} (≤ 500 ms) → ${renderOk ? 'WITHIN' : 'OVER'}; quick add median ${ms(median(adds))}, p95 ${ms(percentile(adds, 0.95))} (≤ 50 ms) → ${addOk ? 'WITHIN' : 'OVER'}`,
    );
    return editOk && joinOk && renderOk && addOk;
  } finally {
    await browser.close();
    await server.close();
  }
}
