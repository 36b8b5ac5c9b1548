// Sharing with a coach through the real server in this process (issue 17): the client's share
// writer keeps the share document current from the client's database, and only the projection
// (never a chore title unless ticked); the coach's follower reads it read-only into the coach's
// own table, sees changes, and drops its copy the moment the link is revoked.
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { listClients, followClient } from '../../src/db/coach-clients';
import { keepCoachLink, readCoachShare } from '../../src/db/coach-share';
import { db, GoalsFirstDb } from '../../src/db/database';
import { logProgress } from '../../src/db/check-in-repository';
import { createGoal } from '../../src/db/goal-repository';
import { addTask } from '../../src/db/task-repository';
import { toDay } from '../../src/domain/day';
import { DEFAULT_SHARE_CHOICES } from '../../src/domain/share-projection';
import { shareDocumentName } from '../../src/domain/sync-protocol';
import { startCoachFollower } from '../../src/sync/coach-follower';
import { startShareWriter } from '../../src/sync/share-writer';
import { readShareText, writeShareText } from '../../src/sync/share-doc';
import { projectShareNow } from '../../src/db/share-inputs';
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
      linkId: coachLink.id,
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
    // The client's device saw its coach connected.
    await waitFor(async () => (await readCoachShare()).coachSeenAt !== undefined, 'coach seen');

    await logProgress({ goalId: goal.id, amount: 3 }, today);
    await waitFor(async () => (await progress()) === 3, 'the change, live');

    await t.api(`/api/spaces/${client.spaceId}/credentials/${coachLink.id}`, {
      method: 'DELETE',
      token: client.deviceToken,
    });
    await waitFor(async () => (await listClients(coachDb))[0]?.state === 'stopped', 'stopped');
    expect((await listClients(coachDb))[0]?.projection).toBeUndefined();
  });

  it(
    'follows clients on one socket: one stopping leaves the others live',
    { timeout: 20_000 },
    async () => {
      const t: TestServer = await startTestServer();
      cleanups.push(() => t.stop());
      const connection = { url: t.wsUrl, WebSocketPolyfill: WebSocket };
      const coachDb = new GoalsFirstDb('coach-of-two');
      cleanups.push(() => coachDb.delete());
      const writers = [];
      for (const name of ['Alex', 'Sam']) {
        const client = await t.createSpace(name);
        const link = await t.issue('coach-tokens', client);
        const writer = t.open(shareDocumentName(client.spaceId), client.deviceToken);
        await writer.synced();
        writeShareText(writer.doc, JSON.stringify(await projectShareNow(DEFAULT_SHARE_CHOICES)));
        await followClient(name, link.token, 1, coachDb);
        writers.push({ client, link, writer });
      }
      const follower = startCoachFollower({ db: coachDb, connection });
      cleanups.push(() => follower.stop());
      const clients = () => listClients(coachDb);
      await waitFor(async () => (await clients()).every((c) => c.projection), 'both projections');

      const [alex, sam] = writers as [(typeof writers)[0], (typeof writers)[0]];
      await t.api(`/api/spaces/${alex.client.spaceId}/credentials/${alex.link.id}`, {
        method: 'DELETE',
        token: alex.client.deviceToken,
      });
      await waitFor(async () => (await clients())[0]?.state === 'stopped', 'Alex stopped');
      // Sam's share goes on through the same socket.
      await createGoal(
        {
          title: 'Learn Spanish',
          why: '',
          measure: { type: 'steps' },
          steps: ['Buy a book'],
          obstacles: [],
        },
        toDay(Date.now()),
      );
      writeShareText(sam.writer.doc, JSON.stringify(await projectShareNow(DEFAULT_SHARE_CHOICES)));
      await waitFor(
        async () =>
          (await clients())[1]?.projection?.goals.some((g) => g.title === 'Learn Spanish') === true,
        'Sam still live',
      );
      expect((await clients()).map((c) => [c.name, c.state])).toEqual([
        ['Alex', 'stopped'],
        ['Sam', 'following'],
      ]);
    },
  );
});
