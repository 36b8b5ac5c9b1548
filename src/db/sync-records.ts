// What the sync bridge (src/sync, which never imports Dexie) reads and writes in Dexie: the
// outbox notes and the records they name, the switch, and the writes of what other devices
// changed. Every function takes the database, so tests can run several replicas side by side.
//
// Remote writes run in ONE transaction marked remote (./outbox-middleware.ts), so they are never
// noted back into the outbox, and every record passes the backup schema (the repositories'
// own limits) before it is written: the tables never hold what the app would refuse.
import { liveQuery } from 'dexie';
import * as v from 'valibot';
import type { BackupTable, BackupTables } from './backup-format';
import type { GoalsFirstDb } from './database';
import { markRemote, type OutboxRow } from './outbox-middleware';
import { SYNC_SETTING_KEY } from './sync-switch';
import { USER_DATA_TABLES, type UserDataTable } from './user-data-tables';
import {
  activitySchema,
  checkInSchema,
  coachingRecordSchema,
  goalSchema,
  reflectionSchema,
  taskSchema,
} from './backup-schema';

export type { OutboxRow } from './outbox-middleware';

/** A stored record of any synced table (plain JSON). */
export type StoredRecord = BackupTables[BackupTable][number];

const SCHEMAS: Record<UserDataTable, v.GenericSchema> = {
  tasks: taskSchema,
  goals: goalSchema,
  checkIns: checkInSchema,
  activity: activitySchema,
  reflections: reflectionSchema,
  coachingSessions: coachingRecordSchema,
};

/** Whether `record` is one the app itself could have stored in `table`. */
export function isStorable(table: UserDataTable, record: unknown): boolean {
  return v.is(SCHEMAS[table], record);
}

const userTables = (database: GoalsFirstDb) =>
  USER_DATA_TABLES.map((name) => database.table<StoredRecord, string>(name));

export async function isSyncOn(database: GoalsFirstDb): Promise<boolean> {
  return (await database.settings.get(SYNC_SETTING_KEY))?.value === true;
}

/**
 * Turns sync on or off for this device (every tab of it). Off also drops the outbox: a later
 * start pushes every row the Y.Doc lacks, so nothing noted before matters then.
 */
export async function setSyncOn(database: GoalsFirstDb, on: boolean): Promise<void> {
  await database.transaction('rw', database.settings, database.outbox, async () => {
    await database.settings.put({ key: SYNC_SETTING_KEY, value: on });
    if (!on) await database.outbox.clear();
  });
  database.syncSwitch.set(on);
}

export interface NotedRecord {
  note: OutboxRow;
  /** The record as it is now; undefined when it was removed. */
  record: StoredRecord | undefined;
}

/** Up to `limit` notes and the records they name, read at one moment. */
export function readNoted(database: GoalsFirstDb, limit = 5_000): Promise<NotedRecord[]> {
  return database.transaction('r', [database.outbox, ...userTables(database)], async () => {
    const notes = await database.outbox.limit(limit).toArray();
    const byTable = new Map<UserDataTable, OutboxRow[]>();
    for (const note of notes) {
      const list = byTable.get(note.table);
      if (list) list.push(note);
      else byTable.set(note.table, [note]);
    }
    const result: NotedRecord[] = [];
    for (const [table, list] of byTable) {
      if (!(USER_DATA_TABLES as readonly string[]).includes(table)) continue;
      const records = await database
        .table<StoredRecord, string>(table)
        .bulkGet(list.map((note) => note.id));
      list.forEach((note, i) => result.push({ note, record: records[i] }));
    }
    return result;
  });
}

/** Removes the notes handled, except those written again since they were read. */
export async function removeNotes(
  database: GoalsFirstDb,
  handled: readonly OutboxRow[],
): Promise<void> {
  await database.transaction('rw', database.outbox, async () => {
    const keys = handled.map((note): [string, string] => [note.table, note.id]);
    const now = await database.outbox.bulkGet(keys);
    const done = keys.filter((_, i) => now[i]?.stamp === handled[i]?.stamp);
    await database.outbox.bulkDelete(done);
  });
}

export function countNotes(database: GoalsFirstDb): Promise<number> {
  return database.outbox.count();
}

/** Calls `onChange` with the number of notes now and after every change (from any tab). */
export function watchNotes(database: GoalsFirstDb, onChange: (count: number) => void): () => void {
  const subscription = liveQuery(() => database.outbox.count()).subscribe({
    next: onChange,
    error: () => undefined, // a closed database ends the watch; the bridge stops with it
  });
  return () => subscription.unsubscribe();
}

/** Every record of a table (deleted ones too). */
export function readAll(database: GoalsFirstDb, table: UserDataTable): Promise<StoredRecord[]> {
  return database.table<StoredRecord, string>(table).toArray();
}

export function readSome(
  database: GoalsFirstDb,
  table: UserDataTable,
  ids: readonly string[],
): Promise<(StoredRecord | undefined)[]> {
  return database.table<StoredRecord, string>(table).bulkGet([...ids]);
}

export interface RemoteChange {
  table: UserDataTable;
  /** Records to store as they are (already repaired by the merge rules). */
  puts: StoredRecord[];
  /** Ids removed from the document. */
  deletes: string[];
}

export interface RemoteWriteResult {
  written: number;
  /** Records the backup schema refused: left out, the stored row kept as it was. */
  refused: number;
  /** Records changed on this device since the bridge last drained: left for the next drain. */
  deferred: number;
}

/**
 * Writes what other devices changed, in one transaction that is never noted in the outbox. A
 * record with a note in the outbox was changed here after the bridge last read it: writing the
 * document's view over it would lose that change, so it waits for the next drain, which puts the
 * change into the document and then settles the record.
 */
export function writeRemote(
  database: GoalsFirstDb,
  changes: readonly RemoteChange[],
): Promise<RemoteWriteResult> {
  const tables = [...new Set(changes.map((change) => change.table))].map((name) =>
    database.table<StoredRecord, string>(name),
  );
  if (tables.length === 0) return Promise.resolve({ written: 0, refused: 0, deferred: 0 });
  return database.transaction('rw', [...tables, database.outbox], async (tx) => {
    markRemote(tx.idbtrans);
    const result: RemoteWriteResult = { written: 0, refused: 0, deferred: 0 };
    for (const change of changes) {
      const ids = [...change.puts.map((record) => record.id), ...change.deletes];
      const noted = await database.outbox.bulkGet(
        ids.map((id): [string, string] => [change.table, id]),
      );
      const waiting = new Set(ids.filter((_, i) => noted[i] !== undefined));
      result.deferred += waiting.size;
      const storable = change.puts.filter(
        (record) => !waiting.has(record.id) && isStorable(change.table, record),
      );
      result.refused +=
        change.puts.filter((record) => !waiting.has(record.id)).length - storable.length;
      const deletes = change.deletes.filter((id) => !waiting.has(id));
      const store = database.table<StoredRecord, string>(change.table);
      if (storable.length > 0) await store.bulkPut(storable);
      if (deletes.length > 0) await store.bulkDelete(deletes);
      result.written += storable.length + deletes.length;
    }
    return result;
  });
}
