// The one Dexie database of the app. Only src/db talks to Dexie; everything else calls the
// repository functions and hooks next to this file.
import Dexie, { type EntityTable } from 'dexie';
import type { CheckIn, Goal, Task } from '../domain/types';
import { SCHEMA_VERSIONS } from './schema-versions';
import { setDatabaseStatus } from './database-status';

export const DB_NAME = 'goals-first';

/** Device-local key-value state: settings, last export, dismissed hints. */
export interface SettingRow {
  key: string;
  value: unknown;
}

export class GoalsFirstDb extends Dexie {
  declare tasks: EntityTable<Task, 'id'>;
  declare goals: EntityTable<Goal, 'id'>;
  declare checkIns: EntityTable<CheckIn, 'id'>;
  declare settings: EntityTable<SettingRow, 'key'>;

  constructor(name: string = DB_NAME) {
    super(name);
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
    // Dexie's default closes and then silently reopens at the newer version, which would let
    // this tab's older code write old-shaped rows. Close for good and ask for a reload instead;
    // returning false stops Dexie's own handler.
    this.on('versionchange', () => {
      this.close({ disableAutoOpen: true });
      setDatabaseStatus({ state: 'outdated' });
      return false;
    });
  }
}

export const db = new GoalsFirstDb();

/** Opens the database up front so the shell can tell "outdated" or "failed" from "loading". */
export async function openDatabase(): Promise<void> {
  try {
    await db.open();
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'VersionError' || name === 'UpgradeError') {
      // The stored database is newer than this code: another tab already updated the app.
      setDatabaseStatus({ state: 'outdated' });
    } else {
      setDatabaseStatus({
        state: 'failed',
        message:
          'This browser would not open the app’s storage. Private windows and blocked site data can cause this.',
      });
    }
  }
}
