// How a device enters a space (turning sync on creates one; a device link joins one): fetch
// the space's document from the server FIRST, then let the bridge start on it. Started on an
// empty document instead, the bridge would push every record of this device as a new entry, and
// for a record the space already holds (both devices restored the same backup, or this device
// synced with the space before) one whole entry would replace the other, newer edits included.
//
// The one merge that compares timestamps: two copies of a record that were edited apart, with no
// history in common, meet here once; the newer edit (updatedAt) wins, as in a backup's Merge
// (DESIGN.md §6). Every later merge is Yjs's. Then:
//   - records only this device has are pushed by the bridge's start (nothing is lost);
//   - records only the space has arrive in Dexie by the bridge's start too.
import * as Y from 'yjs';
import type { GoalsFirstDb } from '../db/database';
import { startSyncing } from '../db/sync-device';
import { readAll } from '../db/sync-records';
import type { SyncDevice } from '../db/sync-device';
import { spaceDocumentName, type SyncRefusal } from '../domain/sync-protocol';
import { openConnection, type ConnectionStatus, type ConnectionTiming } from './connection';
import { DocContext } from './doc-context';
import { derive, SYNCED_TABLES, writeRecord } from './doc-records';
import { isDataNewer, markDataVersion } from './data-version';
import { docStoreName } from './device-sync';
import { indexedDbDocStore } from './indexeddb-doc-store';

export type EnterFailure = SyncRefusal | 'data-newer' | 'timeout';

export class EnterError extends Error {
  constructor(readonly reason: EnterFailure) {
    super(`Could not enter the space: ${reason}`);
    this.name = 'EnterError';
  }
}

export interface EnterOptions {
  db: GoalsFirstDb;
  device: SyncDevice;
  url?: string;
  WebSocketPolyfill?: unknown;
  timing?: Partial<ConnectionTiming>;
  /** How long to wait for the server's copy. */
  timeoutMs?: number;
}

const JOIN_ORIGIN = Symbol('goals-first-join');

const editedAt = (record: unknown): number => {
  const value = (record as { updatedAt?: unknown }).updatedAt;
  return typeof value === 'number' ? value : 0;
};

/** Waits until `accept` says yes, or fails with what `refuse` names, or times out. */
function until(
  connection: ReturnType<typeof openConnection>,
  accept: (status: ConnectionStatus) => boolean,
  timeoutMs: number,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = (status: ConnectionStatus) => {
      if (status.phase === 'refused') {
        done();
        reject(new EnterError(status.refusal ?? 'forbidden'));
      } else if (accept(status)) {
        done();
        resolve();
      }
    };
    const timer = setTimeout(() => {
      done();
      reject(new EnterError('timeout'));
    }, timeoutMs);
    const unsubscribe = connection.subscribe(check);
    const done = () => {
      clearTimeout(timer);
      unsubscribe();
    };
    check(connection.status());
  });
}

/** Fetches the space, merges this device's copies into it, stores it, and turns sync on. */
export async function enterSpace({
  db,
  device,
  url,
  WebSocketPolyfill,
  timing,
  timeoutMs = 30_000,
}: EnterOptions): Promise<void> {
  const doc = new Y.Doc();
  const connection = openConnection({
    doc,
    name: spaceDocumentName(device.spaceId),
    token: device.deviceToken,
    ...(url !== undefined && { url }),
    ...(WebSocketPolyfill !== undefined && { WebSocketPolyfill }),
    ...(timing && { timing }),
  });
  try {
    await until(connection, (status) => status.phase === 'online' && status.synced, timeoutMs);
    if (isDataNewer(doc)) throw new EnterError('data-newer');

    const context = new DocContext(doc);
    const newer: { table: (typeof SYNCED_TABLES)[number]; record: { id: string } }[] = [];
    for (const table of SYNCED_TABLES) {
      const entries = doc.getMap(table);
      for (const record of await readAll(db, table)) {
        if (!entries.has(record.id)) continue;
        const there = derive(doc, table, record.id, context);
        if (there === undefined || editedAt(record) > editedAt(there))
          newer.push({ table, record });
      }
    }
    doc.transact(() => {
      markDataVersion(doc);
      for (const { table, record } of newer) writeRecord(doc, table, record, context);
    }, JOIN_ORIGIN);
    // Sent now if the server is still there; otherwise the stored document has them and the
    // first sync of the bridge's connection sends them.
    await until(connection, (status) => status.unacknowledged === 0, 5000).catch(() => undefined);
  } finally {
    connection.close();
  }

  const store = indexedDbDocStore(docStoreName(db));
  await store.clear(); // a copy of an earlier space, or of this one before a revocation
  await store.load(doc);
  await store.flush();
  await store.close();
  doc.destroy();
  await startSyncing(db);
}
