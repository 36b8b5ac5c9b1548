// Persistent storage is asked for once there is something worth keeping, Settings says where
// things stand, and a week without a backup brings a gentle reminder.
import { expect, test, type Page } from '@playwright/test';
import { makeGoal } from '../fixtures/builders';
import { CURRENT_SCHEMA_VERSION, storesAt } from '../../src/db/schema-versions';
import { seed } from './support/app-db';
import { loadFixtureDatabase } from './support/legacy-db';
import { today } from './support/today';

/** Counts calls of navigator.storage.persist() in this tab, across reloads; the browser "grants" them. */
async function spyOnPersist(page: Page) {
  await page.addInitScript(() => {
    const calls = () => Number(sessionStorage.getItem('persistCalls') ?? 0);
    navigator.storage.persist = () => {
      sessionStorage.setItem('persistCalls', String(calls() + 1));
      return Promise.resolve(true);
    };
    navigator.storage.persisted = () => Promise.resolve(calls() > 0);
  });
  return () => page.evaluate(() => Number(sessionStorage.getItem('persistCalls') ?? 0));
}

test('persistent storage is asked for at the tenth task, once', async ({ page }) => {
  const persistCalls = await spyOnPersist(page);
  await page.goto('/');
  const t = today(page);
  // Each add is let to finish (the box empties) before the next, as a person typing would.
  const add = async (title: string) => {
    await t.add(title);
    await expect(t.newTask).toHaveValue('');
  };
  for (let i = 1; i <= 9; i++) await add(`Chore ${i}`);
  // Five chores make today's list; the other four wait in the pile.
  await expect(t.chores.getByRole('button', { name: 'Show 4 more chores' })).toBeVisible();
  expect(await persistCalls()).toBe(0);
  await add('Chore 10');
  await expect.poll(persistCalls).toBe(1);
  await add('Chore 11');
  // The box empties at once; the task is stored when its row shows (a reload before that can
  // cut the write short, as closing the tab would).
  await expect(t.chores.getByRole('listitem').first()).toContainText('Chore 11');
  await page.reload();
  await expect(t.chores.getByRole('button', { name: 'Show 6 more chores' })).toBeVisible();
  await page.waitForTimeout(500);
  expect(await persistCalls()).toBe(1);
});

test('persistent storage is asked for with the first goal, and Settings shows it', async ({
  page,
}) => {
  const persistCalls = await spyOnPersist(page);
  await seed(page, { goals: [makeGoal({ title: 'Learn to sail', createdAt: Date.now() })] });
  await expect.poll(persistCalls).toBe(1);
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(
    page.getByText('Yes: the browser keeps your data until you delete it.'),
  ).toBeVisible();
  await expect(page.getByText(/\d.*of about .* available/)).toBeVisible();
});

test('a week without a backup brings one gentle reminder, which an export settles', async ({
  page,
}) => {
  const eightDaysAgo = Date.now() - 8 * 24 * 60 * 60 * 1000;
  // Written before the app's first load, so the reminder is due on that very load.
  await page.goto('/favicon.svg');
  await loadFixtureDatabase(page, {
    version: CURRENT_SCHEMA_VERSION,
    stores: storesAt(CURRENT_SCHEMA_VERSION),
    tables: { goals: [makeGoal({ title: 'Write a novel', createdAt: eightDaysAgo })] },
  });
  await page.goto('/');
  // A nudge, not a status: shown, never announced over what the user is doing.
  const nudge = page
    .locator('.toast')
    .filter({ hasText: 'Your goals have had no backup for a week.' });
  await expect(nudge).toBeVisible();
  await expect(page.getByRole('status')).toHaveCount(0);
  await nudge.getByRole('button', { name: 'Open Settings' }).click();
  await expect(page).toHaveURL('/settings');
  await expect(page.getByText(/No backup of your goals for a week or more/)).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export backup' }).click();
  await download;
  await expect(page.getByText(/No backup of your goals for a week or more/)).toHaveCount(0);
  await expect(page.getByText(/^Last backup exported/)).toBeVisible();

  // Shown at most once a day, and not at all after the export.
  await page.goto('/');
  await expect(today(page).newTask).toBeVisible();
  await page.waitForTimeout(500);
  await expect(page.getByText('no backup for a week')).toHaveCount(0);
});
