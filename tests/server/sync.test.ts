// /sync: devices of a space share its documents; coach tokens read the share document and
// change nothing; wrong, revoked or misplaced credentials are refused with a reason the app can
// show, an open connection included.
import { isDeepStrictEqual } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import {
  shareDocumentName,
  spaceDocumentName,
  SYNC_CLOSE_CODES,
} from '../../src/domain/sync-protocol.ts';
import {
  openClient,
  setTitle,
  startTestServer,
  titleOf,
  waitFor,
  type TestServer,
} from './support/harness.ts';

let t: TestServer;
beforeEach(async () => {
  t = await startTestServer();
});
afterEach(async () => {
  await t.stop();
});

async function twoDevices() {
  const laptop = await t.createSpace('Laptop');
  const join = await t.issue('join-tokens', laptop);
  const response = await t.api('/api/join', {
    body: { joinToken: join.token, deviceName: 'Phone' },
  });
  expect(response.status).toBe(201);
  const phone = (await response.json()) as typeof laptop;
  return { laptop, phone };
}

describe('two devices of one space', () => {
  it('edit one document and converge, edits made at once included', async () => {
    const { laptop, phone } = await twoDevices();
    expect(phone.spaceId).toBe(laptop.spaceId);
    const name = spaceDocumentName(laptop.spaceId);
    const a = t.open(name, laptop.deviceToken);
    const b = t.open(name, phone.deviceToken);
    await Promise.all([a.synced(), b.synced()]);

    setTitle(a.doc, 't1', 'Buy milk');
    await waitFor(() => titleOf(b.doc, 't1') === 'Buy milk', 'the edit on the other device');

    // Both edit the same task at once: different fields both stay, and both converge.
    a.doc.getMap<Y.Map<unknown>>('tasks').get('t1')!.set('status', 'done');
    b.doc.getMap<Y.Map<unknown>>('tasks').get('t1')!.set('notes', 'oat milk');
    setTitle(b.doc, 't2', 'Call the plumber');
    const same = () =>
      isDeepStrictEqual(a.doc.getMap('tasks').toJSON(), b.doc.getMap('tasks').toJSON());
    await waitFor(() => same() && b.doc.getMap('tasks').size === 2, 'convergence');
    expect(a.doc.getMap('tasks').toJSON()).toEqual({
      t1: { title: 'Buy milk', status: 'done', notes: 'oat milk' },
      t2: { title: 'Call the plumber' },
    });
  });

  it('keep the space and the share documents apart', async () => {
    const { laptop, phone } = await twoDevices();
    const space = t.open(spaceDocumentName(laptop.spaceId), laptop.deviceToken);
    const share = t.open(shareDocumentName(laptop.spaceId), phone.deviceToken);
    const spaceAgain = t.open(spaceDocumentName(laptop.spaceId), phone.deviceToken);
    await Promise.all([space.synced(), share.synced(), spaceAgain.synced()]);
    setTitle(share.doc, 'g1', 'Shared goal');
    setTitle(space.doc, 't1', 'Private chore');
    await waitFor(() => titleOf(spaceAgain.doc, 't1') === 'Private chore', 'the space edit');
    await waitFor(
      () =>
        t.server.hocuspocus.documents
          .get(shareDocumentName(laptop.spaceId))
          ?.getMap('tasks')
          .has('g1') === true,
      'the share edit',
    );
    expect(titleOf(spaceAgain.doc, 'g1')).toBeUndefined();
    expect(titleOf(share.doc, 't1')).toBeUndefined();
  });
});

