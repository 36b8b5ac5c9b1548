// Loads and stores documents through the storage interface, as a Hocuspocus extension.
// Hocuspocus calls onStoreDocument on its debounce (server/limits.ts) and when the last
// connection of a document closes. Each store appends only what changed since the last one
// (the diff against the state vector stored), so storing costs what was edited, not the size
// of the document; the storage merges (server/storage/storage.ts).
//
// A store that fails (a full disk, a database gone away) must not lose the changes: Hocuspocus
// would unload the document after it anyway, so the document is kept in memory (its unload is
// refused) and stored again a little later, until a store succeeds.
import type { Extension, onStoreDocumentPayload } from '@hocuspocus/server';
import * as Y from 'yjs';
import { describeError, type Logger } from '../log.ts';
import type { Storage } from '../storage/storage.ts';

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

    async onLoadDocument({ documentName, document }) {
      const update = await storage.loadDocument(documentName);
      if (update) Y.applyUpdate(document, update);
      stored.set(documentName, Y.encodeStateVector(document));
    },

    async onStoreDocument(payload) {
      const { documentName, document } = payload;
      // Both taken in the same turn: changes arriving during the write go into the next diff.
      const vector = Y.encodeStateVector(document);
      const diff = Y.encodeStateAsUpdate(document, stored.get(documentName));
      const started = performance.now();
      try {
        const kept = await storage.appendUpdate(documentName, diff);
        if (!kept) logger.info('store-skipped', { document: documentName, why: 'space-gone' });
      } catch (error) {
        // Not rethrown: Hocuspocus runs stores from timers, where a rejection would end the
        // process. The document stays in memory and is stored again.
        logger.error('store-failed', { document: documentName, error: describeError(error) });
        unstored.add(documentName);
        retry(payload);
        return;
      }
      unstored.delete(documentName);
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
      return Promise.resolve();
    },
  };
}
