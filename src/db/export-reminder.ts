// The facts behind the backup reminder (rule in src/domain/backup-reminder.ts). Reads are plain
// Dexie calls started together (see settings-repository.ts on why not nested async functions).
import { isExportReminderDue, mayShowReminderAgain } from '../domain/backup-reminder';
import type { Goal, Instant } from '../domain/types';
import { db } from './database';
import { momentOf } from './settings-repository';

function firstGoalAt(goals: readonly Goal[]): Instant | undefined {
  const live = goals.filter((goal) => goal.deletedAt === undefined).map((g) => g.createdAt);
  return live.length > 0 ? Math.min(...live) : undefined;
}

export async function exportReminderDue(now: Instant): Promise<boolean> {
  const [goals, lastExport] = await Promise.all([
    db.goals.toArray(),
    db.settings.get('lastExportAt'),
  ]);
  return isExportReminderDue({
    now,
    firstGoalAt: firstGoalAt(goals),
    lastExportAt: momentOf(lastExport),
  });
}

/**
 * True at most once a day while a reminder is due; recording the showing in the same
 * transaction keeps two tabs opened together from both nudging.
 */
export function takeExportReminder(now: Instant = Date.now()): Promise<boolean> {
  return db.transaction('rw', db.goals, db.settings, async () => {
    const goals = await db.goals.toArray();
    const lastExport = await db.settings.get('lastExportAt');
    const lastShown = await db.settings.get('exportReminderShownAt');
    const due = isExportReminderDue({
      now,
      firstGoalAt: firstGoalAt(goals),
      lastExportAt: momentOf(lastExport),
    });
    if (!due || !mayShowReminderAgain(now, momentOf(lastShown))) return false;
    await db.settings.put({ key: 'exportReminderShownAt', value: now });
    return true;
  });
}
