// Today with the sync bridge on, in Chromium, 10,000 tasks stored (issue 15, DESIGN.md §8): the
// first render after a reload (≤ 500 ms) and a quick add shown (≤ 50 ms) while this tab leads
// (holds the Y.Doc and drains every change into it), and one record changed by a "remote device"
// until it is in Dexie and on screen (≤ 50 ms). Runs on the bench-mode build (dist-bench), whose
// only difference is a handle on the leader's Y.Doc to play the remote device with.
import { chromium, type Page } from '@playwright/test';
import type * as Y from 'yjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium';
import { seed } from '../../tests/e2e/support/app-db';
import { makeList } from '../make-list';
import { median, ms, percentile } from '../stats';
import { firstRender, quickAdd } from './today.bench';
import { benchContext } from './bench-context';

const RELOADS = 9;
const ADDS = 25;
const REMOTE_EDITS = 25;

/** Waits until this tab leads and its bridge has started (the handle is set after the start). */
const bridgeReady = (page: Page, tasks: number) =>
  page.waitForFunction(
    (count) =>
      ((globalThis as { goalsFirstSyncDoc?: Y.Doc }).goalsFirstSyncDoc?.getMap('tasks').size ??
        0) >= count,
    tasks,
    { timeout: 120_000, polling: 100 },
  );

/** A visible chore's title changed on the leader's document as a remote update would. */
function remoteEdit(page: Page, title: string): Promise<number> {
  return page.evaluate(
    (expected) =>
      new Promise<number>((resolve) => {
        const doc = (globalThis as { goalsFirstSyncDoc?: Y.Doc }).goalsFirstSyncDoc!;
        const row = document.querySelector('[aria-labelledby="chores-heading"] [data-task-id]')!;
        const id = row.getAttribute('data-task-id')!;
        let start = 0;
        const observer = new MutationObserver(() => {
          const titles = document.querySelectorAll(
            '[aria-labelledby="chores-heading"] .task-title',
          );
          if ([...titles].some((node) => node.textContent === expected)) {
            observer.disconnect();
            resolve(performance.now() - start);
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        start = performance.now();
        doc.transact(() => {
          (doc.getMap('tasks').get(id) as Y.Map<unknown>).set('title', expected);
        }, 'bench-remote-device');
      }),
    title,
  );
}

export async function benchSync(baseURL: string): Promise<boolean> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const context = await benchContext(browser, { baseURL });
    const page = await context.newPage();
    const { tasks, goals, checkIns } = makeList(10_000, 50, 42, 0);
    await seed(page, { tasks, goals, checkIns, settings: [{ key: 'syncEnabled', value: true }] });
    // The first start pushes every record into the new document (once per device).
    let start = Date.now();
    await bridgeReady(page, tasks.length);
    const firstStart = Date.now() - start;

    await firstRender(page);
    const renders: number[] = [];
    for (let i = 0; i < RELOADS; i++) renders.push(await firstRender(page));
    start = Date.now();
    await bridgeReady(page, tasks.length);
    const restart = Date.now() - start;
    const adds: number[] = [];
    for (let i = 0; i < ADDS; i++) adds.push(await quickAdd(page, `Synced chore ${i}`));
    await bridgeReady(page, tasks.length + ADDS);
    const remote: number[] = [];
    for (let i = 0; i < REMOTE_EDITS; i++) remote.push(await remoteEdit(page, `Remote edit ${i}`));

    const renderOk = median(renders) <= 500;
    const addOk = median(adds) <= 50;
    const remoteOk = median(remote) <= 50;
    console.log('\nToday in Chromium with sync on (this tab leads), 10,000 tasks stored');
    console.log(`  first start of the bridge (pushes all 10,000 records): ${firstStart} ms`);
    console.log(`  bridge ready after a reload (loads the document, reconciles): ${restart} ms`);
    console.log(
      `  first render after reload: median ${ms(median(renders))}, p95 ${ms(percentile(renders, 0.95))} (budget ≤ 500 ms) → ${renderOk ? 'WITHIN' : 'OVER'}`,
    );
    console.log(
      `  quick add shown:           median ${ms(median(adds))}, p95 ${ms(percentile(adds, 0.95))} (budget ≤ 50 ms) → ${addOk ? 'WITHIN' : 'OVER'}`,
    );
    console.log(
      `  remote change on screen:   median ${ms(median(remote))}, p95 ${ms(percentile(remote, 0.95))} (budget ≤ 50 ms) → ${remoteOk ? 'WITHIN' : 'OVER'}`,
    );
    return renderOk && addOk && remoteOk;
  } finally {
    await browser.close();
  }
}