describe('a coach token', () => {
  it('reads the share document, and what it writes reaches neither the server nor the client', async () => {
    const client = await t.createSpace('Laptop');
    const coachLink = await t.issue('coach-tokens', client);
    const name = shareDocumentName(client.spaceId);
    const writer = t.open(name, client.deviceToken);
    await writer.synced();
    setTitle(writer.doc, 'g1', 'Run a 10k');

    const coach = t.open(name, coachLink.token);
    await coach.synced();
    await waitFor(() => titleOf(coach.doc, 'g1') === 'Run a 10k', 'the coach reading');

    // The coach's copy is changed locally; nothing of it may travel.
    setTitle(coach.doc, 'g1', 'Changed by the coach');
    setTitle(coach.doc, 'g2', 'Added by the coach');
    // The client writes after: once this arrives at the coach, the coach's writes had their
    // turn at the server long before.
    setTitle(writer.doc, 'g3', 'Later client edit');
    await waitFor(() => titleOf(coach.doc, 'g3') === 'Later client edit', 'the later client edit');

    const onServer = t.server.hocuspocus.documents.get(name)!;
    expect(titleOf(onServer, 'g1')).toBe('Run a 10k');
    expect(titleOf(onServer, 'g2')).toBeUndefined();
    expect(titleOf(writer.doc, 'g1')).toBe('Run a 10k');
    expect(titleOf(writer.doc, 'g2')).toBeUndefined();
    // The coach's app opened again, its edits still in its copy: the first sync offers them
    // (sync step 2), and still nothing of them is taken.
    coach.destroy();
    const again = t.open(name, coachLink.token, { doc: coach.doc });
    await again.synced();
    setTitle(writer.doc, 'g4', 'Even later');
    await waitFor(() => titleOf(again.doc, 'g4') === 'Even later', 'the coach reading again');
    expect(titleOf(onServer, 'g2')).toBeUndefined();
    expect(titleOf(writer.doc, 'g1')).toBe('Run a 10k');
  });

  it('cannot open the space document', async () => {
    const client = await t.createSpace();
    const coachLink = await t.issue('coach-tokens', client);
    const coach = t.open(spaceDocumentName(client.spaceId), coachLink.token);
    expect(await coach.refused()).toEqual({ reason: 'forbidden' });
  });

  it("opens its own client's share document only", async () => {
    const client = await t.createSpace();
    const other = await t.createSpace();
    const coachLink = await t.issue('coach-tokens', client);
    const coach = t.open(shareDocumentName(other.spaceId), coachLink.token);
    expect(await coach.refused()).toEqual({ reason: 'forbidden' });
  });

  it('is not a device token, and a device secret is not a coach token', async () => {
    const client = await t.createSpace();
    const coachLink = await t.issue('coach-tokens', client);
    // A coach token can do nothing a device does with /api: no summary, no links, no revoking.
    const asDevice = [
      t.api(`/api/spaces/${client.spaceId}`, { token: coachLink.token }),
      t.api(`/api/spaces/${client.spaceId}/coach-tokens`, { body: {}, token: coachLink.token }),
      t.api(`/api/spaces/${client.spaceId}/join-tokens`, { body: {}, token: coachLink.token }),
      t.api(`/api/spaces/${client.spaceId}/credentials/${client.deviceId}`, {
        method: 'DELETE',
        token: coachLink.token,
      }),
    ];
    for (const response of await Promise.all(asDevice)) {
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({ error: 'forbidden' });
    }
    expect((await t.storage.getCredential(client.deviceId))?.revokedAt).toBeUndefined();
    // The device's secret under the coach link's id (and the other way round) is a wrong secret.
    const [spaceId, coachId, coachSecret] = coachLink.token.split('.');
    const deviceSecret = client.deviceToken.split('.')[2];
    const name = shareDocumentName(client.spaceId);
    expect(await t.open(name, `${spaceId}.${coachId}.${deviceSecret}`).refused()).toEqual({
      reason: 'wrong-secret',
    });
    expect(await t.open(name, `${spaceId}.${client.deviceId}.${coachSecret}`).refused()).toEqual({
      reason: 'wrong-secret',
    });
  });

  it('once revoked, is refused at once on its open connection and on every new one', async () => {
    const client = await t.createSpace();
    const coachLink = await t.issue('coach-tokens', client);
    const name = shareDocumentName(client.spaceId);
    const writer = t.open(name, client.deviceToken);
    const coach = t.open(name, coachLink.token);
    await Promise.all([writer.synced(), coach.synced()]);
    setTitle(writer.doc, 'g1', 'Before');
    await waitFor(() => titleOf(coach.doc, 'g1') === 'Before', 'the coach reading');
    const revoked = await t.api(`/api/spaces/${client.spaceId}/credentials/${coachLink.id}`, {
      method: 'DELETE',
      token: client.deviceToken,
    });
    expect(revoked.status).toBe(204);
    expect(await coach.refused()).toMatchObject({ reason: 'revoked' });
    // Nothing written afterwards reaches the revoked coach, and it cannot come back.
    setTitle(writer.doc, 'g2', 'After');
    const again = t.open(name, coachLink.token);
    expect(await again.refused()).toEqual({ reason: 'revoked' });
    const check = t.open(name, client.deviceToken);
    await check.synced();
    await waitFor(() => titleOf(check.doc, 'g2') === 'After', 'the later write');
    expect(titleOf(coach.doc, 'g2')).toBeUndefined();
    expect(titleOf(again.doc, 'g1')).toBeUndefined();
  });
});

