import { expect, test } from '@playwright/test';
import { makeTask } from '../fixtures/builders';
import { readStore, seed } from './support/app-db';

test('the built app opens on Today inside its landmarks', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('main')).toBeVisible();
  const nav = page.getByRole('navigation');
  await expect(nav.getByRole('link', { name: 'Today' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await expect(page).toHaveTitle('Goals First');
});

test('a record seeded into the real IndexedDB shows up after reload', async ({ page }) => {
  const task = makeTask({ title: 'Seeded through IndexedDB', kind: 'goal' });
  await seed(page, { tasks: [task] });
  const goals = page.getByRole('region', { name: 'Goals' });
  await expect(goals.getByRole('listitem')).toHaveText([/^Seeded through IndexedDB/]);
  expect(await readStore(page, 'tasks')).toEqual([task]);
});

test('a deep link that is not a page of the app says so and leads home', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { name: 'Nothing here' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to Today' }).click();
  await expect(page).toHaveURL('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
});
