// Sync is opt-in (DESIGN.md §9): its code (yjs, the bridge) loads only on a device that has it
// on, after the first screen, and starts or stops as the device's switch flips in any tab. The
// settings UI (issue 16) turns the switch and passes the connection.
import { useEffect } from 'react';
import { db } from '../db/database';
import type * as Y from 'yjs';
import type { DeviceSync } from '../sync/device-sync';

let running: Promise<DeviceSync> | undefined;

/**
 * Benchmarks (`npm run bench` builds with `--mode bench`) play a remote device on the leader's
 * document; the production build has no such hook (the condition is false at build time).
 */
const connect =
  import.meta.env.MODE === 'bench'
    ? (doc: Y.Doc) => {
        (globalThis as { goalsFirstSyncDoc?: Y.Doc }).goalsFirstSyncDoc = doc;
        return () => undefined;
      }
    : undefined;

async function start(): Promise<void> {
  running ??= import('../sync/device-sync').then(({ startDeviceSync }) =>
    startDeviceSync({ db, ...(connect && { connect }) }),
  );
  await running;
}

async function stop(): Promise<void> {
  const sync = running;
  running = undefined;
  await (await sync)?.stop();
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
