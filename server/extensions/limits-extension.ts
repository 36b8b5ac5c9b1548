// Limits that concern documents and their connections, as a Hocuspocus extension: how many
// connections one space may have open, how large a document may grow, what a read-only
// (coach) connection may send, and no changes while storage fails. Socket-level limits (message size, bytes before signing in,
// sockets per address) are in server/sync/.
import type { Extension } from '@hocuspocus/server';
import { DocumentSizes } from '../sync/document-sizes.ts';
import { MESSAGE, readEnvelope } from '../sync/message-envelope.ts';
import { contextOf, refusal } from '../sync/sync-context.ts';

export interface LimitsExtensionOptions {
  maxConnectionsPerSpace: number;
  maxDocumentBytes: number;
  /** False while storage fails (server/storage/storage-health.ts): changes are refused. */
  writable?: () => boolean;
}

export function limitsExtension({
  maxConnectionsPerSpace,
  maxDocumentBytes,
  writable = () => true,
}: LimitsExtensionOptions): Extension {
  /** Space id → its open document connections (socket id + document name). */
  const connections = new Map<string, Set<string>>();
  const sizes = new DocumentSizes(maxDocumentBytes);
  const key = (socketId: string, documentName: string) => `${socketId} ${documentName}`;

  return {
    extensionName: 'goals-first-limits',
    priority: 150,

    // Counted once signed in, so only a holder of a valid secret can fill a space's quota.
    connected(payload) {
      const context = contextOf(payload);
      const { spaceId } = context;
      // Closed already while it was being set up: nothing to count.
      const open = payload.connection.document.hasConnection(payload.connection);
      if (spaceId === undefined || !open) return Promise.resolve();
      const ofSpace = connections.get(spaceId) ?? new Set<string>();
      if (ofSpace.size >= maxConnectionsPerSpace) {
        payload.connection.close(refusal(context, 'too-many-connections', payload.documentName));
        return Promise.resolve();
      }
      ofSpace.add(key(payload.socketId, payload.documentName));
      connections.set(spaceId, ofSpace);
      return Promise.resolve();
    },

    onDisconnect(payload) {
      const { spaceId } = contextOf(payload);
      if (spaceId === undefined) return Promise.resolve();
      const ofSpace = connections.get(spaceId);
      ofSpace?.delete(key(payload.socketId, payload.documentName));
      if (ofSpace?.size === 0) connections.delete(spaceId);
      return Promise.resolve();
    },

    afterLoadDocument({ documentName, document }) {
      sizes.measure(documentName, document);
      return Promise.resolve();
    },

    beforeHandleMessage(payload) {
      const { connection, update, documentName, document } = payload;
      const context = contextOf(payload);
      const envelope = readEnvelope(update);
      if (!envelope) return Promise.reject(refusal(context, 'malformed-message', documentName));
      if (connection.readOnly) {
        // A reader reads: it may sync (Hocuspocus applies nothing it sends) and show presence,
        // but not message the client's devices.
        const messages =
          envelope.type === MESSAGE.stateless || envelope.type === MESSAGE.broadcastStateless;
        return messages
          ? Promise.reject(refusal(context, 'forbidden', documentName))
          : Promise.resolve();
      }
      // A change the server could not store is refused rather than held where a crash would
      // lose it; the device keeps it and sends it again when the server can store.
      if (envelope.changesDocument && !writable()) {
        return Promise.reject(refusal(context, 'storage-unavailable', documentName));
      }
      if (envelope.changesDocument && !sizes.admit(documentName, document, update.length)) {
        return Promise.reject(refusal(context, 'document-too-large', documentName));
      }
      return Promise.resolve();
    },

    afterUnloadDocument({ documentName }) {
      sizes.forget(documentName);
      return Promise.resolve();
    },
  };
}
