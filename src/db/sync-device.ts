// This device's membership of a sync space (DESIGN.md §9): its credential (the device token the
// server gave it, `<spaceId>.<deviceId>.<secret>`) and, once the server refused it for good,
// why. Device-local state: a row of `settings`, which no backup and no Y.Doc ever carries, so
// the secret never leaves this browser except to the server that issued it.
//
// The credential and the sync switch change together, in one transaction: a device that syncs
// has a credential, and one that stopped has neither.
import { useLiveQuery } from 'dexie-react-hooks';
import * as v from 'valibot';
import { isSyncRefusal, type DeviceCredential, type SyncRefusal } from '../domain/sync-protocol';
import type { GoalsFirstDb } from './database';
import { SYNC_SETTING_KEY } from './sync-switch';

export const SYNC_DEVICE_KEY = 'syncDevice';

export interface SyncDevice extends DeviceCredential {
  joinedAt: number;
  /** Set when the server refused this device for good (revoked, space gone, …). */
  refusedFor?: SyncRefusal;
}

const deviceSchema = v.object({
  spaceId: v.string(),
  deviceId: v.string(),
  deviceToken: v.string(),
  joinedAt: v.number(),
  refusedFor: v.optional(v.pipe(v.string(), v.check(isSyncRefusal))),
});

/** This device's credential; undefined when it is not in a space (or the row is unreadable). */
export function readSyncDevice(database: GoalsFirstDb): Promise<SyncDevice | undefined> {
  return database.settings.get(SYNC_DEVICE_KEY).then((row) => {
    const parsed = v.safeParse(deviceSchema, row?.value);
    return parsed.success ? (parsed.output as SyncDevice) : undefined;
  });
}

/** The credential as it changes (any tab); null when there is none, undefined while loading. */
export function useSyncDevice(database: GoalsFirstDb): SyncDevice | null | undefined {
  return useLiveQuery(() => readSyncDevice(database).then((device) => device ?? null), [database]);
}

/** Whether sync is on for this device, as it changes; undefined while loading. */
export function useSyncOn(database: GoalsFirstDb): boolean | undefined {
  return useLiveQuery(
    () => database.settings.get(SYNC_SETTING_KEY).then((row) => row?.value === true),
    [database],
  );
}

/**
 * Keeps a new credential, sync still off: the device joined on the server but has not fetched
 * the space yet. If that fails, the credential stays for another try (the join link is used up).
 */
export async function keepCredential(
  database: GoalsFirstDb,
  credential: DeviceCredential,
  now: number,
): Promise<SyncDevice> {
  const device: SyncDevice = {
    spaceId: credential.spaceId,
    deviceId: credential.deviceId,
    deviceToken: credential.deviceToken,
    joinedAt: now,
  };
  await database.transaction('rw', database.settings, database.outbox, async () => {
    await database.settings.put({ key: SYNC_DEVICE_KEY, value: device });
    await database.settings.put({ key: SYNC_SETTING_KEY, value: false });
    await database.outbox.clear();
  });
  database.syncSwitch.set(false);
  return device;
}

/** Turns sync on for the credential kept (the space's document is in the store by now). */
export async function startSyncing(database: GoalsFirstDb): Promise<void> {
  await database.transaction('rw', database.settings, async () => {
    if (!(await readSyncDevice(database))) throw new Error('This device holds no credential.');
    await database.settings.put({ key: SYNC_SETTING_KEY, value: true });
  });
  database.syncSwitch.set(true);
}

/** Forgets the credential and turns sync off (the outbox goes with it); the data stays. */
export async function stopSyncing(database: GoalsFirstDb): Promise<void> {
  await database.transaction('rw', database.settings, database.outbox, async () => {
    await database.settings.delete(SYNC_DEVICE_KEY);
    await database.settings.put({ key: SYNC_SETTING_KEY, value: false });
    await database.outbox.clear();
  });
  database.syncSwitch.set(false);
}

/** Notes that the server refused this device for good: it stops asking until it joins again. */
export async function recordRefusal(
  database: GoalsFirstDb,
  deviceId: string,
  refusal: SyncRefusal,
): Promise<void> {
  await database.transaction('rw', database.settings, async () => {
    const device = await readSyncDevice(database);
    if (device?.deviceId !== deviceId) return; // joined again meanwhile
    await database.settings.put({
      key: SYNC_DEVICE_KEY,
      value: { ...device, refusedFor: refusal },
    });
  });
}
