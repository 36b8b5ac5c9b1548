// Persistent storage (DESIGN.md §6). Browsers may clear "best-effort" site data when the disk
// runs low; a site granted persistence is cleared only by the user. The app asks once, when
// the user has something worth keeping (a first goal, or ten tasks), so the browser (Firefox
// shows a prompt) is not asked on a first visit that may lead nowhere.
import type { Instant } from '../domain/types';
import { db } from './database';
import { readDeviceMoment, recordDeviceMoment } from './settings-repository';

export const TASKS_WORTH_KEEPING = 10;

export interface StorageStatus {
  /** null when the browser does not say. */
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

// Absent in old browsers, some embedded web views and jsdom, although the DOM types say otherwise.
const storageManager = (): StorageManager | undefined =>
  typeof navigator !== 'undefined' && 'storage' in navigator ? navigator.storage : undefined;

export async function readStorageStatus(): Promise<StorageStatus> {
  const manager = storageManager();
  const [persisted, estimate] = await Promise.all([
    manager?.persisted ? manager.persisted().catch(() => null) : null,
    manager?.estimate ? manager.estimate().catch(() => null) : null,
  ]);
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

const isLive = (row: { deletedAt?: number }) => row.deletedAt === undefined;

/**
 * Not yet asked, and worth keeping: a live goal, or {@link TASKS_WORTH_KEEPING} live tasks.
 * Every read starts at once, straight from this function, so a live query observes all of
 * them; the plain counts make it watch the whole tables (a filtered, limited read is watched
 * only over the keys it visited, so on an empty table it would never re-run).
 */
export async function shouldRequestPersistence(): Promise<boolean> {
  const [asked, goals, liveGoals, tasks, liveTasks] = await Promise.all([
    db.settings.get('persistRequestedAt'),
    db.goals.count(),
    db.goals.filter(isLive).limit(1).count(),
    db.tasks.count(),
    db.tasks.filter(isLive).limit(TASKS_WORTH_KEEPING).count(),
  ]);
  if (asked !== undefined) return false;
  return (
    (goals > 0 && liveGoals > 0) ||
    (tasks >= TASKS_WORTH_KEEPING && liveTasks >= TASKS_WORTH_KEEPING)
  );
}

/**
 * Asks the browser to keep the data, once per device. Returns the browser's answer, or null
 * when it was asked before or cannot be asked.
 */
export async function requestPersistentStorage(now: Instant = Date.now()): Promise<boolean | null> {
  const manager = storageManager();
  if (!manager?.persist || (await readDeviceMoment('persistRequestedAt')) !== undefined) {
    return null;
  }
  // Recorded before asking: a prompt left unanswered must not come back on every reload.
  await recordDeviceMoment('persistRequestedAt', now);
  return manager.persist().catch(() => false);
}

/** The user's own request from Settings: asked whenever they press the button. */
export async function askPersistentStorageNow(now: Instant = Date.now()): Promise<boolean> {
  const manager = storageManager();
  if (!manager?.persist) return false;
  await recordDeviceMoment('persistRequestedAt', now);
  return manager.persist().catch(() => false);
}
