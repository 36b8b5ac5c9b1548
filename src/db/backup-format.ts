// The backup file (DESIGN.md §6): one JSON document holding every row of the user's data,
// soft-deleted rows included (they carry Undo and, later, sync merges). Device-local state in
// the `settings` table is not the user's data and never travels in a backup.
//
// `version` is the version of this file format, not of the Dexie schema: it changes only when
// a backup could no longer be read by older code, and an importer refuses a newer one by name.
// Version 2 added the Review's tables (activity, reflections, coachingSessions); a version-1
// file is still read, as a backup with those tables empty.
//
// Limits: a year of heavy use adds about 30,000 activity rows (about 7 MB of this file, see the
// README), so the limits leave room for years of it beside 10,000 tasks.
import type {
  Activity,
  CheckIn,
  CoachingRecord,
  Goal,
  Instant,
  Reflection,
  Task,
} from '../domain/types';
import { USER_DATA_TABLES } from './user-data-tables';

export const BACKUP_FORMAT = 'goals-first-backup';
export const BACKUP_VERSION = 2;
export const BACKUP_MAX_BYTES = 60 * 1024 * 1024;
export const BACKUP_MAX_RECORDS = 300_000;

/** Every table of the user's data, and nothing else. */
export const BACKUP_TABLES = USER_DATA_TABLES;
export type BackupTable = (typeof BACKUP_TABLES)[number];

export interface BackupTables {
  tasks: Task[];
  goals: Goal[];
  checkIns: CheckIn[];
  activity: Activity[];
  reflections: Reflection[];
  coachingSessions: CoachingRecord[];
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
  activity: ['activity record', 'activity records'],
  reflections: ['reflection', 'reflections'],
  coachingSessions: ['coaching record', 'coaching records'],
};
