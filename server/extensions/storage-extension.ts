// Loads and stores documents through the storage interface, as a Hocuspocus extension.
// Hocuspocus calls onStoreDocument on its debounce (server/limits.ts) and when the last
// connection of a document closes. Each store appends only what changed since the last one
// (the diff against the state vector stored), so storing costs what was edited, not the size
// of the document; the storage merges (server/storage/storage.ts).
import type { Extension } from '@hocuspocus/server';
import * as Y from 'yjs';
import { describeError, type Logger } from '../log.ts';
import type { Storage } from '../storage/storage.ts';

export interface StorageExtensionOptions {
  storage: Storage;
  logger: Logger;
  /** Told how long each store took (for the benchmark). */
  onStored?: (documentName: string, bytes: number, ms: number) => void;
}

export function storageExtension({
  storage,
  logger,
  onStored,
}: StorageExtensionOptions): Extension {
  /** Document name → state vector of what is stored. */
  const stored = new Map<string, Uint8Array>();

  return {
    extensionName: 'goals-first-storage',
    priority: 100,

    async onLoadDocument({ documentName, document }) {
      const update = await storage.loadDocument(documentName);
      if (update) Y.applyUpdate(document, update);
      stored.set(documentName, Y.encodeStateVector(document));
    },

    async onStoreDocument({ documentName, document }) {
      // Both taken in the same turn: changes arriving during the write go into the next diff.
      const vector = Y.encodeStateVector(document);
      const diff = Y.encodeStateAsUpdate(document, stored.get(documentName));
      const started = performance.now();
      try {
        const kept = await storage.appendUpdate(documentName, diff);
        if (!kept) logger.info('store-skipped', { document: documentName, why: 'space-gone' });
      } catch (error) {
        logger.error('store-failed', { document: documentName, error: describeError(error) });
        throw error;
      }
      stored.set(documentName, vector);
      onStored?.(documentName, diff.length, performance.now() - started);
    },

    afterUnloadDocument({ documentName }) {
      stored.delete(documentName);
      return Promise.resolve();
    },
  };
}
