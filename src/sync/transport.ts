// How Y updates travel between devices, kept apart from the bridge: the bridge only watches its
// Y.Doc, and treats every update it did not make itself as remote. Anything that applies updates
// to the document and sends the document's own updates on is a transport: the Hocuspocus
// provider (which attaches to the Y.Doc itself, issue 16), or in tests a function that hands
// updates between replicas in any order.
import * as Y from 'yjs';

export interface UpdateTransport {
  /** Sends an update of this device's document to the others. */
  send(update: Uint8Array): void;
  /** Calls `receive` with every update from the others; returns the unsubscribe. */
  subscribe(receive: (update: Uint8Array) => void): () => void;
}

/**
 * Connects `doc` to `transport`: its updates go out (except those that came in through it),
 * and what comes in is applied with the transport as the origin. Returns the disconnect.
 */
export function attachTransport(doc: Y.Doc, transport: UpdateTransport): () => void {
  const send = (update: Uint8Array, origin: unknown) => {
    if (origin !== transport) transport.send(update);
  };
  doc.on('update', send);
  const unsubscribe = transport.subscribe((update) => {
    Y.applyUpdate(doc, update, transport);
  });
  // What this device has is offered once on connecting; the other side ignores what it holds.
  transport.send(Y.encodeStateAsUpdate(doc));
  return () => {
    doc.off('update', send);
    unsubscribe();
  };
}
