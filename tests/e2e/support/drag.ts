// Drags the way a person does: with the mouse (down on the handle, a small move that starts the
// drag, then about 20 steps to the target, up), or with the keyboard alone. The drag layer loads
// on first use; a handle is ready once it carries its instructions ("… arrow keys …").
import { expect, type Locator, type Page } from '@playwright/test';

/** Hovers the handle until it is ready to drag. */
export async function readyHandle(handle: Locator): Promise<void> {
  await handle.hover();
  await expect(handle).toHaveAccessibleDescription(/arrow keys/);
}

async function centre(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Drags the row of `handle` until its middle is over the middle of `target` (a row), shifted by
 * `offset` px (positive: lower).
 */
export async function mouseDrag(
  page: Page,
  handle: Locator,
  row: Locator,
  target: Locator,
  offset = 0,
): Promise<void> {
  await readyHandle(handle);
  const start = await centre(handle);
  const from = await centre(row);
  const to = await centre(target);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x, start.y + 8);
  await page.mouse.move(start.x, start.y + (to.y - from.y) + offset, { steps: 20 });
  // A person lets go a moment after the last move; synthetic events can come within one frame,
  // before the drop target of the last move is known.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  await page.mouse.up();
}

/** The row of a task or goal, found by the title its first line starts with. */
export const rowOf = (scope: Locator, title: string) =>
  scope
    .getByRole('listitem')
    .filter({ has: scope.page().getByRole('button', { name: `Move: ${title}` }) });

/**
 * Picks the row up with the keyboard (focus on its handle, then Space or Enter) and waits until
 * it is lifted: the row then follows on screen, and arrow keys move it. A person sees that
 * before pressing an arrow; synthetic key presses could come earlier and find nothing to move.
 */
export async function lift(page: Page, handle: Locator, key: 'Space' | 'Enter' = 'Space') {
  const overlay = page.locator('.drag-overlay');
  await expect(overlay).toHaveCount(0); // the last drop has settled
  await handle.focus();
  await expect(handle).toHaveAccessibleDescription(/arrow keys/);
  await page.keyboard.press(key);
  await expect(overlay).toBeVisible();
}
