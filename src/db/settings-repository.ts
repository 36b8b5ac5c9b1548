// Device-local settings and state, one row per key in the `settings` table. Besides the
// thresholds of DESIGN.md §2 it holds small device-local facts (when the last backup was
// exported, whether persistent storage was asked for, when a reminder was last shown): they
// belong to this browser, not to the user's data, so a backup never carries them.
import { SETTING_RANGES, checkSettings, resolveSettings } from '../domain/settings-rules';
import type { Instant, Settings } from '../domain/types';
import { db } from './database';

const SETTING_KEYS = Object.keys(SETTING_RANGES) as (keyof Settings)[];

/** Moments this device remembers; each is an epoch-milliseconds value or absent. */
export type DeviceMoment = 'lastExportAt' | 'persistRequestedAt' | 'exportReminderShownAt';

export async function readSettings(): Promise<Settings> {
  // Only the threshold rows: other rows (such as an import's undo copy) can be large.
  const rows = await db.settings.bulkGet(SETTING_KEYS);
  const stored: Record<string, unknown> = {};
  SETTING_KEYS.forEach((key, i) => (stored[key] = rows[i]?.value));
  return resolveSettings(stored);
}

/** Validates every change first; writes all of them or none. */
export async function saveSettings(changes: Partial<Settings>): Promise<void> {
  const checked = checkSettings(changes);
  await db.transaction('rw', db.settings, async () => {
    for (const [key, value] of Object.entries(checked) as [string, number | undefined][]) {
      if (value === undefined) await db.settings.delete(key);
      else await db.settings.put({ key, value });
    }
  });
}

/** A stored moment; a hand-edited or corrupt row counts as "never" (at worst a repeat nudge). */
export function momentOf(row: { value: unknown } | undefined): Instant | undefined {
  const value = row?.value;
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

// Written as one Dexie call with `then`, not as an async function: live queries and
// transactions keep track of plain Dexie promises (nested async functions lost track in
// Chromium, with a PrematureCommitError inside a transaction).
export function readDeviceMoment(key: DeviceMoment): Promise<Instant | undefined> {
  return db.settings.get(key).then(momentOf);
}

export async function recordDeviceMoment(key: DeviceMoment, at: Instant): Promise<void> {
  await db.settings.put({ key, value: at });
}
