// Export: every row of the user's tables, read in one transaction so the file is a consistent
// picture even while another tab writes.
import { toDay } from '../domain/day';
import type { Instant } from '../domain/types';
import {
  BACKUP_FORMAT,
  BACKUP_TABLES,
  BACKUP_VERSION,
  type Backup,
  type BackupTables,
} from './backup-format';
import { db } from './database';
import { recordDeviceMoment } from './settings-repository';

export async function buildBackup(now: Instant = Date.now()): Promise<Backup> {
  const stores = BACKUP_TABLES.map((name) => db.table(name));
  const tables = await db.transaction('r', stores, async () => {
    const rows = await Promise.all(stores.map((store) => store.toArray()));
    // One entry per table of BACKUP_TABLES: the rows as stored, each table's own record type.
    return Object.fromEntries(
      BACKUP_TABLES.map((name, i) => [name, rows[i]]),
    ) as unknown as BackupTables;
  });
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now,
    appVersion: __APP_VERSION__,
    tables,
  };
}

export function backupFileName(now: Instant): string {
  return `goals-first-backup-${toDay(now)}.json`;
}

/** The file's text, and the export remembered on this device (for the backup reminder). */
export async function exportBackup(
  now: Instant = Date.now(),
): Promise<{ fileName: string; text: string }> {
  const text = JSON.stringify(await buildBackup(now), null, 1);
  await recordDeviceMoment('lastExportAt', now);
  return { fileName: backupFileName(now), text };
}
