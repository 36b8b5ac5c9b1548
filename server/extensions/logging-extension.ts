// Who connected to which document, and when they left: one log line each, with ids only
// (never a token: Hocuspocus's payloads carry the token only into onAuthenticate).
import type { Extension } from '@hocuspocus/server';
import type { Logger } from '../log.ts';
import { contextOf } from '../sync/sync-context.ts';

export function loggingExtension(logger: Logger): Extension {
  return {
    extensionName: 'goals-first-logging',
    priority: 50,
    connected(payload) {
      const context = contextOf(payload);
      logger.info('sync-connected', {
        document: payload.documentName,
        credential: context.credentialId,
        kind: context.kind,
        readOnly: payload.connectionConfig.readOnly,
        address: context.socket.address,
      });
      return Promise.resolve();
    },
    onDisconnect(payload) {
      logger.info('sync-disconnected', {
        document: payload.documentName,
        credential: contextOf(payload).credentialId,
      });
      return Promise.resolve();
    },
  };
}
