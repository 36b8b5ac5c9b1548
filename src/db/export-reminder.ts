// The facts behind the backup reminder (rule in src/domain/backup-reminder.ts).
import { isExportReminderDue, mayShowReminderAgain } from '../domain/backup-reminder';
import type { Instant } from '../domain/types';
import { db } from './database';
import { readDeviceMoment, recordDeviceMoment } from './settings-repository';

async function firstGoalAt(): Promise<Instant | undefined> {
  let first: Instant | undefined;
  await db.goals.each((goal) => {
    if (goal.deletedAt === undefined && (first === undefined || goal.createdAt < first)) {
      first = goal.createdAt;
    }
  });
  return first;
}

export async function exportReminderDue(now: Instant): Promise<boolean> {
  return isExportReminderDue({
    now,
    firstGoalAt: await firstGoalAt(),
    lastExportAt: await readDeviceMoment('lastExportAt'),
  });
}

/**
 * True at most once a day while a reminder is due; recording the showing in the same call
 * keeps two tabs opened together from both nudging.
 */
export async function takeExportReminder(now: Instant = Date.now()): Promise<boolean> {
  return db.transaction('rw', db.goals, db.settings, async () => {
    const due = await exportReminderDue(now);
    if (!due || !mayShowReminderAgain(now, await readDeviceMoment('exportReminderShownAt'))) {
      return false;
    }
    await recordDeviceMoment('exportReminderShownAt', now);
    return true;
  });
}
