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

/** True once there is at least one live goal or {@link TASKS_WORTH_KEEPING} live tasks. */
export async function isWorthKeeping(): Promise<boolean> {
  const goals = await db.goals
    .filter((goal) => goal.deletedAt === undefined)
    .limit(1)
    .count();
  if (goals > 0) return true;
  const tasks = await db.tasks
    .filter((task) => task.deletedAt === undefined)
    .limit(TASKS_WORTH_KEEPING)
    .count();
  return tasks >= TASKS_WORTH_KEEPING;
}

/** Whether this device already asked (the question is put once, never repeated). */
export async function persistenceRequested(): Promise<boolean> {
  return (await readDeviceMoment('persistRequestedAt')) !== undefined;
}

/**
 * Asks the browser to keep the data, once per device. Returns the browser's answer, or null
 * when it was asked before or cannot be asked.
 */
export async function requestPersistentStorage(now: Instant = Date.now()): Promise<boolean | null> {
  const manager = storageManager();
  if (!manager?.persist || (await persistenceRequested())) return null;
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
