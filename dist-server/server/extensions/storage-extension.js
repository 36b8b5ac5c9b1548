import * as Y from 'yjs';
import { describeError } from "../log.js";
export function storageExtension({ storage, logger, onStored, }) {
    /** Document name → state vector of what is stored. */
    const stored = new Map();
    return {
        extensionName: 'goals-first-storage',
        priority: 100,
        async onLoadDocument({ documentName, document }) {
            const update = await storage.loadDocument(documentName);
            if (update)
                Y.applyUpdate(document, update);
            stored.set(documentName, Y.encodeStateVector(document));
        },
        async onStoreDocument({ documentName, document }) {
            // Both taken in the same turn: changes arriving during the write go into the next diff.
            const vector = Y.encodeStateVector(document);
            const diff = Y.encodeStateAsUpdate(document, stored.get(documentName));
            const started = performance.now();
            try {
                const kept = await storage.appendUpdate(documentName, diff);
                if (!kept)
                    logger.info('store-skipped', { document: documentName, why: 'space-gone' });
            }
            catch (error) {
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
//# sourceMappingURL=storage-extension.js.map