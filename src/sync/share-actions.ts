// What Settings → Coach does, one function per button, each returning what happened instead of
// throwing (like ./sync-actions.ts). Sharing needs a space on the server (the share document is
// the space's), so "Share with your coach" turns sync on first when it is off.
import type { GoalsFirstDb } from '../db/database';
import { dropCoachLink, keepCoachLink, readCoachShare } from '../db/coach-share';
import { readSyncDevice } from '../db/sync-device';
import { isSyncOn } from '../db/sync-records';
import { coachLinkUrl } from '../domain/coach-link';
import { shareDocumentName } from '../domain/sync-protocol';
import * as Y from 'yjs';
import { openConnection, type ConnectionOptions } from './connection';
import { clearShare } from './share-doc';
import { spaceApi } from './space-api';
import { turnOnSync, type ActionResult } from './sync-actions';

const api = spaceApi();

/** "Share with your coach": a coach link (read-only on the share document) on the app's origin. */
export async function shareWithCoach(
  db: GoalsFirstDb,
  origin: string,
  now: number = Date.now(),
): Promise<ActionResult<string>> {
  const current = await readCoachShare(db);
  if (current.link) return { ok: true, value: coachLinkUrl(origin, current.link.token) };
  let device = await readSyncDevice(db);
  if (!device || device.refusedFor !== undefined || !(await isSyncOn(db))) {
    const turnedOn = await turnOnSync(db);
    if (!turnedOn.ok) return turnedOn;
    device = await readSyncDevice(db);
    if (!device) return { ok: false, error: 'not-linked' };
  }
  const issued = await api.issueCoachToken(device, { label: 'Coach' });
  if (!issued.ok) return issued;
  await keepCoachLink(
    { id: issued.value.id, token: issued.value.token, spaceId: device.spaceId, createdAt: now },
    db,
  );
  return { ok: true, value: coachLinkUrl(origin, issued.value.token) };
}

/**
 * "Stop sharing": the server revokes the link (every process closes the coach's connection at
 * once), then the share document is emptied. When the server cannot be reached, sharing stays
 * on and the caller says so: the coach could still read until the link is revoked.
 */
export async function stopSharing(
  db: GoalsFirstDb,
  connection: Partial<ConnectionOptions> = {},
): Promise<ActionResult> {
  const { link } = await readCoachShare(db);
  if (!link) return { ok: true, value: null };
  const device = await readSyncDevice(db);
  if (device && device.refusedFor === undefined) {
    const revoked = await api.revoke(device, link.id);
    if (!revoked.ok && revoked.error !== 'not-found') return revoked;
  }
  await dropCoachLink(db);
  if (device && device.refusedFor === undefined && device.spaceId === link.spaceId) {
    await emptyShareDocument(link.spaceId, device.deviceToken, connection);
  }
  return { ok: true, value: null };
}

/** Connects to the share document, empties it and waits for the server to keep that (≤ 5 s). */
async function emptyShareDocument(
  spaceId: string,
  token: string,
  options: Partial<ConnectionOptions>,
): Promise<void> {
  const doc = new Y.Doc();
  const connection = openConnection({ ...options, doc, name: shareDocumentName(spaceId), token });
  try {
    await new Promise<void>((resolve) => {
      const timeout = setTimeout(resolve, 5_000);
      let cleared = false;
      const check = () => {
        const status = connection.status();
        if (status.phase === 'refused') {
          clearTimeout(timeout);
          resolve();
        } else if (status.synced && !cleared) {
          cleared = true;
          clearShare(doc);
          check(); // nothing was there to clear: nothing to wait for
        } else if (cleared && status.unacknowledged === 0) {
          clearTimeout(timeout);
          resolve();
        }
      };
      connection.subscribe(check);
      check();
    });
  } finally {
    connection.close();
    doc.destroy();
  }
}
