// Whether the storage works, as the server sees it: every call goes through here. A call that
// fails (a full disk, a database gone away, a query past its deadline) turns the state to
// "failing", loudly (one error line, /healthz answers 503, documents refuse changes, /api
// answers 503 storage-unavailable); it turns back to "ok" once storage answers again and no
// document is waiting to be stored, and says so with how long it was down.
//
// While failing, a cheap read probes the storage every `probeMs`, so a server nobody writes to
// still notices the database is back. A read cannot prove a full disk has room again: that is
// proved by the waiting documents' own stores (retried by server/extensions/storage-extension.ts),
// which is why "ok" also needs no document waiting.
//
// A constraint violation (a duplicate id) is the caller's mistake, not a storage failure.
import { describeError, type Logger } from '../log.ts';
import type { Storage } from './storage.ts';

export interface StorageStatus {
  state: 'ok' | 'failing';
  /** When the state last changed. */
  since: number;
  /** The last failure, while failing. */
  error?: string;
}

export interface StorageHealth {
  /** The storage to use: the one given, watched. */
  readonly storage: Storage;
  /** False while failing: documents then refuse changes. */
  readonly writable: boolean;
  status(): StorageStatus;
  /** How many documents wait to be stored (they keep the state failing). */
  setBacklog(count: () => number): void;
  /** Stops the probe. */
  stop(): void;
}

export class StorageUnavailableError extends Error {
  constructor(operation: string, cause: unknown) {
    super(`storage unavailable (${operation}): ${describeError(cause)}`, { cause });
    this.name = 'StorageUnavailableError';
  }
}

/** Postgres class 23 (integrity constraint violation); SQLite's SQLITE_CONSTRAINT codes. */
function isConstraintViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return (
    typeof code === 'string' && (/^23\d{3}$/.test(code) || code.startsWith('SQLITE_CONSTRAINT'))
  );
}

const PROBE_SPACE = 'health-probe-0000000000';

export function watchStorage(
  inner: Storage,
  {
    logger,
    probeMs = 1000,
    now = Date.now,
  }: { logger: Logger; probeMs?: number; now?: () => number },
): StorageHealth {
  let state: StorageStatus = { state: 'ok', since: now() };
  let backlog = () => 0;
  let probe: NodeJS.Timeout | undefined;

  const recover = () => {
    if (state.state === 'ok' || backlog() > 0) return;
    logger.info('storage-recovered', { downMs: now() - state.since });
    state = { state: 'ok', since: now() };
    clearInterval(probe);
    probe = undefined;
  };

  const fail = (operation: string, error: unknown) => {
    if (state.state === 'ok') {
      logger.error('storage-failing', { operation, error: describeError(error) });
      state = { state: 'failing', since: now(), error: describeError(error) };
      probe = setInterval(() => {
        inner.getSpace(PROBE_SPACE).then(recover, (e: unknown) => {
          state = { ...state, error: describeError(e) };
        });
      }, probeMs);
      probe.unref();
    } else {
      state = { ...state, error: describeError(error) };
    }
  };

  const watched =
    <A extends unknown[], R>(
      operation: string,
      call: (...args: A) => Promise<R>,
    ): ((...args: A) => Promise<R>) =>
    async (...args) => {
      try {
        const result = await call(...args);
        recover();
        return result;
      } catch (error) {
        if (isConstraintViolation(error)) throw error;
        fail(operation, error);
        throw new StorageUnavailableError(operation, error);
      }
    };

  const storage: Storage = {
    createSpace: watched('createSpace', inner.createSpace.bind(inner)),
    getSpace: watched('getSpace', inner.getSpace.bind(inner)),
    deleteSpace: watched('deleteSpace', inner.deleteSpace.bind(inner)),
    addCredential: watched('addCredential', inner.addCredential.bind(inner)),
    getCredential: watched('getCredential', inner.getCredential.bind(inner)),
    listCredentials: watched('listCredentials', inner.listCredentials.bind(inner)),
    revokeCredential: watched('revokeCredential', inner.revokeCredential.bind(inner)),
    redeemJoinToken: watched('redeemJoinToken', inner.redeemJoinToken.bind(inner)),
    loadDocument: watched('loadDocument', inner.loadDocument.bind(inner)),
    appendUpdate: watched('appendUpdate', inner.appendUpdate.bind(inner)),
    close: () => inner.close(),
  };

  return {
    storage,
    get writable() {
      return state.state === 'ok';
    },
    status: () => ({ ...state }),
    setBacklog(count) {
      backlog = count;
    },
    stop() {
      clearInterval(probe);
    },
  };
}
