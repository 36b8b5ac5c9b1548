import { expect, test, type Page } from '@playwright/test';
import { makeTask } from '../fixtures/builders';
import { readStore, seed } from './support/app-db';
import { today } from './support/today';
import { CURRENT_SCHEMA_VERSION } from '../../src/db/schema-versions';

test('two tabs see each other’s edits live', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto('/');
  await b.goto('/');

  await today(a).add('Added in tab A');
  await expect(today(b).chores.getByRole('listitem')).toHaveText([/^Added in tab A/]);

  await today(b).add('Step added in tab B', 'Goal step');
  await expect(today(a).goals.getByRole('listitem')).toHaveText([/^Step added in tab B/]);

  await b.getByRole('checkbox', { name: 'Complete: Added in tab A' }).click();
  await expect(today(a).chores.getByRole('listitem')).toHaveCount(0);
  await a.getByRole('button', { name: 'Done today' }).click();
  await expect(today(a).doneToday.getByRole('listitem')).toHaveText([/^Added in tab A/]);
});

/** Opens the app's database one schema version ahead, as a newer build of the app would. */
async function openNewerSchema(page: Page, version: number) {
  return page.evaluate(
    (idbVersion) =>
      new Promise<{ blocked: boolean; version: number }>((resolve, reject) => {
        let blocked = false;
        const request = indexedDB.open('goals-first', idbVersion);
        request.onblocked = () => (blocked = true);
        request.onsuccess = () => {
          const db = request.result;
          const opened = { blocked, version: db.version };
          db.close();
          resolve(opened);
        };
        request.onerror = () => reject(new Error(String(request.error)));
      }),
    // Dexie stores schema version N as IndexedDB version N × 10.
    version * 10,
  );
}

test('a tab on an older schema steps aside for a newer one and never writes again', async ({
  context,
}) => {
  const old = await context.newPage();
  await seed(old, { tasks: [makeTask({ title: 'Written before the update' })] });
  await expect(today(old).chores.getByRole('listitem')).toHaveCount(1);
  const before = await readStore(old, 'tasks');

  // The "newer app" opens from another tab of the same origin (a page without the app code).
  const newer = await context.newPage();
  await newer.goto('/favicon.svg');
  const opened = await openNewerSchema(newer, CURRENT_SCHEMA_VERSION + 1);
  expect(opened).toEqual({ blocked: false, version: (CURRENT_SCHEMA_VERSION + 1) * 10 });

  await expect(
    old.getByRole('heading', { name: 'The app was updated in another tab — reload' }),
  ).toBeVisible();
  await expect(old.getByRole('alert')).toBeVisible();
  // Nothing in the old tab can write any more: the list and its controls are gone.
  await expect(old.getByRole('textbox', { name: 'New task' })).toHaveCount(0);
  await expect(old.getByRole('checkbox')).toHaveCount(0);

  // A second, later upgrade is not blocked either: the old tab did not reopen the database.
  expect(await openNewerSchema(newer, CURRENT_SCHEMA_VERSION + 2)).toEqual({
    blocked: false,
    version: (CURRENT_SCHEMA_VERSION + 2) * 10,
  });
  expect(await readStore(newer, 'tasks')).toEqual(before);

  // Reloading the OLD code on the newer database still refuses to use it.
  await old.reload();
  await expect(
    old.getByRole('heading', { name: 'The app was updated in another tab — reload' }),
  ).toBeVisible();
  expect(await readStore(newer, 'tasks')).toEqual(before);
});