describe('refusals', () => {
  it('a wrong secret is refused with "wrong-secret", and the socket closes with its code', async () => {
    const device = await t.createSpace();
    const wrong = `${device.deviceToken.slice(0, -4)}AAAA`;
    const client = t.open(spaceDocumentName(device.spaceId), wrong);
    expect(await client.refused()).toEqual({ reason: 'wrong-secret' });
    const socketClose = new Promise<{ code: number; reason: string }>((resolve) =>
      client.provider.configuration.websocketProvider.on(
        'close',
        ({ event }: { event: { code: number; reason: string } }) =>
          resolve({ code: event.code, reason: event.reason }),
      ),
    );
    expect(await socketClose).toEqual({
      code: SYNC_CLOSE_CODES['wrong-secret'],
      reason: 'wrong-secret',
    });
    expect(t.server.hocuspocus.documents.has(spaceDocumentName(device.spaceId))).toBe(false);
  });

  it('a device of another space, a join token or garbage cannot open a space', async () => {
    const mine = await t.createSpace();
    const theirs = await t.createSpace();
    const join = await t.issue('join-tokens', mine);
    const name = spaceDocumentName(mine.spaceId);
    expect(await t.open(name, theirs.deviceToken).refused()).toEqual({ reason: 'forbidden' });
    expect(await t.open(name, join.token).refused()).toEqual({ reason: 'forbidden' });
    expect(await t.open(name, 'not a token').refused()).toEqual({ reason: 'wrong-secret' });
    expect(await t.open('notes:anything', mine.deviceToken).refused()).toEqual({
      reason: 'unknown-document',
    });
  });

  it('an app speaking an older protocol is told to update', async () => {
    const device = await t.createSpace();
    const old = openClient(
      t.wsUrl.replace(/\?.*$/, '?protocol=0'),
      spaceDocumentName(device.spaceId),
      device.deviceToken,
    );
    expect(await old.refused()).toEqual({ reason: 'app-out-of-date' });
    old.destroy();
  });

  it('revoking a device refuses it from then on and closes its open connection', async () => {
    const { laptop, phone } = await twoDevices();
    const name = spaceDocumentName(laptop.spaceId);
    const a = t.open(name, laptop.deviceToken);
    const b = t.open(name, phone.deviceToken);
    await Promise.all([a.synced(), b.synced()]);

    const response = await t.api(`/api/spaces/${laptop.spaceId}/credentials/${phone.deviceId}`, {
      method: 'DELETE',
      token: laptop.deviceToken,
    });
    expect(response.status).toBe(204);
    expect(await b.refused()).toMatchObject({ reason: 'revoked' });

    // Whatever the revoked device still sends changes nothing, and it hears nothing new.
    setTitle(b.doc, 'x', 'From the revoked phone');
    setTitle(a.doc, 'y', 'From the laptop');
    const fresh = t.open(name, laptop.deviceToken);
    await fresh.synced();
    await waitFor(() => titleOf(fresh.doc, 'y') === 'From the laptop', 'the laptop edit');
    expect(titleOf(fresh.doc, 'x')).toBeUndefined();
    expect(titleOf(b.doc, 'y')).toBeUndefined();

    // And a new connection with it is refused.
    expect(await t.open(name, phone.deviceToken).refused()).toEqual({ reason: 'revoked' });
  });

  it('revoking a coach token closes the coach, and deleting the space closes everyone', async () => {
    const client = await t.createSpace();
    const coachLink = await t.issue('coach-tokens', client);
    const coach = t.open(shareDocumentName(client.spaceId), coachLink.token);
    const device = t.open(spaceDocumentName(client.spaceId), client.deviceToken);
    await Promise.all([coach.synced(), device.synced()]);
    await t.api(`/api/spaces/${client.spaceId}/credentials/${coachLink.id}`, {
      method: 'DELETE',
      token: client.deviceToken,
    });
    expect(await coach.refused()).toMatchObject({ reason: 'revoked' });

    setTitle(device.doc, 't', 'Soon gone');
    await t.api(`/api/spaces/${client.spaceId}`, { method: 'DELETE', token: client.deviceToken });
    expect(await device.refused()).toMatchObject({ reason: 'space-gone' });
    expect(await t.open(spaceDocumentName(client.spaceId), client.deviceToken).refused()).toEqual({
      reason: 'space-gone',
    });
    await waitFor(
      () => !t.server.hocuspocus.documents.has(spaceDocumentName(client.spaceId)),
      'unload',
    );
    expect(await t.storage.loadDocument(spaceDocumentName(client.spaceId))).toBeUndefined();
  });
});
