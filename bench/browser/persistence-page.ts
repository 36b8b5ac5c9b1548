// Runs inside Chromium (bundled by ./persistence.bench.ts): stores the same Y.Doc with
// y-indexeddb and with y-dexie, 10,000 tasks and then a year of edits, one update per edit as
// the bridge makes them, and reports stored bytes, write and load times.
import Dexie from 'dexie';
import { IndexeddbPersistence } from 'y-indexeddb';
import yDexie, { DexieYProvider } from 'y-dexie';
import * as Y from 'yjs';

export interface PersistenceFigures {
  /** Writing the 10,000 tasks (one update) until stored. */
  initialWriteMs: number;
  /** Mean time from an edit until it is stored. */
  editWriteMs: number;
  /** Bytes stored after the year of edits (once compaction, if any, has run). */
  storedBytes: number;
  /** Opening the stored document in a fresh Y.Doc. */
  loadMs: number;
  /** Tasks found in the loaded document (a check). */
  loadedTasks: number;
}

interface Store {
  doc: Y.Doc;
  flush(): Promise<void>;
  bytes(): Promise<number>;
  close(): Promise<void>;
}

type Opener = (name: string) => Promise<Store>;

const done = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('transaction failed'));
  });

const yIndexedDb: Opener = async (name) => {
  const doc = new Y.Doc();
  const persistence = new IndexeddbPersistence(name, doc);
  await persistence.whenSynced;
  const db = persistence.db!;
  return {
    doc,
    // A later transaction on the same store completes after the writes queued before it.
    flush: () => done(db.transaction('updates', 'readonly')),
    async bytes() {
      const tx = db.transaction('updates', 'readonly');
      const request = tx.objectStore('updates').getAll();
      await done(tx);
      return (request.result as Uint8Array[]).reduce((sum, u) => sum + u.byteLength, 0);
    },
    close: () => persistence.destroy(),
  };
};

const yDexieStore: Opener = async (name) => {
  const db = new Dexie(name, { addons: [yDexie] });
  db.version(1).stores({ spaces: 'id, doc: Y.Doc' });
  const spaces = db.table<{ id: string; doc: Y.Doc }, string>('spaces');
  if (!(await spaces.get('space'))) await spaces.put({ id: 'space' } as { id: string; doc: Y.Doc });
  const doc = (await spaces.get('space'))!.doc;
  const provider = DexieYProvider.load(doc);
  await provider.whenLoaded;
  const updates = db.table<{ u?: Uint8Array }>('$spaces.doc_updates');
  return {
    doc,
    flush: () => db.transaction('r', updates, () => updates.count()).then(() => undefined),
    async bytes() {
      const rows = await updates.toArray();
      // Row 0 is y-dexie's own bookkeeping (when it last compressed), not an update.
      return rows.reduce((sum, row) => sum + (row.u?.byteLength ?? 0), 0);
    },
    close: async () => {
      DexieYProvider.release(doc);
      db.close();
      await Promise.resolve();
    },
  };
};

const OPENERS: Record<string, Opener> = { 'y-indexeddb': yIndexedDb, 'y-dexie': yDexieStore };

export async function measure(
  kind: string,
  tasks: readonly Record<string, unknown>[],
  edits: number,
): Promise<PersistenceFigures> {
  const open = OPENERS[kind]!;
  const name = `bench-${kind}-${Date.now()}`;
  const store = await open(name);
  const map = store.doc.getMap('tasks');
  let start = performance.now();
  store.doc.transact(() => {
    for (const task of tasks) {
      const fields = new Y.Map<unknown>();
      for (const [key, value] of Object.entries(task)) fields.set(key, value);
      map.set(task.id as string, fields);
    }
  });
  await store.flush();
  const initialWriteMs = performance.now() - start;

  // A year of edits: one field of one task per update, as the bridge drains a quick edit.
  start = performance.now();
  for (let i = 0; i < edits; i++) {
    const task = tasks[(i * 7919) % tasks.length]!;
    store.doc.transact(() => {
      const fields = map.get(task.id as string) as Y.Map<unknown>;
      fields.set(i % 3 === 0 ? 'status' : 'title', i % 3 === 0 ? 'done' : `Edited ${i}`);
      fields.set('updatedAt', 1_790_000_000_000 + i);
    });
    await store.flush();
  }
  const editWriteMs = (performance.now() - start) / edits;
  await new Promise((resolve) => setTimeout(resolve, 1500)); // y-indexeddb compacts after 1 s
  const storedBytes = await store.bytes();
  await store.close();

  start = performance.now();
  const reopened = await open(name);
  const loadMs = performance.now() - start;
  const loadedTasks = reopened.doc.getMap('tasks').size;
  await reopened.close();
  return { initialWriteMs, editWriteMs, storedBytes, loadMs, loadedTasks };
}

(globalThis as { persistenceBench?: unknown }).persistenceBench = { measure };
