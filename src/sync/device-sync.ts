// Sync on this device, for the app (DESIGN.md §9): one tab per device holds the Y.Doc, its
// store and the connection; every other tab follows through Dexie's live queries, which see
// the leader's remote writes like any other write. The leader is whoever holds a Web Lock
// named after the database; when its tab closes (or stops syncing) the browser hands the lock
// to the next tab waiting for it, which starts its own bridge from the stored document.
//
// The network is plugged in by `connect` (issue 16: the Hocuspocus provider on the same Y.Doc,
// or attachTransport(doc, transport) from ./transport.ts); without it the bridge still keeps
// the local document up to date, ready to sync when a connection comes.
import * as Y from 'yjs';
import type { GoalsFirstDb } from '../db/database';
import { setSyncOn, watchNotes } from '../db/sync-records';
import { startBridge, type BridgeStatus, type SyncBridge, type WrittenRecord } from './bridge';
import type { DocStore } from './doc-store';
import { indexedDbDocStore } from './indexeddb-doc-store';

export interface DeviceSyncStatus extends BridgeStatus {
  /** 'leader': this tab holds the connection; 'follower': another tab of this device does. */
  role: 'leader' | 'follower';
}

/** What the leader's connection may use besides the document. */
export interface LeaderLink {
  /** The document's store, for small notes kept beside it. */
  store: DocStore;
  /** Calls `listener` with the records this device writes into the document. */
  onWritten(listener: (records: readonly WrittenRecord[]) => void): () => void;
}

export interface DeviceSyncOptions {
  db: GoalsFirstDb;
  /** Connects the leader's Y.Doc to other devices; returns the disconnect. */
  connect?: (doc: Y.Doc, link: LeaderLink) => () => void;
}

export interface DeviceSync {
  status(): DeviceSyncStatus;
  /** Calls `listener` on every status change; returns the unsubscribe. */
  subscribe(listener: (status: DeviceSyncStatus) => void): () => void;
  /** Stops this tab's part (the lock passes on); sync stays on for the device. */
  stop(): Promise<void>;
}

/** The name of this device's stored Y.Doc (beside the app's database). */
export const docStoreName = (db: GoalsFirstDb) => `${db.name}-ydoc`;
const lockName = (db: GoalsFirstDb) => `${db.name}-sync-leader`;

export function startDeviceSync({ db, connect }: DeviceSyncOptions): DeviceSync {
  const listeners = new Set<(status: DeviceSyncStatus) => void>();
  let status: DeviceSyncStatus = { role: 'follower', state: 'starting', pending: 0, refused: 0 };
  let bridge: SyncBridge | undefined;
  let release: (() => void) | undefined;
  let stopping = false;
  const emit = (change: Partial<DeviceSyncStatus>) => {
    status = { ...status, ...change };
    for (const listener of listeners) listener(status);
  };
  // Followers know the pending count too: the outbox is shared by every tab.
  const unwatch = watchNotes(db, (pending) => {
    if (status.role === 'follower') emit({ pending });
  });

  async function lead(): Promise<void> {
    if (stopping) return;
    const doc = new Y.Doc();
    const store = indexedDbDocStore(docStoreName(db));
    const written = new Set<(records: readonly WrittenRecord[]) => void>();
    // What the start pushes (everything, the first time) is handed to the first listener.
    let early: WrittenRecord[] | undefined = [];
    bridge = await startBridge({
      db,
      doc,
      store,
      onWritten: (records) => {
        if (early) early.push(...records);
        written.forEach((listener) => listener(records));
      },
    });
    emit({ ...bridge.status(), role: 'leader' });
    const unsubscribe = bridge.subscribe((next) => emit({ ...next, role: 'leader' }));
    const disconnect = connect?.(doc, {
      store,
      onWritten(listener) {
        written.add(listener);
        if (early && early.length > 0) listener(early);
        early = undefined;
        return () => written.delete(listener);
      },
    });
    // Hold the lock until this tab stops or closes.
    await new Promise<void>((resolve) => (release = resolve));
    disconnect?.();
    unsubscribe();
    await bridge.stop();
    doc.destroy();
    bridge = undefined;
  }

  const held = new AbortController();
  const run = async () => {
    try {
      if (typeof navigator !== 'undefined' && 'locks' in navigator) {
        await navigator.locks.request(lockName(db), { signal: held.signal }, lead);
      } else {
        await lead(); // no Web Locks (an old browser): this tab leads
      }
    } catch (error) {
      if ((error as { name?: string }).name !== 'AbortError') {
        emit({ state: 'failed', error: error instanceof Error ? error.message : String(error) });
      }
    }
  };
  const running = run();

  return {
    status: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async stop() {
      stopping = true;
      unwatch();
      held.abort(); // still waiting for the lock: stop waiting
      release?.();
      await running;
      emit({ state: 'stopped' });
    },
  };
}

/** Turns sync off on this device: this tab's part stops, the outbox and stored Y.Doc go. */
export async function leaveSync(db: GoalsFirstDb, sync?: DeviceSync): Promise<void> {
  await sync?.stop();
  await setSyncOn(db, false);
  await indexedDbDocStore(docStoreName(db)).clear();
}
