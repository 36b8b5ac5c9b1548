// /sync: WebSocket upgrades handed to Hocuspocus (handleConnection), through a guard per
// socket (server/sync/socket-guard.ts) and a bound on sockets per address. Also closes the
// connections of a revoked credential or a deleted space, and everything at shutdown.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Hocuspocus } from '@hocuspocus/server';
import { WebSocketServer, type WebSocket } from 'ws';
import { SYNC_CLOSE_CODES, type SyncRefusal } from '../../src/domain/sync-protocol.ts';
import type { Limits } from '../limits.ts';
import { describeError, type Logger } from '../log.ts';
import { guardSocket } from './socket-guard.ts';
import { contextOf, refusal, type SyncContext } from './sync-context.ts';

export interface SyncEndpointOptions {
  hocuspocus: Hocuspocus;
  limits: Pick<
    Limits,
    | 'maxMessageBytes'
    | 'maxSocketsPerAddress'
    | 'maxBytesBeforeAuth'
    | 'authTimeoutMs'
    | 'maxMessagesPerSecond'
    | 'messageBurst'
  >;
  logger: Logger;
}

export interface SyncEndpoint {
  upgrade(request: IncomingMessage, socket: Duplex, head: Buffer, address: string): void;
  /** Closes every document connection whose context matches, with the reason. */
  closeWhere(matches: (context: SyncContext) => boolean, reason: SyncRefusal): void;
  /** Closes every socket; resolves when all are closed (or cut off after `graceMs`). */
  closeAll(reason: SyncRefusal, graceMs: number): Promise<void>;
  readonly socketCount: number;
}

export function createSyncEndpoint({
  hocuspocus,
  limits,
  logger,
}: SyncEndpointOptions): SyncEndpoint {
  const server = new WebSocketServer({
    noServer: true,
    maxPayload: limits.maxMessageBytes,
    // Compression would let a small frame inflate into a large message, and costs CPU.
    perMessageDeflate: false,
  });
  const sockets = new Set<WebSocket>();
  const perAddress = new Map<string, number>();

  const connect = (ws: WebSocket, request: IncomingMessage, address: string) => {
    sockets.add(ws);
    const count = (perAddress.get(address) ?? 0) + 1;
    perAddress.set(address, count);
    ws.on('close', () => {
      sockets.delete(ws);
      const left = (perAddress.get(address) ?? 1) - 1;
      if (left > 0) perAddress.set(address, left);
      else perAddress.delete(address);
    });
    // ws reports a frame over maxPayload (closing with 1009) or a broken frame as an error
    // event; without a listener it would crash the process.
    ws.on('error', (error) => {
      logger.warn('socket-error', { address, error: describeError(error) });
    });
    const guard = guardSocket(ws, { address, logger, ...limits });
    if (count > limits.maxSocketsPerAddress) {
      guard.refuse('too-many-connections');
      return;
    }
    const context: SyncContext = { socket: guard };
    hocuspocus.handleConnection(ws, request, context);
  };

  return {
    upgrade(request, socket, head, address) {
      server.handleUpgrade(request, socket, head, (ws) => connect(ws, request, address));
    },

    closeWhere(matches, reason) {
      for (const document of hocuspocus.documents.values()) {
        for (const connection of document.getConnections()) {
          const context = contextOf(connection);
          if (matches(context)) connection.close(refusal(context, reason, document.name));
        }
      }
    },

    async closeAll(reason, graceMs) {
      const closing = [...sockets].map(
        (ws) =>
          new Promise<void>((resolve) => {
            if (ws.readyState === ws.CLOSED) {
              resolve();
              return;
            }
            ws.once('close', () => resolve());
            ws.close(SYNC_CLOSE_CODES[reason], reason);
          }),
      );
      const cutOff = setTimeout(() => sockets.forEach((ws) => ws.terminate()), graceMs);
      await Promise.all(closing);
      clearTimeout(cutOff);
      server.close();
    },

    get socketCount() {
      return sockets.size;
    },
  };
}
