// One Y.Doc connected to the Goals First server (DESIGN.md §9) through @hocuspocus/provider, with
// the care the provider leaves to its user:
// - reconnecting promptly: a capped backoff (a quarter second, doubling, at most 3 s) instead of
//   the provider's 30 s, and at once when the browser says it is online again or the tab comes
//   back to the front;
// - noticing a socket that died without a word (a laptop's lid, a Wi-Fi hand-over), which the
//   provider notices only after 30 s without a message: after 2 s of silence this side asks the
//   server for a sign of life (an awareness update, which Hocuspocus sends back to every
//   connection of the document, the sender's included, and which a read-only coach may send
//   too), and a question unanswered for 3 s more closes the socket and reconnects. The question
//   is asked only after silence, so a busy connection costs nothing, and a tab whose timers the
//   browser slows never mistakes its own sleep for a dead server (only an unanswered question
//   counts);
// - refusals (src/domain/sync-protocol.ts): one that will repeat on every try (a revoked device,
//   a deleted space, an app too old) stops the connection for good and says why; a passing one
//   (too many attempts or connections) waits half a minute before trying again.
// One socket per document for a device: every refusal closes the socket (server/sync/socket-
// guard.ts), so two documents on one socket would fall together. A coach following many clients
// is the exception (`openSharedSocket`): Chromium throttles a page opening many WebSockets at once
// (30 took 5 s to open, issue 17) and the server allows 32 sockets per address, so all of a
// coach's read-only connections share one socket. A refusal of one of them then closes the
// shared socket for a moment: the refused document leaves it at once, the others sign in again.
import {
  HocuspocusProvider,
  HocuspocusProviderWebsocket,
  WebSocketStatus,
} from '@hocuspocus/provider';
import type * as Y from 'yjs';
import {
  PERMANENT_REFUSALS,
  isSyncRefusal,
  refusalOf,
  syncPath,
  type SyncRefusal,
} from '../domain/sync-protocol';

export type ConnectionPhase = 'connecting' | 'online' | 'offline' | 'refused';

export interface ConnectionStatus {
  /** connecting: not yet reached the server since the start; offline: lost or unreachable. */
  phase: ConnectionPhase;
  /** Signed in, and the first exchange with the server is done. */
  synced: boolean;
  /** Updates sent (or queued) that the server has not yet acknowledged. */
  unacknowledged: number;
  /** Why the server refused: for good when `phase` is 'refused', else the last passing one. */
  refusal?: SyncRefusal;
  /** Read-only (a coach token): what this side changes never reaches the server. */
  readOnly: boolean;
}

export interface ConnectionTiming {
  /** Silence after which the server is asked for a sign of life. */
  probeAfterMs: number;
  /** How long that question may stay unanswered before the socket counts as dead. */
  answerWithinMs: number;
  /** How often the silence is checked. */
  checkEveryMs: number;
  /** Reconnect backoff: first delay, and the cap. */
  retryMs: number;
  retryMaxMs: number;
  /** How long to wait after a passing refusal (too many attempts or connections). */
  busyRetryMs: number;
}

export const DEFAULT_TIMING: ConnectionTiming = {
  probeAfterMs: 2000,
  answerWithinMs: 3000,
  checkEveryMs: 1000,
  retryMs: 250,
  retryMaxMs: 3000,
  busyRetryMs: 30_000,
};

export interface ConnectionOptions {
  doc: Y.Doc;
  /** The document's name: space:<id> or share:<id>. */
  name: string;
  /** The device or coach token. */
  token: string;
  /** The sync endpoint; default: /sync on the app's own origin. */
  url?: string;
  /** A WebSocket class (Node tests: `ws`). */
  WebSocketPolyfill?: unknown;
  timing?: Partial<ConnectionTiming>;
  /** A socket shared with other documents (see openSharedSocket); default: a socket of its own. */
  socket?: SharedSocket;
  /** What this side tells the document's other connections about itself (a coach says so). */
  presence?: Record<string, unknown>;
}

