// Export: every row of the user's tables, read in one transaction so the file is a consistent
// picture even while another tab writes.
import { toDay } from '../domain/day';
import type { Instant } from '../domain/types';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from './backup-format';
import { db } from './database';
import { recordDeviceMoment } from './settings-repository';

export async function buildBackup(now: Instant = Date.now()): Promise<Backup> {
  const tables = await db.transaction('r', db.tasks, db.goals, db.checkIns, async () => ({
    tasks: await db.tasks.toArray(),
    goals: await db.goals.toArray(),
    checkIns: await db.checkIns.toArray(),
  }));
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
