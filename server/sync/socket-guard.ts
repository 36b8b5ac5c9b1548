// Watches one WebSocket before Hocuspocus sees its messages (its listener is added first).
// Hocuspocus queues every message for a document until that document is signed in, without a
// bound; the guard bounds it: bytes sent for documents not signed in are counted, and a socket
// that sends too many, sends bytes that are not the protocol, never signs in, or floods (more
// messages than a token bucket allows, signed in or not), is closed with a reason. Every refusal closes the socket, once the reason for the document (sent by
// Hocuspocus) has gone out.
import type { WebSocket } from 'ws';
import { SYNC_CLOSE_CODES, type SyncRefusal } from '../../src/domain/sync-protocol.ts';
import type { Logger } from '../log.ts';
import { readEnvelope } from './message-envelope.ts';
import type { GuardedSocket } from './sync-context.ts';

export interface SocketGuardOptions {
  address: string;
  maxBytesBeforeAuth: number;
  authTimeoutMs: number;
  maxMessagesPerSecond: number;
  messageBurst: number;
  logger: Logger;
  now?: () => number;
}

export function guardSocket(
  ws: WebSocket,
  {
    address,
    maxBytesBeforeAuth,
    authTimeoutMs,
    maxMessagesPerSecond,
    messageBurst,
    logger,
    now = performance.now.bind(performance),
  }: SocketGuardOptions,
): GuardedSocket {
  let refused = false;
  let bytesBeforeAuth = 0;
  let tokens = messageBurst;
  let lastRefill = now();
  const authenticated = new Set<string>();

  const close = (reason: SyncRefusal) => {
    // Nothing a refused socket still sends reaches Hocuspocus (whose queue has no bound); the
    // close handshake goes on, and a peer that does not answer it is cut off.
    ws.removeAllListeners('message');
    ws.close(SYNC_CLOSE_CODES[reason], reason);
    setTimeout(() => ws.terminate(), 2000).unref();
  };

  const guard: GuardedSocket = {
    address,
    authenticated,
    refuse(reason: SyncRefusal, document?: string) {
      if (refused) return;
      refused = true;
      logger.warn('sync-refused', { reason, address, ...(document && { document }) });
      // After the current turn, so that Hocuspocus sends the document's reason first.
      setTimeout(() => close(reason), 0);
    },
  };

  const timeout = setTimeout(() => {
    if (authenticated.size === 0) guard.refuse('auth-timeout');
  }, authTimeoutMs);
  timeout.unref();

  ws.on('message', (data: Buffer) => {
    if (refused) return;
    const at = now();
    tokens = Math.min(messageBurst, tokens + ((at - lastRefill) * maxMessagesPerSecond) / 1000);
    lastRefill = at;
    if (tokens < 1) {
      // At once: not one more of the flood reaches Hocuspocus.
      refused = true;
      logger.warn('sync-refused', { reason: 'too-many-messages', address });
      close('too-many-messages');
      return;
    }
    tokens -= 1;
    const envelope = readEnvelope(data);
    if (!envelope) {
      // At once: Hocuspocus, next to hear this message, would close with its own code.
      refused = true;
      logger.warn('sync-refused', { reason: 'malformed-message', address });
      close('malformed-message');
      return;
    }
    if (authenticated.has(envelope.document)) return;
    bytesBeforeAuth += data.length;
    if (bytesBeforeAuth > maxBytesBeforeAuth) guard.refuse('too-many-messages', envelope.document);
  });
  ws.on('close', () => clearTimeout(timeout));
  return guard;
}
