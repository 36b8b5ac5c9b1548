// Finds the lesson's parts the way a presenter (or a screen reader) does: by role and name.
import { expect, type Locator, type Page } from '@playwright/test';
import { readStore } from './app-db';

export function lesson(page: Page) {
  return {
    heading: page.getByRole('heading', { level: 1 }),
    yourList: page.getByRole('textbox', { name: 'Your list' }),
    goalsFirst: page.getByRole('region', { name: 'Goals first' }),
    chores: page.getByRole('region', { name: 'Today’s chores' }),
    pile: page.getByRole('region', { name: 'The pile' }),
    diagnosis: page.getByRole('region', { name: 'Diagnosis' }),
    /** The lesson's own status line (the app's toasts have another). */
    status: page.getByRole('main').getByRole('status'),
    async expectStep(step: number) {
      await expect(page).toHaveURL(`/lesson/${step}`);
      await expect(page.getByText(`Step ${step} of 8`)).toBeVisible();
    },
  };
}

/** Presses Tab until `target` has focus, as a keyboard user would. */
export async function tabTo(page: Page, target: Locator, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** The first line of each list item: its title. */
export const itemTitles = (region: Locator) => region.locator('li .lesson-item-title');

/** Everything in the app's database (goals-first), store by store. */
export async function appData(page: Page) {
  return {
    tasks: await readStore(page, 'tasks'),
    goals: await readStore(page, 'goals'),
    checkIns: await readStore(page, 'checkIns'),
    settings: await readStore(page, 'settings'),
  };
}
