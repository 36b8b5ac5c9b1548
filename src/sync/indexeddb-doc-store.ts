// The Y.Doc kept in IndexedDB by y-indexeddb (one database per document, beside the app's own
// Dexie database): every update is appended as it happens, and once 500 have piled up the whole
// state is written as one and the rest dropped (y-indexeddb's own compaction), so loading reads
// at most about 500 small updates and one state. The choice against y-dexie, with the figures,
// is in the README (Sync) and bench/sync-persistence.bench.ts.
//
// flush: IndexedDB runs transactions over the same store in the order they were created, so a
// read transaction opened after y-indexeddb queued its writes completes only after them.
import { clearDocument, IndexeddbPersistence } from 'y-indexeddb';
import type { DocStore } from './doc-store';

export function indexedDbDocStore(name: string): DocStore {
  let persistence: IndexeddbPersistence | undefined;
  return {
    async load(doc) {
      persistence = new IndexeddbPersistence(name, doc);
      await persistence.whenSynced;
    },
    flush() {
      const db = persistence?.db;
      if (!db) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        const tx = db.transaction('updates', 'readonly');
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('The sync copy could not be read.'));
        tx.onabort = () => reject(tx.error ?? new Error('The sync copy could not be read.'));
      });
    },
    async close() {
      await persistence?.destroy();
      persistence = undefined;
    },
    async readNote(key) {
      return (await persistence?.get(key)) as unknown;
    },
    async writeNote(key, value) {
      await persistence?.set(key, value as string);
    },
    async clear() {
      await persistence?.destroy();
      persistence = undefined;
      await clearDocument(name);
    },
  };
}
