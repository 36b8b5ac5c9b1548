// The coach's side (issue 17): one tab of the coach's device follows every client it was given a
// coach link for. Each client is one read-only connection to its share document (one socket per
// document, as ./connection.ts explains) on a Y.Doc held in memory only; what arrives is read as
// hostile (src/db/share-projection-schema.ts) and the last good projection is kept in the
// device's own table (src/db/coach-clients.ts), which the Clients pages show live. When the
// server says the link is revoked, or the client's space is gone, the client stopped sharing:
// the copy is dropped at once and the connection closed for good.
import * as Y from 'yjs';
import { keepProjection, markStopped, watchFollowing } from '../db/coach-clients';
import type { GoalsFirstDb } from '../db/database';
import { readProjection } from '../db/share-projection-schema';
import { shareDocumentName, type SyncRefusal } from '../domain/sync-protocol';
import { openConnection, type Connection, type ConnectionOptions } from './connection';
import { readShareText } from './share-doc';
import { leadInOneTab } from './tab-leader';

/** Refusals that mean the client no longer shares with this link. */
const STOPPED: ReadonlySet<SyncRefusal> = new Set<SyncRefusal>([
  'revoked',
  'space-gone',
  'wrong-secret',
  'forbidden',
]);

/** A burst of updates (the first sync) is read once. */
const READ_DELAY_MS = 30;

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

function follow(db: GoalsFirstDb, spaceId: string, token: string, extra = {}): Followed {
  const doc = new Y.Doc();
  const connection = openConnection({ ...extra, doc, name: shareDocumentName(spaceId), token });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastText: unknown;
  const read = () => {
    timer = undefined;
    const text = readShareText(doc);
    if (text === lastText) return;
    lastText = text;
    const projection = readProjection(text);
    if (projection) void keepProjection(spaceId, token, projection, Date.now(), db);
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
    const stopWatching = watchFollowing((clients) => {
      const wanted = new Map(clients.map((client) => [client.spaceId, client.token]));
      for (const [spaceId, entry] of followed) {
        if (wanted.get(spaceId) !== entry.token) {
          entry.close();
          followed.delete(spaceId);
        }
      }
      for (const [spaceId, token] of wanted) {
        if (!followed.has(spaceId)) followed.set(spaceId, follow(db, spaceId, token, connection));
      }
    }, db);
    return () => {
      stopWatching();
      for (const entry of followed.values()) entry.close();
      followed.clear();
    };
  });
}
