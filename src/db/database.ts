// The one Dexie database of the app. Only src/db talks to Dexie; everything else calls the
// repository functions and hooks next to this file.
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Activity, CheckIn, CoachingRecord, Goal, Reflection, Task } from '../domain/types';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from './schema-versions';
import { setDatabaseStatus } from './database-status';
import { outboxMiddleware, type OutboxRow } from './outbox-middleware';
import { SYNC_SETTING_KEY, SyncSwitch } from './sync-switch';
import type { CoachClient } from './coach-clients';

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
  declare activity: EntityTable<Activity, 'id'>;
  declare reflections: EntityTable<Reflection, 'id'>;
  declare coachingSessions: EntityTable<CoachingRecord, 'id'>;
  declare settings: EntityTable<SettingRow, 'key'>;
  declare outbox: Table<OutboxRow, [string, string]>;
  /** A coach's device: the clients it follows (device-local, never synced or backed up). */
  declare coachClients: EntityTable<CoachClient, 'spaceId'>;
  /** Whether this device syncs: read synchronously by the outbox middleware on every write. */
  readonly syncSwitch: SyncSwitch;

  constructor(name: string = DB_NAME) {
    super(name);
    this.syncSwitch = new SyncSwitch(name);
    this.use(outboxMiddleware(this.syncSwitch));
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
    // Dexie 4 opens a database stored at a NEWER version than this code declares (it retries
    // without a version after the VersionError), which would again let old code write. So a
    // freshly loaded tab of an older build that finds a newer database refuses it before any
    // query runs: a failing "ready" subscriber fails the open. Sticky: checked on every open.
    this.on(
      'ready',
      (opened: Dexie) => {
        // `verno` stays at the declared version; the connection knows the stored one (×10).
        const stored = opened.backendDB().version / 10;
        if (stored > CURRENT_SCHEMA_VERSION) {
          setDatabaseStatus({ state: 'outdated' });
          throw new Dexie.VersionError(
            `The stored database (version ${stored}) is newer than this code (${CURRENT_SCHEMA_VERSION}).`,
          );
        }
      },
      true,
    );
    // The sync switch is known before any write of this tab runs. While sync is off, notes
    // left from a tab that had not heard it stop yet (or from a schema upgrade) are dropped:
    // turning sync on later pushes every row anyway.
    this.on(
      'ready',
      async () => {
        const row = await this.settings.get(SYNC_SETTING_KEY);
        this.syncSwitch.on = row?.value === true;
        this.syncSwitch.listen();
        if (!this.syncSwitch.on && (await this.outbox.count()) > 0) {
          await this.outbox.clear();
        }
      },
      true,
    );
  }
}

/** The database the repositories use. */
export let db = new GoalsFirstDb();

/**
 * Points the repositories at another database. The sync tests run several devices' databases
 * in one process and call the repositories for one device at a time.
 */
export function useDatabase(database: GoalsFirstDb): void {
  db = database;
}

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
