// What the server knows about one document connection, carried in Hocuspocus's `context`:
// the socket's guard (its address, and how to close it with a reason) from the start, and the
// credential once the connection is signed in.
import type { CredentialKind, SyncRefusal } from '../../src/domain/sync-protocol.ts';
import { SYNC_CLOSE_CODES } from '../../src/domain/sync-protocol.ts';

export interface GuardedSocket {
  readonly address: string;
  /** Documents signed in to on this socket. */
  readonly authenticated: Set<string>;
  /** Closes the socket with the refusal's code and reason, once what is queued has gone out. */
  refuse(refusal: SyncRefusal, document?: string): void;
}

export interface SyncContext {
  socket: GuardedSocket;
  credentialId?: string;
  spaceId?: string;
  kind?: CredentialKind;
}

/**
 * What a Hocuspocus hook throws to refuse: Hocuspocus sends `reason` to the provider (as the
 * reason of a failed sign-in, or of a closed document) and closes with `code`. The message is
 * empty, so Hocuspocus does not log it as an error; the server logs refusals itself.
 */
export class Refusal extends Error {
  readonly code: number;
  constructor(readonly reason: SyncRefusal) {
    super();
    this.name = 'Refusal';
    this.code = SYNC_CLOSE_CODES[reason];
  }
}

/** Refuses on this socket: the document hears why now, the socket closes right after. */
export function refusal(context: SyncContext, reason: SyncRefusal, document?: string): Refusal {
  context.socket.refuse(reason, document);
  return new Refusal(reason);
}

export const contextOf = (payload: { context: unknown }): SyncContext =>
  payload.context as SyncContext;
