// Who may open which document (DESIGN.md §9), as a Hocuspocus extension. `space:<id>`: the
// space's devices, read-write. `share:<id>`: the space's devices read-write, its coach tokens
// read-only (connectionConfig.readOnly: Hocuspocus then applies nothing they send). Join tokens
// open nothing: they are only exchanged for a device secret (/api/join).
import type { Extension } from '@hocuspocus/server';
import {
  PROTOCOL_PARAMETER,
  SYNC_PROTOCOL_VERSION,
  parseDocumentName,
} from '../../src/domain/sync-protocol.ts';
import type { TokenChecker } from '../auth/token-checker.ts';
import type { Storage } from '../storage/storage.ts';
import { contextOf, refusal } from '../sync/sync-context.ts';

export interface AuthExtensionOptions {
  checkToken: TokenChecker;
  storage: Storage;
}

export function authExtension({ checkToken, storage }: AuthExtensionOptions): Extension {
  return {
    extensionName: 'goals-first-auth',
    priority: 200,

    onConnect(payload) {
      const context = contextOf(payload);
      const version = Number(payload.requestParameters.get(PROTOCOL_PARAMETER));
      if (!(version >= SYNC_PROTOCOL_VERSION)) {
        return Promise.reject(refusal(context, 'app-out-of-date', payload.documentName));
      }
      if (!parseDocumentName(payload.documentName)) {
        return Promise.reject(refusal(context, 'unknown-document'));
      }
      return Promise.resolve();
    },

    async onAuthenticate(payload) {
      const context = contextOf(payload);
      const { documentName } = payload;
      const document = parseDocumentName(documentName);
      if (!document) throw refusal(context, 'unknown-document');
      const check = await checkToken(context.socket.address, payload.token).catch(() => {
        // Storage could not answer (logged where it failed): the device tries again later.
        throw refusal(context, 'storage-unavailable', documentName);
      });
      if (!check.ok) throw refusal(context, check.refusal, documentName);
      const { credential } = check;
      const allowed =
        credential.spaceId === document.spaceId &&
        (credential.kind === 'device' ||
          (credential.kind === 'coach' && document.kind === 'share'));
      if (!allowed) throw refusal(context, 'forbidden', documentName);
      if (credential.kind === 'coach') payload.connectionConfig.readOnly = true;
      context.socket.authenticated.add(documentName);
      return { credentialId: credential.id, spaceId: credential.spaceId, kind: credential.kind };
    },

    // A revocation that landed while this connection was being set up closes it now.
    async connected(payload) {
      const context = contextOf(payload);
      let credential: Awaited<ReturnType<Storage['getCredential']>>;
      try {
        credential = await storage.getCredential(context.credentialId ?? '');
      } catch {
        return; // Storage cannot answer now; onAuthenticate checked a moment ago.
      }
      if (!credential || credential.revokedAt !== undefined) {
        const reason = credential ? 'revoked' : 'space-gone';
        payload.connection.close(refusal(context, reason, payload.documentName));
      }
    },

    onDisconnect(payload) {
      contextOf(payload).socket.authenticated.delete(payload.documentName);
      return Promise.resolve();
    },
  };
}
