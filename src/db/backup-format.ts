// The backup file (DESIGN.md §6): one JSON document holding every row of the user's data,
// soft-deleted rows included (they carry Undo and, later, sync merges). Device-local state in
// the `settings` table is not the user's data and never travels in a backup.
//
// `version` is the version of this file format, not of the Dexie schema: it changes only when
// a backup could no longer be read by older code, and an importer refuses a newer one by name.
import type { CheckIn, Goal, Instant, Task } from '../domain/types';

export const BACKUP_FORMAT = 'goals-first-backup';
export const BACKUP_VERSION = 1;
export const BACKUP_MAX_BYTES = 20 * 1024 * 1024;
export const BACKUP_MAX_RECORDS = 100_000;

export const BACKUP_TABLES = ['tasks', 'goals', 'checkIns'] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

export interface BackupTables {
  tasks: Task[];
  goals: Goal[];
  checkIns: CheckIn[];
}

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: Instant;
  appVersion: string;
  tables: BackupTables;
}

/** What a user calls each table, singular and plural. */
export const TABLE_WORDS: Readonly<Record<BackupTable, readonly [string, string]>> = {
  tasks: ['task', 'tasks'],
  goals: ['goal', 'goals'],
  checkIns: ['check-in', 'check-ins'],
};
