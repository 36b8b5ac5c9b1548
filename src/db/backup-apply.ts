// Applies a checked backup (see backup-parse.ts) in ONE transaction, so an import is all or
// nothing, and keeps what it overwrote so the import can be undone:
// - Merge: per id, the newer `updatedAt` wins; a tie keeps the row already here.
// - Replace: the user's tables become exactly the backup's.
// The undo copy (a row of the device-local `settings` table) holds the rows as they were before
// and the `updatedAt` the import wrote for each id. Undo puts the old rows back, except a row the
// user changed after the import: that later edit is kept, so an undo never loses new work.
import type { Instant } from '../domain/types';
import { BACKUP_TABLES, type Backup, type BackupTable, type BackupTables } from './backup-format';
import { db } from './database';
import { NotFoundError } from './not-found-error';

export type ImportMode = 'merge' | 'replace';

const UNDO_KEY = 'importUndo';

type Row = BackupTables[BackupTable][number];
type PerTable<T> = Record<BackupTable, T>;

export interface ImportPreview {
  /** Records in the file. */
  inFile: PerTable<number>;
  /** Live and deleted records stored now. */
  stored: PerTable<number>;
  /** Merge: ids in both the file and here, split by which side is newer. */
  conflicts: { fileNewer: number; hereNewerOrSame: number };
  /** Merge: ids only in the file. */
  added: number;
}

interface UndoCopy {
  at: Instant;
  mode: ImportMode;
  /** Rows as they were before, for every id the import wrote or removed. */
  before: PerTable<Row[]>;
  /** Id → updatedAt of every row the import wrote. */
  written: PerTable<Record<string, Instant>>;
}

export interface UndoInfo {
  at: Instant;
  mode: ImportMode;
}

const table = (name: BackupTable) => db.table<Row, string>(name);
/** Every table an import reads or writes: the user's data, and `settings` for the undo copy. */
const userTables = () => BACKUP_TABLES.map(table);
const importTables = () => [...userTables(), db.settings];
const perTable = <T>(make: (name: BackupTable) => T): PerTable<T> =>
  Object.fromEntries(BACKUP_TABLES.map((name) => [name, make(name)])) as PerTable<T>;

export async function previewImport(backup: Backup): Promise<ImportPreview> {
  return db.transaction('r', userTables(), async () => {
    const preview: ImportPreview = {
      inFile: perTable((name) => backup.tables[name].length),
      stored: perTable(() => 0),
      conflicts: { fileNewer: 0, hereNewerOrSame: 0 },
      added: 0,
    };
    for (const name of BACKUP_TABLES) {
      preview.stored[name] = await table(name).count();
      const rows: Row[] = backup.tables[name];
      const here = await table(name).bulkGet(rows.map((row) => row.id));
      rows.forEach((row, i) => {
        const existing = here[i];
        if (!existing) preview.added++;
        else if (row.updatedAt > existing.updatedAt) preview.conflicts.fileNewer++;
        else preview.conflicts.hereNewerOrSame++;
      });
    }
    return preview;
  });
}

/** Writes the backup; returns how many rows were written. */
export async function applyImport(
  backup: Backup,
  mode: ImportMode,
  now: Instant = Date.now(),
): Promise<number> {
  return db.transaction('rw', importTables(), async () => {
    const undo: UndoCopy = {
      at: now,
      mode,
      before: perTable(() => []),
      written: perTable(() => ({})),
    };
    let writes = 0;
    for (const name of BACKUP_TABLES) {
      const rows: Row[] = backup.tables[name];
      if (mode === 'replace') {
        undo.before[name] = await table(name).toArray();
        await table(name).clear();
        await table(name).bulkAdd(rows);
        for (const row of rows) undo.written[name][row.id] = row.updatedAt;
        writes += rows.length;
        continue;
      }
      const here = await table(name).bulkGet(rows.map((row) => row.id));
      const newer = rows.filter((row, i) => {
        const existing = here[i];
        if (existing && row.updatedAt <= existing.updatedAt) return false;
        if (existing) undo.before[name].push(existing);
        undo.written[name][row.id] = row.updatedAt;
        return true;
      });
      await table(name).bulkPut(newer);
      writes += newer.length;
    }
    await db.settings.put({ key: UNDO_KEY, value: undo });
    return writes;
  });
}

export async function readUndoInfo(): Promise<UndoInfo | null> {
  const copy = (await db.settings.get(UNDO_KEY))?.value as UndoCopy | undefined;
  return copy ? { at: copy.at, mode: copy.mode } : null;
}

/** Puts back the rows the last import overwrote, added or removed, in one transaction. */
export async function undoImport(): Promise<void> {
  await db.transaction('rw', importTables(), async () => {
    const copy = (await db.settings.get(UNDO_KEY))?.value as UndoCopy | undefined;
    if (!copy) throw new NotFoundError('import to undo');
    for (const name of BACKUP_TABLES) {
      const before = new Map(copy.before[name].map((row) => [row.id, row]));
      const written = copy.written[name];
      const ids = [...new Set([...before.keys(), ...Object.keys(written)])];
      const now = await table(name).bulkGet(ids);
      const puts: Row[] = [];
      const deletes: string[] = [];
      ids.forEach((id, i) => {
        const current = now[i];
        const changedSince = current !== undefined && current.updatedAt !== written[id];
        if (changedSince) return; // the user's later edit (or a row made since) wins
        const old = before.get(id);
        if (old) puts.push(old);
        else if (current) deletes.push(id);
      });
      await table(name).bulkPut(puts);
      await table(name).bulkDelete(deletes);
    }
    await db.settings.delete(UNDO_KEY);
  });
}

/**
 * Keeps the last import for good: drops its undo copy, which can be as large as the data it
 * replaced (a replace keeps every row that was here before).
 */
export async function keepImport(): Promise<void> {
  await db.settings.delete(UNDO_KEY);
}
