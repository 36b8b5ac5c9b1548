// Every bound the server keeps, with its default. Each is a refusal with a reason when crossed
// (src/domain/sync-protocol.ts), never a silent drop. main.ts reads overrides from the
// environment; tests pass small ones.
export interface Limits {
  /** One WebSocket message. Larger than a whole document, so a first upload fits in one. */
  maxMessageBytes: number;
  /** A document's encoded Yjs state (10,000 tasks are about 2.2 MB). */
  maxDocumentBytes: number;
  /** Document connections open on one space's documents at once: 20 devices on both documents
   *  and 10 coaches make 50. */
  maxConnectionsPerSpace: number;
  /** Sockets open from one address at once. */
  maxSocketsPerAddress: number;
  /** Bytes a socket may send before it has signed in to the document they are for. */
  maxBytesBeforeAuth: number;
  /** A socket must sign in to a document this soon after opening. */
  authTimeoutMs: number;
  /**
   * Messages one socket may send per second, on average, and in one burst. The app sends one
   * per change it makes (a batch of changes made in one Yjs transaction is one message), a few
   * a second at most; a socket far above that is flooding.
   */
  maxMessagesPerSecond: number;
  messageBurst: number;
  /** Wrong secrets from one address (IPv6: one /64) within the window, then refused. */
  maxFailedAttempts: number;
  failedAttemptWindowMs: number;
  /** /api request bodies. */
  maxBodyBytes: number;
  devicesPerSpace: number;
  coachTokensPerSpace: number;
  joinTokensPerSpace: number;
  /**
   * Hocuspocus stores a changed document this long after its last change, and at the latest
   * this long after the first unsaved one: a crash of the process loses at most the changes of
   * the last `storeMaxDebounceMs` (and devices that still hold them send them again).
   */
  storeDebounceMs: number;
  storeMaxDebounceMs: number;
  /** After a failed store, the document stays in memory and is stored again this much later. */
  storeRetryMs: number;
}

const MiB = 1024 * 1024;

export const DEFAULT_LIMITS: Limits = {
  maxMessageBytes: 9 * MiB,
  maxDocumentBytes: 8 * MiB,
  maxConnectionsPerSpace: 64,
  maxSocketsPerAddress: 32,
  maxBytesBeforeAuth: 1 * MiB,
  authTimeoutMs: 10_000,
  maxMessagesPerSecond: 500,
  messageBurst: 5000,
  maxFailedAttempts: 20,
  failedAttemptWindowMs: 10 * 60_000,
  maxBodyBytes: 4096,
  devicesPerSpace: 20,
  coachTokensPerSpace: 10,
  joinTokensPerSpace: 10,
  storeDebounceMs: 500,
  storeMaxDebounceMs: 2000,
  storeRetryMs: 2000,
};
