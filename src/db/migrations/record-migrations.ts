// Pure, per-record upgrades between schema versions: RECORD_MIGRATIONS[n][table] turns a record
// of version n-1 into one of version n. Each is a plain function of one record, unit-tested on
// its own and run by Dexie inside the version's upgrade transaction (see upgradeTo).
//
// No version so far rewrote a record (version 2 added indexes, version 3 tables). Adding one
// that does means: a new entry in ../schema-versions.ts with `upgrade: upgradeTo(n)`, its
// functions here, and its fixture (`npm run fixture:db`), which the migration test then
// upgrades to the current version.
import type { Transaction } from 'dexie';
import type { UserDataTable } from '../user-data-tables';

export type TableName = UserDataTable | 'settings';
export type RecordMigration = (record: Record<string, unknown>) => Record<string, unknown>;

export const RECORD_MIGRATIONS: Readonly<
  Record<number, Partial<Record<TableName, RecordMigration>>>
> = {};

/** A record stored at `fromVersion`, as the current schema `toVersion` expects it. */
export function migrateRecord(
  table: TableName,
  record: Record<string, unknown>,
  fromVersion: number,
  toVersion: number,
): Record<string, unknown> {
  let result = record;
  for (let version = fromVersion + 1; version <= toVersion; version++) {
    const migrate = RECORD_MIGRATIONS[version]?.[table];
    if (migrate) result = migrate(result);
  }
  return result;
}

/**
 * The Dexie upgrade of `version`: every record of every migrated table through its function.
 * Each rewritten record of the user's data is also noted in the sync outbox (the outbox
 * middleware never sees Dexie's upgrade transaction), so the bridge pushes the upgraded record
 * to the Y.Doc after the upgrade; on a device that does not sync, the notes are dropped when the
 * database opens (./../database.ts).
 */
export function upgradeTo(
  version: number,
  migrations: Readonly<
    Record<number, Partial<Record<TableName, RecordMigration>>>
  > = RECORD_MIGRATIONS,
) {
  return async (tx: Transaction): Promise<void> => {
    const byTable = migrations[version] ?? {};
    const notes: { table: string; id: string; stamp: string }[] = [];
    for (const [table, migrate] of Object.entries(byTable)) {
      await tx
        .table(table)
        .toCollection()
        .modify((record: Record<string, unknown>, ref: { value: unknown }) => {
          ref.value = migrate(record);
          if (table !== 'settings') {
            notes.push({ table, id: String(record.id), stamp: `upgrade-v${version}` });
          }
        });
    }
    if (notes.length > 0) await tx.table('outbox').bulkPut(notes);
  };
}
