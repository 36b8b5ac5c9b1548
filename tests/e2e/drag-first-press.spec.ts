// The first press counts (issue 21): Today's drag layer is not in the first download, and a
// person who grabs a handle the moment the list shows (mouse, touch, or Space on a focused
// handle) must still drag. To make "before the layer is ready" certain rather than a race, the
// layer's code is held back on the network until the press has happened; the same drags are
// also made right after a reload with nothing held back, as a person would.
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Task } from '../../src/domain/types';
import { makeTask } from '../fixtures/builders';
import { readStore, seed } from './support/app-db';
import { rowOf } from './support/drag';
import { today } from './support/today';

// Routing sees only the page's own requests, not those a service worker answers.
test.use({ viewport: { width: 1280, height: 1000 }, serviceWorkers: 'block' });

const LAYER = /\/assets\/today-drag-layer-[\w-]+\.js$/;

/** Holds the drag layer's code back until `release` is called. */
async function holdDragLayer(page: Page) {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(LAYER, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Whether the layer has bound the handle (it then carries dnd-kit's instructions). */
const isBound = (handle: Locator) =>
  handle.evaluate((element) => element.hasAttribute('aria-describedby'));

async function centre(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function seedChores(page: Page) {
  const tasks = ['Laundry', 'Dishes', 'Groceries'].map((title) => makeTask({ title }));
  await seed(page, { tasks });
  await expect(today(page).chores.getByRole('listitem')).toHaveText([
    /^Laundry/,
    /^Dishes/,
    /^Groceries/,
  ]);
  return tasks;
}

/** Laundry, first, went last: on screen and in the database. */
async function expectLaundryLast(page: Page, tasks: Task[]) {
  await expect(today(page).chores.getByRole('listitem')).toHaveText([
    /^Dishes/,
    /^Groceries/,
    /^Laundry/,
  ]);
  await expect
    .poll(async () => {
      const stored = await readStore<Task>(page, 'tasks');
      const order = (id: string) => stored.find((task) => task.id === id)?.order ?? '';
      return order(tasks[0]!.id) > order(tasks[2]!.id);
    })
    .toBe(true);
}

/** Mouse down on Laundry's handle, then down the list past Groceries, and up. */
async function mouseDragLaundry(page: Page, beforeMoving?: () => Promise<void>) {
  const chores = today(page).chores;
  const handle = page.getByRole('button', { name: 'Move: Laundry' });
  const start = await centre(handle);
  const gap =
    (await centre(rowOf(chores, 'Groceries'))).y - (await centre(rowOf(chores, 'Laundry'))).y;
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await beforeMoving?.();
  await page.mouse.move(start.x, start.y + 8);
  await page.mouse.move(start.x, start.y + gap + 12, { steps: 20 });
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  await page.mouse.up();
}

test('a mouse press made before the drag layer is ready drags', async ({ page }) => {
  const release = await holdDragLayer(page);
  const tasks = await seedChores(page);
  const handle = page.getByRole('button', { name: 'Move: Laundry' });
  await mouseDragLaundry(page, async () => {
    expect(await isBound(handle)).toBe(false); // the press came first
    release();
    await expect(handle).toHaveAccessibleDescription(/arrow keys/);
  });
  await expectLaundryLast(page, tasks);
});

test('a press that was a click (released before the layer came) starts no drag', async ({
  page,
}) => {
  const release = await holdDragLayer(page);
  await seedChores(page);
  const handle = page.getByRole('button', { name: 'Move: Laundry' });
  const start = await centre(handle);
  await page.mouse.click(start.x, start.y);
  release();
  await expect(handle).toHaveAccessibleDescription(/arrow keys/);
  // Moving the mouse afterwards, with no button down, drags nothing.
  await page.mouse.move(start.x, start.y + 80, { steps: 10 });
  await expect(page.locator('.drag-overlay')).toHaveCount(0);
  await expect(today(page).chores.getByRole('listitem')).toHaveText([
    /^Laundry/,
    /^Dishes/,
    /^Groceries/,
  ]);
});

test('Space on a handle pressed before the drag layer is ready lifts the row', async ({ page }) => {
  const release = await holdDragLayer(page);
  const tasks = await seedChores(page);
  const handle = page.getByRole('button', { name: 'Move: Laundry' });
  await handle.focus();
  await page.keyboard.press('Space');
  expect(await isBound(handle)).toBe(false);
  release();
  await expect(page.getByText('Picked up Laundry. Position 1 of 3.')).toBeAttached();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByText('Laundry is now at position 2 of 3.')).toBeAttached();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByText('Laundry is now at position 3 of 3.')).toBeAttached();
  await page.keyboard.press('Space');
  await expectLaundryLast(page, tasks);
  await expect(handle).toBeFocused();
});

test('right after a reload, the first mouse drag and the first Space both work', async ({
  page,
}) => {
  const tasks = await seedChores(page);
  await page.reload();
  const handle = page.getByRole('button', { name: 'Move: Laundry' });
  await handle.waitFor();
  await mouseDragLaundry(page);
  await expectLaundryLast(page, tasks);

  await page.reload();
  const moved = page.getByRole('button', { name: 'Move: Laundry' });
  await moved.focus();
  await page.keyboard.press('Space');
  await expect(page.getByText('Picked up Laundry. Position 3 of 3.')).toBeAttached();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByText('Laundry is now at position 2 of 3.')).toBeAttached();
  await page.keyboard.press('Space');
  await expect(today(page).chores.getByRole('listitem')).toHaveText([
    /^Dishes/,
    /^Laundry/,
    /^Groceries/,
  ]);
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true });

  test('a press and hold begun before the drag layer is ready lifts the row', async ({ page }) => {
    const release = await holdDragLayer(page);
    const tasks = await seedChores(page);
    const chores = today(page).chores;
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x = 0, y = 0) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [{ x, y }],
      });
    const handle = page.getByRole('button', { name: 'Move: Laundry' });
    const { x, y } = await centre(handle);
    const gap =
      (await centre(rowOf(chores, 'Groceries'))).y - (await centre(rowOf(chores, 'Laundry'))).y;

    await touch('touchStart', x, y);
    expect(await isBound(handle)).toBe(false);
    release();
    await expect(handle).toHaveAccessibleDescription(/arrow keys/);
    // Still held past the press delay: the row lifts and follows the finger.
    await page.waitForTimeout(400);
    for (let i = 1; i <= 20; i++) await touch('touchMove', x, y + ((gap + 12) * i) / 20);
    await expect(page.getByText('Laundry is now at position 3 of 3.')).toBeAttached();
    await touch('touchEnd');
    await expectLaundryLast(page, tasks);
  });
});
