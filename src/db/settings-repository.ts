// Device-local settings, one row per key in the `settings` table (which also holds other
// device-local state such as the last export time).
import { checkSettings, resolveSettings } from '../domain/settings-rules';
import type { Settings } from '../domain/types';
import { db } from './database';

export async function readSettings(): Promise<Settings> {
  const rows = await db.settings.toArray();
  return resolveSettings(Object.fromEntries(rows.map((row) => [row.key, row.value])));
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
