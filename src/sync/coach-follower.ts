// The coach's side (issue 17): one tab of the coach's device follows every client it was given a
// coach link for. Each client is one read-only connection to its share document on a Y.Doc held
// in memory only, all of them on one shared socket (./connection.ts says why); what arrives is read as
// hostile (src/db/share-projection-schema.ts) and the last good projection is kept in the
// device's own table (src/db/coach-clients.ts), which the Clients pages show live. When the
// server says the link is revoked, or the client's space is gone, the client stopped sharing:
// the copy is dropped at once and the connection closed for good.
import * as Y from 'yjs';
import { keepProjections, markStopped, watchFollowing } from '../db/coach-clients';
import type { GoalsFirstDb } from '../db/database';
import { readProjection } from '../db/share-projection-schema';
import type { ShareProjection } from '../domain/share-projection';
import { shareDocumentName, type SyncRefusal } from '../domain/sync-protocol';
import {
  openConnection,
  openSharedSocket,
  type Connection,
  type ConnectionOptions,
  type SharedSocket,
} from './connection';
import { readShareText } from './share-doc';
import { leadInOneTab } from './tab-leader';

/** Refusals that mean the client no longer shares with this link. */
const STOPPED: ReadonlySet<SyncRefusal> = new Set<SyncRefusal>([
  'revoked',
  'space-gone',
  'wrong-secret',
  'forbidden',
]);

/**
 * A burst of updates (the first sync) is read once, and what arrives from every client within
 * this moment is kept in one write: each write re-renders the Clients page.
 */
const READ_DELAY_MS = 30;

type Keep = (spaceId: string, token: string, projection: ShareProjection) => void;

interface Followed {
  token: string;
  doc: Y.Doc;
  connection: Connection;
  close(): void;
}

export interface FollowerOptions {
  db: GoalsFirstDb;
  connection?: Partial<ConnectionOptions>;
}

function follow(
  db: GoalsFirstDb,
  spaceId: string,
  token: string,
  keep: Keep,
  socket: SharedSocket,
  extra: Partial<ConnectionOptions> = {},
): Followed {
  const doc = new Y.Doc();
  const connection = openConnection({
    ...extra,
    socket,
    doc,
    name: shareDocumentName(spaceId),
    token,
    // Lets the client's app tell when its coach last looked (Settings → Coach).
    presence: { coach: true },
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastText: unknown;
  const read = () => {
    timer = undefined;
    const text = readShareText(doc);
    if (text === lastText) return;
    lastText = text;
    const projection = readProjection(text);
    if (projection) keep(spaceId, token, projection);
  };
  const onUpdate = () => {
    timer ??= setTimeout(read, READ_DELAY_MS);
  };
  doc.on('update', onUpdate);
  const unsubscribe = connection.subscribe((status) => {
    if (status.phase === 'refused' && status.refusal && STOPPED.has(status.refusal)) {
      void markStopped(spaceId, token, db);
    }
  });
  return {
    token,
    doc,
    connection,
    close() {
      clearTimeout(timer);
      doc.off('update', onUpdate);
      unsubscribe();
      connection.close();
      doc.destroy();
    },
  };
}

export function startCoachFollower({ db, connection }: FollowerOptions): { stop(): Promise<void> } {
  return leadInOneTab(`${db.name}-coach-follower`, () => {
    const followed = new Map<string, Followed>();
    const socket = openSharedSocket(connection);
    const received = new Map<
      string,
      { spaceId: string; token: string; projection: ShareProjection }
    >();
    let flushTimer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      flushTimer = undefined;
      const batch = [...received.values()];
      received.clear();
      void keepProjections(batch, Date.now(), db);
    };
    const keep: Keep = (spaceId, token, projection) => {
      received.set(spaceId, { spaceId, token, projection });
      flushTimer ??= setTimeout(flush, READ_DELAY_MS);
    };
    const stopWatching = watchFollowing((clients) => {
      const wanted = new Map(clients.map((client) => [client.spaceId, client.token]));
      for (const [spaceId, entry] of followed) {
        if (wanted.get(spaceId) !== entry.token) {
          entry.close();
          followed.delete(spaceId);
        }
      }
      for (const [spaceId, token] of wanted) {
        if (!followed.has(spaceId)) {
          followed.set(spaceId, follow(db, spaceId, token, keep, socket, connection));
        }
      }
    }, db);
    return () => {
      clearTimeout(flushTimer);
      stopWatching();
      for (const entry of followed.values()) entry.close();
      followed.clear();
      socket.close();
    };
  });
}
