// Sharing with a coach through the real server in this process (issue 17): the client's share
// writer keeps the share document current from the client's database, and only the projection
// (never a chore title unless ticked); the coach's follower reads it read-only into the coach's
// own table, sees changes, and drops its copy the moment the link is revoked.
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { listClients, followClient } from '../../src/db/coach-clients';
import { keepCoachLink } from '../../src/db/coach-share';
import { db, GoalsFirstDb } from '../../src/db/database';
import { logProgress } from '../../src/db/check-in-repository';
import { createGoal } from '../../src/db/goal-repository';
import { addTask } from '../../src/db/task-repository';
import { toDay } from '../../src/domain/day';
import { DEFAULT_SHARE_CHOICES } from '../../src/domain/share-projection';
import { shareDocumentName } from '../../src/domain/sync-protocol';
import { startCoachFollower } from '../../src/sync/coach-follower';
import { startShareWriter } from '../../src/sync/share-writer';
import { readShareText } from '../../src/sync/share-doc';
import { startTestServer, waitFor, type TestServer } from '../server/support/harness';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('sharing with a coach', () => {
  it('writes the projection, the coach follows it live, and a revoked link drops the copy', async () => {
    const t: TestServer = await startTestServer();
    cleanups.push(() => t.stop());
    const connection = { url: t.wsUrl, WebSocketPolyfill: WebSocket };
    const client = await t.createSpace('Laptop');
    const coachLink = await t.issue('coach-tokens', client);
    const today = toDay(Date.now());
    const goal = await createGoal(
      {
        title: 'Read 12 books',
        why: 'To think slowly',
        measure: { type: 'count', target: 12, unit: 'books' },
        steps: ['Pick the first book'],
        obstacles: [],
      },
      today,
    );
    await addTask({ title: 'Call the plumber', kind: 'chore' });
    await keepCoachLink({ ...coachLink, spaceId: client.spaceId, createdAt: 1 });

    const writer = startShareWriter({
      db,
      spaceId: client.spaceId,
      deviceToken: client.deviceToken,
      choices: DEFAULT_SHARE_CHOICES,
      debounceMs: 20,
      connection,
    });
    cleanups.push(() => writer.stop());
    const shared = () => {
      const doc = t.server.hocuspocus.documents.get(shareDocumentName(client.spaceId));
      return doc ? readShareText(doc) : undefined;
    };
    await waitFor(() => typeof shared() === 'string', 'the share');
    const text = String(shared());
    expect(text).toContain('Read 12 books');
    expect(text).not.toContain('Call the plumber');

    const coachDb = new GoalsFirstDb('coach-device');
    cleanups.push(() => coachDb.delete());
    await followClient('Alex', coachLink.token, 1, coachDb);
    const follower = startCoachFollower({ db: coachDb, connection });
    cleanups.push(() => follower.stop());
    const progress = async () =>
      (await listClients(coachDb))[0]?.projection?.goals[0]?.logged ?? -1;
    await waitFor(async () => (await progress()) === 0, 'the first projection');

    await logProgress({ goalId: goal.id, amount: 3 }, today);
    await waitFor(async () => (await progress()) === 3, 'the change, live');

    await t.api(`/api/spaces/${client.spaceId}/credentials/${coachLink.id}`, {
      method: 'DELETE',
      token: client.deviceToken,
    });
    await waitFor(async () => (await listClients(coachDb))[0]?.state === 'stopped', 'stopped');
    expect((await listClients(coachDb))[0]?.projection).toBeUndefined();
  });
});
