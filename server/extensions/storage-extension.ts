// Loads and stores documents through the storage interface, as a Hocuspocus extension.
// Hocuspocus calls onStoreDocument on its debounce (server/limits.ts) and when the last
// connection of a document closes. Each store appends only what changed since the last one
// (the diff against the state vector stored), so storing costs what was edited, not the size
// of the document; the storage merges (server/storage/storage.ts), so two processes storing one
// document at once both keep their changes, and there is no lock to take.
//
// What Hocuspocus 3.4 leaves to us, each handled here and proved by a test:
// - A change that arrives through Redis (another instance's device) is not stored by this
//   instance: Hocuspocus schedules stores only for changes from a connection. If the instance
//   that received it dies before its store, the change would live only in memory here. So a
//   change from no connection schedules a store too (both instances then store it; the merge
//   makes the second a no-op in content).
// - Once a store has taken longer than maxDebounce, Hocuspocus starts one more store per change
//   (they queue on the document's save mutex). A store with nothing new since the last one
//   touches no storage, so the queue costs a promise per change, never a write per change.
// - A store that fails (a full disk, a database gone away) must not lose the changes:
//   Hocuspocus would unload the document after it anyway, so the document is kept in memory
//   (its unload is refused) and stored again a little later, until a store succeeds. Stores
//   never reject: Hocuspocus runs them from timers, where a rejection would end the process.
import type { Extension, onStoreDocumentPayload } from '@hocuspocus/server';
import * as Y from 'yjs';
import { describeError, type Logger } from '../log.ts';
import type { Storage } from '../storage/storage.ts';
import { contextOf, refusal } from '../sync/sync-context.ts';

export interface StorageExtensionOptions {
  storage: Storage;
  logger: Logger;
  /** How long after a failed store to try again. */
  retryMs?: number;
  /** Told how long each store took (for the benchmark). */
  onStored?: (documentName: string, bytes: number, ms: number) => void;
}

export interface StorageExtension extends Extension {
  /** Documents whose last store failed: held in memory until one succeeds. */
  readonly unstored: ReadonlySet<string>;
}

export function storageExtension({
  storage,
  logger,
  retryMs = 2000,
  onStored,
}: StorageExtensionOptions): StorageExtension {
  /** Document name → state vector of what is stored. */
  const stored = new Map<string, Uint8Array>();
  /** Documents changed since their last store began. */
  const changed = new Set<string>();
  const unstored = new Set<string>();

  const retry = (payload: onStoreDocumentPayload) => {
    setTimeout(() => {
      if (!unstored.has(payload.documentName) || payload.document.isDestroyed) return;
      void payload.instance.storeDocumentHooks(payload.document, payload, true);
    }, retryMs).unref();
  };

  return {
    extensionName: 'goals-first-storage',
    priority: 100,
    unstored,

    async onLoadDocument(payload) {
      const { documentName, document } = payload;
      let update: Uint8Array | undefined;
      try {
        update = await storage.loadDocument(documentName);
      } catch {
        // The storage has logged it (server/storage/storage-health.ts); the device hears why
        // and tries again later.
        throw refusal(contextOf(payload), 'storage-unavailable', documentName);
      }
      if (update) Y.applyUpdate(document, update);
      stored.set(documentName, Y.encodeStateVector(document));
      // In the same turn as the change itself: a store that starts before Hocuspocus has run
      // its hooks for a change still sees it.
      document.on('update', () => changed.add(documentName));
    },

    onChange(payload) {
      // From no connection: from another instance, through Redis. See the top of this file.
      if (payload.socketId === '') {
        void payload.instance.storeDocumentHooks(payload.document, payload);
      }
      return Promise.resolve();
    },

    async onStoreDocument(payload) {
      const { documentName, document } = payload;
      if (!changed.has(documentName) && !unstored.has(documentName)) return;
      changed.delete(documentName);
      // Both taken in the same turn: changes arriving during the write go into the next diff.
      const vector = Y.encodeStateVector(document);
      const diff = Y.encodeStateAsUpdate(document, stored.get(documentName));
      const started = performance.now();
      try {
        const kept = await storage.appendUpdate(documentName, diff);
        if (!kept) logger.info('store-skipped', { document: documentName, why: 'space-gone' });
      } catch (error) {
        if (!unstored.has(documentName)) {
          logger.error('store-failed', { document: documentName, error: describeError(error) });
        }
        unstored.add(documentName);
        retry(payload);
        return;
      }
      if (unstored.delete(documentName))
        logger.info('stored-after-failure', { document: documentName });
      stored.set(documentName, vector);
      onStored?.(documentName, diff.length, performance.now() - started);
    },

    beforeUnloadDocument({ documentName }) {
      // Refusing keeps the document, and its unstored changes, in memory.
      return unstored.has(documentName)
        ? Promise.reject(new Error(`${documentName} is not stored yet`))
        : Promise.resolve();
    },

    afterUnloadDocument({ documentName }) {
      stored.delete(documentName);
      changed.delete(documentName);
      return Promise.resolve();
    },
  };
}
