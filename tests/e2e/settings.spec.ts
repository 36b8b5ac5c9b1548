import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { makeGoal, makeTask } from '../fixtures/builders';
import { readStore, seed } from './support/app-db';

async function exportFile(page: Page): Promise<{ name: string; text: string }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export backup' }).click();
  const file = await download;
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

test('Settings is a link in the navigation and opens the view', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
  await expect(page).toHaveURL('/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeFocused();
  await expect(page.getByRole('link', { name: 'Settings' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(page.getByText(/persistent storage/i)).toBeVisible();
  await expect(page.getByText('Space used')).toBeVisible();
});

test('a backup round-trips through the UI: export, wipe, import, export', async ({ page }) => {
  const goal = makeGoal({ title: 'Learn the cello' });
  const tasks = [
    makeTask({ title: 'Book a lesson', kind: 'goal', goalId: goal.id }),
    makeTask({ title: 'Water the plants' }),
    makeTask({ title: 'An old deleted chore', deletedAt: Date.now() }),
  ];
  await seed(page, { tasks, goals: [goal] });
  await page.goto('/settings');
  const first = await exportFile(page);
  expect(first.name).toMatch(/^goals-first-backup-\d{4}-\d{2}-\d{2}\.json$/);

  // Wipe: the open tab is told to step aside (versionchange), the database goes away.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('goals-first');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(new Error('delete failed'));
      }),
  );
  await page.reload();
  expect(await readStore(page, 'tasks')).toEqual([]);

  await page.getByLabel('Import backup').setInputFiles({
    name: first.name,
    mimeType: 'application/json',
    buffer: Buffer.from(first.text),
  });
  await expect(page.getByRole('region', { name: 'Import preview' })).toContainText(
    '3 tasks, 1 goal, 0 check-ins',
  );
  await page.getByRole('radio', { name: 'Replace' }).check();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported:' })).toContainText(
    'Imported: 4 records written.',
  );

  const second = await exportFile(page);
  const strip = (text: string) => ({ ...JSON.parse(text), exportedAt: 0 }) as unknown;
  expect(strip(second.text)).toEqual(strip(first.text));

  await page.getByRole('link', { name: 'Today' }).click();
  await expect(page.getByRole('region', { name: 'Goals' }).getByRole('listitem')).toHaveText([
    /^Book a lesson/,
  ]);
});

test('a malformed backup is refused in an alert and changes nothing', async ({ page }) => {
  await seed(page, { tasks: [makeTask({ title: 'Keep me safe' })] });
  const before = await readStore(page, 'tasks');
  await page.goto('/settings');
  await page
    .getByLabel('Import backup')
    .setInputFiles('tests/fixtures/backups/unknown-task-field.json');
  await expect(page.getByRole('alert')).toContainText(
    'has a field “priority” that this app does not know',
  );
  await page.getByRole('radio', { name: 'Replace' }).check();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('Nothing was imported.');
  expect(await readStore(page, 'tasks')).toEqual(before);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`Settings with an import preview has no serious axe violations (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/settings');
    await page.getByLabel('Import backup').setInputFiles('tests/fixtures/backups/valid.json');
    await expect(page.getByRole('region', { name: 'Import preview' })).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.filter((v) => ['serious', 'critical'].includes(v.impact ?? ''))).toEqual([]);
  });
}
