// When to remind the user to export a backup. Data in one browser can be lost with the browser
// (a reset, a lost laptop), so once there is a goal worth keeping the app nudges: when no
// backup was exported for EXPORT_REMINDER_DAYS, counted from the last export or, before any,
// from the first goal (so a brand-new user is not nagged on day one). The nudge is gentle:
// shown at most once a day.
import type { Instant } from './types';

export const EXPORT_REMINDER_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface ExportReminderFacts {
  now: Instant;
  /** Creation of the oldest live goal; undefined when there is no goal. */
  firstGoalAt: Instant | undefined;
  lastExportAt: Instant | undefined;
}

export function isExportReminderDue({ now, firstGoalAt, lastExportAt }: ExportReminderFacts) {
  if (firstGoalAt === undefined) return false;
  const since = Math.max(firstGoalAt, lastExportAt ?? -Infinity);
  return now - since >= EXPORT_REMINDER_DAYS * DAY_MS;
}

/** A reminder already shown today (or in the last 24 hours) is not shown again. */
export function mayShowReminderAgain(now: Instant, lastShownAt: Instant | undefined): boolean {
  return lastShownAt === undefined || now - lastShownAt >= DAY_MS;
}