export interface SharedSocket {
  readonly socket: HocuspocusProviderWebsocket;
  close(): void;
}

export interface Connection {
  status(): ConnectionStatus;
  /** Calls `listener` on every status change; returns the unsubscribe. */
  subscribe(listener: (status: ConnectionStatus) => void): () => void;
  /** Tries now (after the network came back, or a passing refusal). */
  reconnect(): void;
  /**
   * Calls `listener` with what the document's other connections say about themselves
   * (`presence`), whenever one of them says it again; returns the unsubscribe.
   */
  onPresence(listener: (others: Record<string, unknown>[]) => void): () => void;
  close(): void;
}

/** ws://host/sync?protocol=N on the page's own origin. */
export function sameOriginSyncUrl(location: { protocol: string; host: string }): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}${syncPath()}`;
}

// Passing refusals: the server will say yes later, so try again after a pause, not at once.
const BUSY: ReadonlySet<SyncRefusal> = new Set<SyncRefusal>([
  'too-many-attempts',
  'too-many-connections',
  'storage-unavailable',
]);

export function openConnection(options: ConnectionOptions): Connection {
  const timing = { ...DEFAULT_TIMING, ...options.timing };
  const listeners = new Set<(status: ConnectionStatus) => void>();
  let status: ConnectionStatus = {
    phase: 'connecting',
    synced: false,
    unacknowledged: 0,
    readOnly: false,
  };
  let closed = false;
  let busyTimer: ReturnType<typeof setTimeout> | undefined;
  let askedAt: number | undefined;

  const emit = (change: Partial<ConnectionStatus>) => {
    const next = { ...status, ...change };
    if (
      next.phase === status.phase &&
      next.synced === status.synced &&
      next.unacknowledged === status.unacknowledged &&
      next.refusal === status.refusal &&
      next.readOnly === status.readOnly
    ) {
      return;
    }
    status = next;
    for (const listener of listeners) listener(status);
  };

  /** Handles a refusal; true when it ends the connection for good. */
  const refused = (refusal: SyncRefusal): void => {
    if (PERMANENT_REFUSALS.has(refusal)) {
      // A shared socket goes on for the other documents; this one leaves it at once, so it is
      // not signed in again (and refused again) when the socket reconnects.
      if (shared) socket.detach(provider);
      else socket.shouldConnect = false;
      emit({ phase: 'refused', refusal, synced: false });
      return;
    }
    if (shared) {
      emit({ refusal }); // the shared socket reconnects by its own backoff
      return;
    }
    if (BUSY.has(refusal)) {
      socket.shouldConnect = false; // no reconnect from the provider's own close handling
      clearTimeout(busyTimer);
      busyTimer = setTimeout(() => {
        if (!closed && status.phase !== 'refused') void socket.connect();
      }, timing.busyRetryMs);
    }
    emit({ refusal });
  };

  const shared = options.socket !== undefined;
  const socket =
    options.socket?.socket ??
    makeSocket(options, timing, ({ event }) => {
      const refusal = refusalOf(event);
      if (refusal) refused(refusal);
    });

  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: options.name,
    document: options.doc,
    token: options.token,
    onAuthenticated: ({ scope }) => {
      askedAt = undefined;
      emit({ phase: 'online', readOnly: scope === 'readonly', refusal: undefined });
    },
    onAuthenticationFailed: ({ reason }) => {
      refused(isSyncRefusal(reason) ? reason : 'forbidden');
    },
    onSynced: () => emit({ synced: true }),
    onUnsyncedChanges: ({ number }) => emit({ unacknowledged: number }),
    onClose: ({ event }) => {
      // A document closed by the server (revoked, space gone) arrives as a close of its own
      // (the provider makes it code 1000 with the reason). On a shared socket the socket's own
      // close is about whichever document was refused, not necessarily this one: ignored.
      const refusal = shared && event.code !== 1000 ? undefined : refusalOf(event);
      if (refusal) refused(refusal);
      if (status.phase !== 'refused') emit({ phase: 'offline', synced: false });
    },
    onDisconnect: () => {
      askedAt = undefined;
      if (status.phase !== 'refused') emit({ phase: 'offline', synced: false });
    },
  });
  provider.attach();
  if (options.presence) provider.awareness?.setLocalState(options.presence);

  // Silence watch: ask after silence, count the socket dead when the question goes unanswered.
  const watch = setInterval(() => {
    if (closed || socket.status !== WebSocketStatus.Connected || !provider.isAuthenticated) {
      askedAt = undefined;
      return;
    }
    const now = Date.now();
    const heard = socket.lastMessageReceived;
    if (askedAt !== undefined) {
      if (heard >= askedAt) {
        askedAt = undefined;
      } else if (now - askedAt >= timing.answerWithinMs) {
        askedAt = undefined;
        // The socket's own "forced" close: drops the socket without waiting for a close
        // handshake a dead peer never answers, and schedules the reconnect.
        socket.onClose({ event: { code: 4408, reason: 'no-answer' } });
        provider.onClose(); // signed out and not synced, as after a close the socket heard
        return;
      }
    }
    if (askedAt === undefined && now - heard >= timing.probeAfterMs) {
      askedAt = now;
      // The same presence again: the question is the update itself, not a change.
      provider.awareness?.setLocalState(provider.awareness.getLocalState() ?? {});
    }
  }, timing.checkEveryMs);

  const tryNow = () => {
    if (closed || status.phase === 'refused') return;
    clearTimeout(busyTimer);
    socket.shouldConnect = true;
    if (socket.status !== WebSocketStatus.Connected) void socket.connect();
  };
  const onVisible = () => {
    if (document.visibilityState === 'visible') tryNow();
  };
  const hasWindow = typeof window !== 'undefined' && 'addEventListener' in window;
  if (hasWindow) {
    window.addEventListener('online', tryNow);
    document.addEventListener('visibilitychange', onVisible);
  }

  return {
    status: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    reconnect: tryNow,
    onPresence(listener) {
      const awareness = provider.awareness;
      if (!awareness) return () => undefined;
      const tell = () => {
        const others: Record<string, unknown>[] = [];
        awareness.getStates().forEach((state, clientId) => {
          if (clientId !== awareness.clientID) others.push(state);
        });
        listener(others);
      };
      awareness.on('update', tell);
      return () => awareness.off('update', tell);
    },
    close() {
      if (closed) return;
      closed = true;
      clearInterval(watch);
      clearTimeout(busyTimer);
      if (hasWindow) {
        window.removeEventListener('online', tryNow);
        document.removeEventListener('visibilitychange', onVisible);
      }
      provider.destroy();
      if (!shared) socket.destroy();
      listeners.clear();
    },
  };
}

function makeSocket(
  options: Pick<ConnectionOptions, 'url' | 'WebSocketPolyfill'>,
  timing: ConnectionTiming,
  onClose?: (data: { event: { code?: number; reason?: string } }) => void,
): HocuspocusProviderWebsocket {
  return new HocuspocusProviderWebsocket({
    url: options.url ?? sameOriginSyncUrl(window.location),
    ...(options.WebSocketPolyfill !== undefined && {
      WebSocketPolyfill: options.WebSocketPolyfill,
    }),
    delay: timing.retryMs,
    minDelay: timing.retryMs,
    maxDelay: timing.retryMaxMs,
    factor: 2,
    jitter: true,
    // Liveness is watched by each connection (above), by asking, not by 30 s of silence.
    messageReconnectTimeout: 10 * 60_000,
    // Runs before the socket's own close handling, which schedules a reconnect unless told not to.
    ...(onClose && { onClose }),
  });
}

/** One socket for many read-only documents (a coach's clients); pass it as `socket`. */
export function openSharedSocket(
  options: Pick<ConnectionOptions, 'url' | 'WebSocketPolyfill' | 'timing'> = {},
): SharedSocket {
  const socket = makeSocket(options, { ...DEFAULT_TIMING, ...options.timing });
  return { socket, close: () => socket.destroy() };
}
