// The last step of a shutdown: every document stored. Hocuspocus stores each document when its
// last connection closes, then unloads it; this waits for that, stores whatever is still loaded
// after the deadline, and fails if a document could not be stored (its changes are then only
// on the devices that made them, which send them again to the next server).
import type { Hocuspocus, onStoreDocumentPayload } from '@hocuspocus/server';
import type { Logger } from '../log.ts';

export async function storeEverything(
  hocuspocus: Hocuspocus,
  unstored: ReadonlySet<string>,
  logger: Logger,
  deadlineMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  while (hocuspocus.getDocumentsCount() > unstored.size && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const left = [...hocuspocus.documents.values()];
  if (left.length > 0) {
    logger.warn('storing-remaining', { documents: left.length });
    await Promise.allSettled(
      left.map((document) => {
        const payload = { documentName: document.name, document, instance: hocuspocus };
        return hocuspocus.storeDocumentHooks(document, payload as onStoreDocumentPayload, true);
      }),
    );
  }
  if (unstored.size > 0) {
    const names = [...unstored].join(', ');
    throw new Error(`${unstored.size} document(s) could not be stored: ${names}`);
  }
}
