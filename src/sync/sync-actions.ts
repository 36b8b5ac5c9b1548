// What Settings → Sync does, one function per button, each returning what happened instead of
// throwing, so the view only has to say it. Loaded lazily with the rest of src/sync.
import type { GoalsFirstDb } from '../db/database';
import { isSyncOn } from '../db/sync-records';
import { keepCredential, readSyncDevice, stopSyncing, type SyncDevice } from '../db/sync-device';
import { deviceLinkUrl } from '../domain/device-link';
import { deviceName } from '../domain/device-name';
import type { SpaceSummary } from '../domain/sync-protocol';
import { docStoreName } from './device-sync';
import { EnterError, enterSpace, type EnterFailure } from './enter-space';
import { indexedDbDocStore } from './indexeddb-doc-store';
import { spaceApi, type ApiFailure } from './space-api';

export type ActionFailure = ApiFailure | EnterFailure | 'already-syncing' | 'not-linked';

export type ActionResult<T = null> = { ok: true; value: T } | { ok: false; error: ActionFailure };

const api = spaceApi();
const ok = <T>(value: T): ActionResult<T> => ({ ok: true, value });
const fail = <T>(error: ActionFailure): ActionResult<T> => ({ ok: false, error });

const thisDevice = () =>
  typeof navigator === 'undefined' ? 'A browser' : deviceName(navigator.userAgent);

/** Whether this device syncs with a space that still accepts it. */
async function activelySyncing(db: GoalsFirstDb): Promise<boolean> {
  const device = await readSyncDevice(db);
  return device !== undefined && device.refusedFor === undefined && (await isSyncOn(db));
}

async function enter(db: GoalsFirstDb, device: SyncDevice): Promise<ActionResult> {
  try {
    await enterSpace({ db, device });
    return ok(null);
  } catch (error) {
    if (error instanceof EnterError) return fail(error.reason);
    throw error;
  }
}

/** "Turn on sync": creates a space on the server that served the app and uploads this device. */
export async function turnOnSync(db: GoalsFirstDb, signupCode?: string): Promise<ActionResult> {
  if (await activelySyncing(db)) return fail('already-syncing');
  const created = await api.createSpace({
    deviceName: thisDevice(),
    ...(signupCode && { signupCode }),
  });
  if (!created.ok) return created;
  return enter(db, await keepCredential(db, created.value, Date.now()));
}

/** "Join": exchanges a join token for this device's own credential, then enters the space. */
export async function joinWithToken(db: GoalsFirstDb, joinToken: string): Promise<ActionResult> {
  if (await activelySyncing(db)) return fail('already-syncing');
  const joined = await api.join({ joinToken, deviceName: thisDevice() });
  if (!joined.ok) return joined;
  return enter(db, await keepCredential(db, joined.value, Date.now()));
}

/** Tries again to fetch the space for a credential kept when that failed. */
export async function finishEntering(db: GoalsFirstDb): Promise<ActionResult> {
  const device = await readSyncDevice(db);
  if (!device) return fail('not-linked');
  return enter(db, device);
}

/**
 * "Stop syncing on this device": the data stays here; the server forgets this device (when it
 * can be reached: otherwise another device can revoke it from its list).
 */
export async function stopSyncingHere(db: GoalsFirstDb): Promise<ActionResult> {
  const device = await readSyncDevice(db);
  if (device && device.refusedFor === undefined) {
    await api.revoke(device, device.deviceId); // best effort
  }
  await stopSyncing(db);
  await indexedDbDocStore(docStoreName(db)).clear();
  return ok(null);
}

export interface DeviceLink {
  url: string;
  expiresAt?: number;
}

/** "Link another device": a new join token, as an absolute link on the app's own origin. */
export async function createDeviceLink(
  db: GoalsFirstDb,
  origin: string,
): Promise<ActionResult<DeviceLink>> {
  const device = await readSyncDevice(db);
  if (!device) return fail('not-linked');
  const issued = await api.issueJoinToken(device);
  if (!issued.ok) return issued;
  return ok({
    url: deviceLinkUrl(origin, issued.value.token),
    ...(issued.value.expiresAt !== undefined && { expiresAt: issued.value.expiresAt }),
  });
}

/** The space's devices (and links) as the server lists them. */
export async function listDevices(db: GoalsFirstDb): Promise<ActionResult<SpaceSummary>> {
  const device = await readSyncDevice(db);
  if (!device) return fail('not-linked');
  return api.summary(device);
}

/** "Revoke": the other device stops syncing at once and is told why. */
export async function revokeDevice(db: GoalsFirstDb, deviceId: string): Promise<ActionResult> {
  const device = await readSyncDevice(db);
  if (!device) return fail('not-linked');
  return api.revoke(device, deviceId);
}
