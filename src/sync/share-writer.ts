// The client's side of sharing with a coach (issue 17): while this device shares, one of its
// tabs keeps the share document (`share:<id>`) current: it makes the projection of the client's
// data again after every change (src/db/share-inputs.ts, a live query, so remote changes from
// the client's other devices count too), waits a moment for a burst of changes to settle, and
// writes the projection if it changed. Nothing but the projection is ever written there.
//
// Writes wait until the connection has synced: a value set on a document that has not yet heard
// the server's copy would be concurrent with the old projection, and Yjs could keep the old one.
import * as Y from 'yjs';
import type { GoalsFirstDb } from '../db/database';
import { noteCoachSeen, readCoachShare } from '../db/coach-share';
import { watchShareProjection } from '../db/share-inputs';
import type { ShareChoices, ShareProjection } from '../domain/share-projection';
import { shareDocumentName } from '../domain/sync-protocol';
import { openConnection, type ConnectionOptions } from './connection';
import { readShareText, writeShareText } from './share-doc';
import { leadInOneTab } from './tab-leader';

/** Long enough to gather a burst of writes (an import, a drag), short next to a second. */
export const SHARE_DEBOUNCE_MS = 250;
/** A coach who stays connected is noted at most this often. */
const SEEN_EVERY_MS = 60_000;

export interface ShareWriterOptions {
  db: GoalsFirstDb;
  spaceId: string;
  deviceToken: string;
  /** The coach link shared: the coach's visits are noted against it. */
  linkId: string;
  choices: ShareChoices;
  debounceMs?: number;
  connection?: Partial<ConnectionOptions>;
}

/** The projection apart from the moment it was made: what decides whether to write again. */
const contentOf = (projection: ShareProjection) => JSON.stringify({ ...projection, madeAt: 0 });

export function startShareWriter(options: ShareWriterOptions): { stop(): Promise<void> } {
  const { db, spaceId, deviceToken, linkId, choices, debounceMs = SHARE_DEBOUNCE_MS } = options;
  return leadInOneTab(`${db.name}-share-writer`, () => {
    const doc = new Y.Doc();
    const connection = openConnection({
      ...options.connection,
      doc,
      name: shareDocumentName(spaceId),
      token: deviceToken,
    });
    let latest: ShareProjection | undefined;
    let written: { content: string; text: string } | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const write = () => {
      timer = undefined;
      if (!latest || !connection.status().synced) return;
      const content = contentOf(latest);
      // Unchanged but for the moment it was made, and the document still holds it: nothing to do.
      if (content === written?.content && readShareText(doc) === written.text) return;
      const next = { content, text: JSON.stringify(latest) };
      // "Stop sharing" in any tab drops the link before it empties the document: never write
      // after that, even in the moment before this writer hears of it.
      void readCoachShare(db).then((share) => {
        if (share.link?.spaceId !== spaceId || stopped) return;
        written = next;
        writeShareText(doc, next.text);
      });
    };
    const schedule = () => {
      timer ??= setTimeout(write, debounceMs);
    };
    const stopWatching = watchShareProjection(choices, (projection) => {
      latest = projection;
      schedule();
    });
    // The coach's app says so on the share document while it is connected (its presence).
    let seenAt = 0;
    const offPresence = connection.onPresence((others) => {
      const now = Date.now();
      if (!others.some((other) => other.coach === true) || now - seenAt < SEEN_EVERY_MS) return;
      seenAt = now;
      void noteCoachSeen(linkId, now, db);
    });
    const unsubscribe = connection.subscribe((status) => {
      // (Re)connected: the server's copy may be older than what this device has made since.
      if (status.synced) schedule();
    });
    return () => {
      stopped = true;
      clearTimeout(timer);
      stopWatching();
      offPresence();
      unsubscribe();
      connection.close();
      doc.destroy();
    };
  });
}
