// Every schema version ever shipped has a frozen fixture database; each must open with the
// current code and keep every record, upgraded by the pure record migrations.
import { readFileSync, readdirSync } from 'node:fs';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { GoalsFirstDb } from '../../src/db/database';
import { migrateRecord, type TableName } from '../../src/db/migrations/record-migrations';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS, storesAt } from '../../src/db/schema-versions';
import { USER_DATA_TABLES } from '../../src/db/user-data-tables';

interface Fixture {
  version: number;
  stores: Record<string, string>;
  tables: Record<TableName, Record<string, unknown>[]>;
}

const dir = new URL('../fixtures/db/', import.meta.url);
const files = readdirSync(dir).filter((name) => /^v\d+\.json$/.test(name));
const load = (name: string) => JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as Fixture;
const keyOf = (record: Record<string, unknown>) => String(record.id ?? record.key);
const byKey = (a: Record<string, unknown>, b: Record<string, unknown>) =>
  keyOf(a) < keyOf(b) ? -1 : 1;

describe('schema migrations', () => {
  it('has a fixture database for every schema version', () => {
    const versions = files.map((name) => load(name).version).sort((a, b) => a - b);
    expect(versions).toEqual(SCHEMA_VERSIONS.map((v) => v.version));
  });

  it('keeps every table of the user data in the current schema', () => {
    const tables = Object.keys(storesAt(CURRENT_SCHEMA_VERSION));
    for (const table of USER_DATA_TABLES) expect(tables).toContain(table);
  });

  it.each(files)('opens %s with the current code and keeps every record', async (file) => {
    const fixture = load(file);
    const name = `migration-test-${file}`;
    const old = new Dexie(name);
    old.version(fixture.version).stores(fixture.stores);
    await old.open();
    for (const [table, records] of Object.entries(fixture.tables)) {
      await old.table(table).bulkAdd(records);
    }
    old.close();

    const current = new GoalsFirstDb(name);
    await current.open();
    expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
    for (const [table, records] of Object.entries(fixture.tables) as [TableName, never[]][]) {
      const expected = records.map((record) =>
        migrateRecord(table, record, fixture.version, CURRENT_SCHEMA_VERSION),
      );
      const stored = (await current.table(table).toArray()) as Record<string, unknown>[];
      expect(stored.length, `${table} count`).toBe(records.length);
      expect(stored.sort(byKey)).toEqual(expected.sort(byKey));
    }
    // Tables newer than the fixture exist, empty: an upgrade invents no user data.
    for (const table of Object.keys(storesAt(CURRENT_SCHEMA_VERSION))) {
      if (table in fixture.tables) continue;
      expect(await current.table(table).count(), `${table} count`).toBe(0);
    }
    current.close();
    await Dexie.delete(name);
  });
});
