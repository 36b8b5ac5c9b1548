// A bare WebSocket to /sync that writes Hocuspocus messages by hand: what a hostile or broken
// client could send, which the provider never would.
import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';

export interface RawSocket {
  ws: WebSocket;
  opened: Promise<void>;
  closed: Promise<{ code: number; reason: string }>;
  send(bytes: Uint8Array): void;
}

export function rawSocket(wsUrl: string, address?: string): RawSocket {
  const ws = new WebSocket(wsUrl, address ? { headers: { 'X-Forwarded-For': address } } : {});
  // A refused socket may end in an error on this side; the close event says how.
  ws.on('error', () => undefined);
  const opened = new Promise<void>((resolve) => ws.once('open', () => resolve()));
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  return { ws, opened, closed, send: (bytes) => ws.send(bytes) };
}

/** The first message a provider sends for a document: its token. */
export function authMessage(document: string, token: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, document);
  encoding.writeVarUint(encoder, 2); // MessageType.Auth
  encoding.writeVarUint(encoder, 0); // AuthMessageType.Token
  encoding.writeVarString(encoder, token);
  return encoding.toUint8Array(encoder);
}

/** A sync message (step 2 or update) whose payload is `payload`, valid or not. */
export function syncMessage(document: string, payload: Uint8Array, step: 1 | 2 = 2): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, document);
  encoding.writeVarUint(encoder, 0); // MessageType.Sync
  encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}
