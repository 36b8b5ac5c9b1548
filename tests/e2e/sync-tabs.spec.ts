// Sync across the tabs of one device (DESIGN.md §9): with sync off the sync code never loads;
// with it on, one tab holds the Y.Doc (a Web Lock), drains every tab's changes into it, and when
// that tab closes the lock passes to another, which carries on.
import { expect, test, type Page } from '@playwright/test';
import { seed } from './support/app-db';
import { today } from './support/today';

const LOCK = 'goals-first-sync-leader';

/** The sync lock: how many tabs hold it (0 or 1) and how many wait. */
const lockState = (page: Page) =>
  page.evaluate(async (name) => {
    const state = await navigator.locks.query();
    return {
      held: (state.held ?? []).filter((lock) => lock.name === name).length,
      waiting: (state.pending ?? []).filter((lock) => lock.name === name).length,
    };
  }, LOCK);

/** Notes of local changes that no tab has moved into the Y.Doc yet. */
const outboxCount = (page: Page) =>
  page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('goals-first');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const count = await new Promise<number>((resolve, reject) => {
      const request = db.transaction('outbox').objectStore('outbox').count();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('count failed'));
    });
    db.close();
    return count;
  });

/** Bytes of the stored Y.Doc (y-indexeddb's updates). */
const storedDocBytes = (page: Page) =>
  page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('goals-first-ydoc');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    if (!db.objectStoreNames.contains('updates')) return 0;
    const updates = await new Promise<Uint8Array[]>((resolve, reject) => {
      const request = db.transaction('updates').objectStore('updates').getAll();
      request.onsuccess = () => resolve(request.result as Uint8Array[]);
      request.onerror = () => reject(request.error ?? new Error('read failed'));
    });
    db.close();
    return updates.reduce((sum, update) => sum + update.byteLength, 0);
  });

test('a device without sync never loads the sync code', async ({ page }) => {
  const scripts: string[] = [];
  page.on('response', (response) => scripts.push(new URL(response.url()).pathname));
  await page.goto('/');
  await today(page).add('Buy milk');
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
  expect(scripts.some((path) => path.includes('/background-work-'))).toBe(true);
  expect(scripts.filter((path) => path.includes('/device-sync-'))).toEqual([]);
  expect(await outboxCount(page)).toBe(0);
});

test('one tab holds the document; the others follow; the lock passes when it closes', async ({
  context,
}) => {
  const first = await context.newPage();
  await seed(first, { settings: [{ key: 'syncEnabled', value: true }] });
  await expect.poll(() => lockState(first)).toEqual({ held: 1, waiting: 0 });
  const second = await context.newPage();
  await second.goto('/');
  await expect.poll(() => lockState(second)).toEqual({ held: 1, waiting: 1 });

  // A change in the follower reaches the leader's document.
  await today(second).add('Added in the follower');
  await expect(today(first).chores.getByRole('listitem')).toHaveText([/^Added in the follower/]);
  await expect.poll(() => outboxCount(second)).toBe(0);
  const before = await storedDocBytes(second);
  expect(before).toBeGreaterThan(0);

  // The leader closes: the follower takes over and carries on.
  await first.close();
  await expect.poll(() => lockState(second)).toEqual({ held: 1, waiting: 0 });
  await today(second).add('Added after the handover');
  await expect.poll(() => outboxCount(second)).toBe(0);
  await expect.poll(() => storedDocBytes(second)).toBeGreaterThan(before);
});
