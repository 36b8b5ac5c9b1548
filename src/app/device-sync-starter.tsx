// Sync is opt-in (DESIGN.md §9): its code (yjs, the bridge, the provider) loads only on a device
// that has it on, after the first screen, and starts or stops as the device's switch flips in
// any tab (Settings → Sync flips it). When the server or the document says this app is out of
// date, the service worker is asked for the new version at once, so "Reload to update" comes.
import { useEffect } from 'react';
import { db } from '../db/database';
import type * as Y from 'yjs';
import type { DeviceSession } from '../sync/device-session';
import { checkForUpdate } from '../ui/update-store';

let running: Promise<DeviceSession> | undefined;
let watching = false;

/**
 * Benchmarks (`npm run bench` builds with `--mode bench`) may play a remote device on the
 * leader's document; the production build has no such hook (the condition is false at build
 * time).
 */
const exposeDoc =
  import.meta.env.MODE === 'bench'
    ? (doc: Y.Doc) => {
        (globalThis as { goalsFirstSyncDoc?: Y.Doc }).goalsFirstSyncDoc = doc;
      }
    : undefined;

async function start(): Promise<void> {
  running ??= import('../sync/device-session').then(({ startDeviceSession, subscribeSyncView }) => {
    if (!watching) {
      watching = true;
      subscribeSyncView((view) => {
        if (view.problem === 'app-out-of-date' || view.problem === 'data-newer') checkForUpdate();
      });
    }
    return startDeviceSession(db, exposeDoc && { onLeaderDoc: exposeDoc });
  });
  await running;
}

async function stop(): Promise<void> {
  const session = running;
  running = undefined;
  await (await session)?.stop();
}

async function startDeviceSyncIfOn(): Promise<void> {
  db.syncSwitch.onChange((on) => void (on ? start() : stop()));
  await db.open(); // the switch is read when the database opens
  if (db.syncSwitch.on) await start();
}

/** Renders nothing; starts sync once, on a device that has it on. */
export function DeviceSyncStarter(): null {
  useEffect(() => {
    void startDeviceSyncIfOn();
  }, []);
  return null;
}
