// The production build's service worker (vite-plugin-pwa, prompt mode): the app starts and
// keeps working with the network off, and a new version waits for the user's "Reload to update".
import { expect, test, type Page } from '@playwright/test';
import { makeGoal, makeTask } from '../fixtures/builders';
import { readStore, seed } from './support/app-db';
import { today } from './support/today';

/** Waits until a service worker controls the page (the first visit installs it; a reload uses it). */
async function controlledByServiceWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
    await page.reload();
  }
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

test('the app starts offline from the service worker, with the stored tasks, and keeps new ones', async ({
  page,
  context,
}) => {
  const goal = makeGoal({ title: 'Run a 10k' });
  await seed(page, {
    goals: [goal],
    tasks: [
      makeTask({ title: 'Buy running shoes', kind: 'goal', goalId: goal.id }),
      makeTask({ title: 'Pay the electricity bill' }),
    ],
  });
  await controlledByServiceWorker(page);

  await context.setOffline(true);
  const response = await page.reload();
  expect(response?.fromServiceWorker()).toBe(true);
  const t = today(page);
  await expect(t.goals.getByRole('listitem')).toHaveText([/^Buy running shoes/]);
  await expect(t.chores.getByRole('listitem')).toHaveText([/^Pay the electricity bill/]);

  await t.add('Written on the train');
  await expect(t.chores.getByRole('listitem')).toHaveText([
    /^Written on the train/,
    /^Pay the electricity bill/,
  ]);
  const again = await page.reload();
  expect(again?.fromServiceWorker()).toBe(true);
  await expect(t.chores.getByRole('listitem')).toHaveText([
    /^Written on the train/,
    /^Pay the electricity bill/,
  ]);

  // A lazily loaded view and a deep link work offline too.
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  const deepLink = await page.goto('/settings');
  expect(deepLink?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole('button', { name: 'Export backup' })).toBeVisible();
  expect((await readStore(page, 'tasks')).length).toBe(3);
});

test('the web app manifest names the app and lists its icons, maskable included', async ({
  page,
  request,
}) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = (await (await request.get(href!)).json()) as {
    name: string;
    short_name: string;
    theme_color: string;
    background_color: string;
    icons: { src: string; sizes: string; purpose?: string }[];
  };
  expect(manifest).toMatchObject({ name: 'Goals First', short_name: 'Goals First' });
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
  expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/);
  expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose ?? 'any'}`)).toEqual([
    '192x192 any',
    '512x512 any',
    '512x512 maskable',
  ]);
  for (const icon of manifest.icons) {
    const image = await request.get(icon.src);
    expect(image.headers()['content-type']).toBe('image/png');
    const size = Number(icon.sizes.split('x')[0]);
    const body = await image.body();
    // PNG: the width and height stand in the IHDR chunk, bytes 16–23.
    expect([body.readUInt32BE(16), body.readUInt32BE(20)]).toEqual([size, size]);
  }
});

test('a new version waits for "Reload to update" and never reloads a tab by itself', async ({
  context,
}) => {
  const asker = await context.newPage();
  const bystander = await context.newPage();
  await asker.goto('/');
  await controlledByServiceWorker(asker);
  await bystander.goto('/');

  // Deploy a "new version": the server now hands out a worker script that differs by
  // one comment line (tests/e2e/support/e2e-server.mjs).
  await context.addCookies([
    { name: 'next-service-worker', value: '1', url: new URL(asker.url()).origin },
  ]);
  await today(bystander).newTask.fill('Half-typed, not yet added');
  await asker.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });

  for (const page of [asker, bystander]) {
    await expect(page.getByRole('button', { name: 'Reload to update' })).toBeVisible({
      timeout: 15_000,
    });
  }
  // Waiting is all it does until someone chooses.
  await asker.waitForTimeout(1000);
  await expect(today(bystander).newTask).toHaveValue('Half-typed, not yet added');

  const reloaded = asker.waitForEvent('load');
  await asker.getByRole('button', { name: 'Reload to update' }).click();
  await reloaded;
  await expect(asker.getByRole('button', { name: 'Reload to update' })).toHaveCount(0);
  // The other tab was not reloaded under the user's fingers: the typed text is still there.
  await bystander.waitForTimeout(1000);
  await expect(today(bystander).newTask).toHaveValue('Half-typed, not yet added');
});
