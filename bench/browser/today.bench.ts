// Today in real Chromium with 10,000 tasks stored (DESIGN.md §8): the first render after a
// reload (budget ≤ 500 ms) and the time from Enter in quick add until the new row is on screen
// (budget ≤ 50 ms). Medians of repeated runs, measured inside the page with performance.now().
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium';
import { seed } from '../../tests/e2e/support/app-db';
import { makeList } from '../make-list';
import { median, ms, percentile } from '../stats';

const RELOADS = 9;
const ADDS = 25;

export async function firstRender(page: Page): Promise<number> {
  await page.reload();
  // performance.now() counts from the navigation's start.
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const check = () => {
          if (document.querySelector('[aria-labelledby="chores-heading"] [data-task-id]')) {
            resolve(performance.now());
          } else requestAnimationFrame(check);
        };
        check();
      }),
  );
}

export async function quickAdd(page: Page, title: string): Promise<number> {
  const box = page.getByRole('textbox', { name: 'New task' });
  await box.fill(title);
  const timing = page.evaluate(
    (expected) =>
      new Promise<number>((resolve) => {
        const input = document.getElementById('new-task')!;
        let start = 0;
        input.addEventListener('keydown', () => (start = performance.now()), {
          once: true,
          capture: true,
        });
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
      }),
    title,
  );
  await box.press('Enter');
  return timing;
}

export async function benchToday(baseURL: string): Promise<boolean> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ baseURL });
    // tsx compiles this file with esbuild's keepNames, which wraps functions in a `__name`
    // helper; functions sent to page.evaluate carry that call into the page, so define it there.
    await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
    const page = await context.newPage();
    // No due dates: a new chore then lands among the visible ones, where the timing looks for
    // it (with several overdue chores it would go straight into the folded pile).
    const { tasks, goals, checkIns } = makeList(10_000, 50, 42, 0);
    await seed(page, { tasks, goals, checkIns });
    await firstRender(page); // warm the HTTP cache and the database
    const renders: number[] = [];
    for (let i = 0; i < RELOADS; i++) renders.push(await firstRender(page));
    const adds: number[] = [];
    for (let i = 0; i < ADDS; i++) adds.push(await quickAdd(page, `Benchmark chore ${i}`));

    const renderOk = median(renders) <= 500;
    const addOk = median(adds) <= 50;
    console.log('\nToday in Chromium, 10,000 tasks stored');
    console.log(
      `  first render after reload: median ${ms(median(renders))}, p95 ${ms(percentile(renders, 0.95))} (budget ≤ 500 ms) → ${renderOk ? 'WITHIN' : 'OVER'}`,
    );
    console.log(
      `  quick add shown:           median ${ms(median(adds))}, p95 ${ms(percentile(adds, 0.95))} (budget ≤ 50 ms) → ${addOk ? 'WITHIN' : 'OVER'}`,
    );
    return renderOk && addOk;
  } finally {
    await browser.close();
  }
}
