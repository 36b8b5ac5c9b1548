// The oldest fixture database, loaded into Chromium's real IndexedDB at its own version, opens
// with the current app: every record is there, upgraded by the record migrations, and the app
// shows it.
import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { migrateRecord, type TableName } from '../../src/db/migrations/record-migrations';
import { CURRENT_SCHEMA_VERSION } from '../../src/db/schema-versions';
import { readStore } from './support/app-db';
import { loadFixtureDatabase, type DbFixture } from './support/legacy-db';

interface Fixture extends DbFixture {
  tables: Record<string, Record<string, unknown>[]>;
}

const dir = 'tests/fixtures/db/';
const oldest = readdirSync(dir)
  .filter((name) => /^v\d+\.json$/.test(name))
  .map((name) => JSON.parse(readFileSync(`${dir}${name}`, 'utf8')) as Fixture)
  .sort((a, b) => a.version - b.version)[0]!;

const key = (record: Record<string, unknown>) => String(record.id ?? record.key);
const byKey = (records: Record<string, unknown>[]) =>
  [...records].sort((a, b) => (key(a) < key(b) ? -1 : 1));

test(`the oldest database (schema v${oldest.version}) opens in the current app with every record`, async ({
  page,
}) => {
  await page.goto('/favicon.svg');
  await loadFixtureDatabase(page, oldest);

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  for (const [table, records] of Object.entries(oldest.tables) as [TableName, never[]][]) {
    const expected = records.map((record) =>
      migrateRecord(table, record, oldest.version, CURRENT_SCHEMA_VERSION),
    );
    const stored = await readStore<Record<string, unknown>>(page, table);
    if (table === 'settings') {
      // The app may already have added device-local notes of its own (asked for persistence…).
      expect(stored, table).toEqual(expect.arrayContaining(expected));
    } else {
      expect(byKey(stored), table).toEqual(byKey(expected));
    }
  }
  const version = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const request = indexedDB.open('goals-first');
        request.onsuccess = () => {
          resolve(request.result.version);
          request.result.close();
        };
      }),
  );
  expect(version).toBe(CURRENT_SCHEMA_VERSION * 10);

  // The app reads them: open tasks on Today, the device's thresholds in Settings, and every
  // row (soft-deleted ones included) in a backup.
  const main = page.getByRole('main');
  for (const title of ['Call the plumber', 'Take out the recycling', 'Outline chapter one']) {
    await expect(main.getByText(title, { exact: true })).toBeVisible();
  }
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('spinbutton', { name: /days before a goal/i })).toHaveValue('4');
  await expect(page.getByRole('spinbutton', { name: /chores shown/i })).toHaveValue('6');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export backup' }).click();
  const backup = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as {
    tables: Record<string, Record<string, unknown>[]>;
  };
  for (const table of ['tasks', 'goals', 'checkIns'] as const) {
    const expected = oldest.tables[table]!.map((record) =>
      migrateRecord(table, record, oldest.version, CURRENT_SCHEMA_VERSION),
    );
    expect(byKey(backup.tables[table]!), `backup ${table}`).toEqual(byKey(expected));
  }
});
