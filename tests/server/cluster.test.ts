// Two server processes behind one origin (a proxy), on one Postgres and one Redis: what devices
// of one user see when they land on different instances, and what every instance does when a
// device is revoked or a secret is guessed on another.
import { isDeepStrictEqual } from 'node:util';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  shareDocumentName,
  spaceDocumentName,
  SYNC_CLOSE_CODES,
  type DeviceCredential,
} from '../../src/domain/sync-protocol.ts';
import { freshDatabase, haveServices, services } from './support/cluster-env.ts';
import { startDeployment, type Deployment } from './support/deployment.ts';
import { setTitle, titleOf, waitFor, type Client } from './support/harness.ts';
import { authMessage, rawSocket, syncMessage, type RawSocket } from './support/raw-socket.ts';

let d: Deployment;

beforeAll(async () => {
  if (!haveServices) return;
  d = await startDeployment({
    count: 2,
    databaseUrl: await freshDatabase(),
    redisUrl: services.redisUrl,
    env: { MAX_FAILED_ATTEMPTS: '3', MAX_MESSAGES_PER_SECOND: '100' },
  });
}, 20_000);
afterAll(async () => {
  if (haveServices) await d.stop();
});

const tasks = (client: Client) => client.doc.getMap('tasks').toJSON();

/** A space with a device on each instance, both synced. */
async function deviceOnEach(): Promise<{
  laptop: DeviceCredential;
  phone: DeviceCredential;
  a: Client;
  b: Client;
}> {
  const laptop = await d.createSpace();
  const join = await d.issue('join-tokens', laptop);
  const joined = await d.api('/api/join', { body: { joinToken: join.token } });
  const phone = joined.body as DeviceCredential;
  const name = spaceDocumentName(laptop.spaceId);
  const a = await d.open(name, laptop.deviceToken, { instance: 0 });
  const b = await d.open(name, phone.deviceToken, { instance: 1 });
  await Promise.all([a.synced(), b.synced()]);
  return { laptop, phone, a, b };
}

describe.skipIf(!haveServices)('two instances behind one origin', { timeout: 20_000 }, () => {
  it('say they are healthy and joined', async () => {
    for (const index of [0, 1]) {
      // Redis is joined in the background: an instance serves its own devices before that.
      await waitFor(async () => {
        const health = await d.api('/healthz', { instance: index });
        return (health.body as { redis: string }).redis !== 'connecting';
      }, 'Redis joined');
      const health = await d.api('/healthz', { instance: index });
      expect(health).toEqual({ status: 200, body: { status: 'ok', storage: 'ok', redis: 'ok' } });
    }
  });

  it('devices on different instances see each other’s edits, both ways, and converge', async () => {
    const { a, b } = await deviceOnEach();
    setTitle(a.doc, 't1', 'Buy milk');
    await waitFor(() => titleOf(b.doc, 't1') === 'Buy milk', 'the edit on the other instance');
    setTitle(b.doc, 't2', 'Call the plumber');
    await waitFor(() => titleOf(a.doc, 't2') === 'Call the plumber', 'the edit coming back');
    // At once, on both: every edit stays, and both end the same.
    for (let i = 0; i < 20; i++) {
      setTitle(a.doc, `a${i}`, `from a ${i}`);
      setTitle(b.doc, `b${i}`, `from b ${i}`);
    }
    await waitFor(
      () => Object.keys(tasks(a)).length === 42 && isDeepStrictEqual(tasks(a), tasks(b)),
      'convergence',
    );
  });

  it('revoking a device on one instance closes it on the other at once, and refuses it there', async () => {
    const { laptop, phone, b } = await deviceOnEach();
    const revoked = await d.api(`/api/spaces/${laptop.spaceId}/credentials/${phone.deviceId}`, {
      method: 'DELETE',
      token: laptop.deviceToken,
      instance: 0,
    });
    expect(revoked.status).toBe(204);
    expect(await b.refused()).toMatchObject({ reason: 'revoked' });
    const again = await d.open(spaceDocumentName(laptop.spaceId), phone.deviceToken, {
      instance: 1,
    });
    expect(await again.refused()).toEqual({ reason: 'revoked' });
  });

  it('stopping sharing closes the coach on every instance; deleting the space closes everyone', async () => {
    const { laptop, a, b } = await deviceOnEach();
    const coachLink = await d.issue('coach-tokens', laptop);
    const coach = await d.open(shareDocumentName(laptop.spaceId), coachLink.token, {
      instance: 1,
    });
    await coach.synced();
    await d.api(`/api/spaces/${laptop.spaceId}/credentials/${coachLink.id}`, {
      method: 'DELETE',
      token: laptop.deviceToken,
      instance: 0,
    });
    expect(await coach.refused()).toMatchObject({ reason: 'revoked' });

    await d.api(`/api/spaces/${laptop.spaceId}`, {
      method: 'DELETE',
      token: laptop.deviceToken,
      instance: 1,
    });
    expect(await a.refused()).toMatchObject({ reason: 'space-gone' });
    expect(await b.refused()).toMatchObject({ reason: 'space-gone' });
  });

  it('wrong secrets on one instance count on the other, for that client address only', async () => {
    const device = await d.createSpace();
    const name = spaceDocumentName(device.spaceId);
    const wrong = `${device.deviceToken.slice(0, -4)}AAAA`;
    // The proxy tells the instances who the client is (X-Forwarded-For, TRUST_PROXY=1); what
    // the client itself claims in that header is not believed.
    for (let i = 0; i < 3; i++) {
      const client = await d.open(name, wrong, { instance: i % 2, localAddress: '127.0.0.7' });
      expect(await client.refused()).toEqual({ reason: 'wrong-secret' });
      client.destroy();
    }
    await waitFor(async () => {
      const right = await d.api(`/api/spaces/${device.spaceId}`, {
        token: device.deviceToken,
        localAddress: '127.0.0.7',
        instance: undefined,
      });
      return right.status === 429;
    }, 'the address blocked everywhere');
    for (const instance of [0, 1]) {
      const right = await d.open(name, device.deviceToken, {
        instance,
        localAddress: '127.0.0.7',
      });
      expect(await right.refused()).toEqual({ reason: 'too-many-attempts' });
      // Claiming another address in the header changes nothing: the proxy's entry counts.
      const forged = await d.open(name, device.deviceToken, {
        instance,
        localAddress: '127.0.0.7',
        address: '198.51.100.77',
      });
      expect(await forged.refused()).toEqual({ reason: 'too-many-attempts' });
      const other = await d.open(name, device.deviceToken, {
        instance,
        localAddress: '127.0.0.8',
      });
      await other.synced();
    }
  });
});

describe.skipIf(!haveServices)('bad input to one instance', { timeout: 20_000 }, () => {
  /** A bare socket through the proxy, on one instance. */
  async function rawOn(instance: number): Promise<RawSocket> {
    const before = d.proxy.routed.length;
    d.proxy.prefer = instance;
    const socket = rawSocket(d.proxy.wsUrl);
    await waitFor(() => d.proxy.routed.length > before, 'routed');
    d.proxy.prefer = undefined;
    await socket.opened;
    return socket;
  }

  it('garbage, a broken or cut-short frame and a flood each close their socket (with a reason where it can still hear one); other spaces on every instance go on', async () => {
    const { a, b } = await deviceOnEach();
    let n = 0;
    const stillWorks = async () => {
      n++;
      setTitle(a.doc, `x${n}`, `still ${n}`);
      await waitFor(
        () => titleOf(b.doc, `x${n}`) === `still ${n}`,
        'the bystanders across instances',
      );
      expect([a.closes, b.closes]).toEqual([[], []]);
    };

    const garbage = await rawOn(0);
    garbage.send(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]));
    expect(await garbage.closed).toEqual({
      code: SYNC_CLOSE_CODES['malformed-message'],
      reason: 'malformed-message',
    });
    await stillWorks();

    const broken = await rawOn(1);
    // Reserved bits set, no mask: the WebSocket protocol forbids both.
    (broken.ws as unknown as { _socket: { write(b: Buffer): void } })._socket.write(
      Buffer.from([0xf2, 0x05, 1, 2, 3, 4, 5]),
    );
    expect((await broken.closed).code).toBe(1002);
    await stillWorks();

    const cut = await rawOn(0);
    // A frame announcing 1,000 bytes, 10 of them sent, then the connection ended.
    const raw = (cut.ws as unknown as { _socket: { write(b: Buffer): void; end(): void } })._socket;
    raw.write(Buffer.from([0x82, 0xfe, 0x03, 0xe8, 1, 2, 3, 4, ...Array<number>(10).fill(7)]));
    raw.end();
    expect((await cut.closed).code).toBe(1006);
    await stillWorks();

    const flooder = await d.createSpace();
    const name = spaceDocumentName(flooder.spaceId);
    const flood = await rawOn(1);
    flood.send(authMessage(name, flooder.deviceToken));
    const doc = new Y.Doc();
    for (let i = 0; i < 5000 && flood.ws.readyState === flood.ws.OPEN; i++) {
      const before = Y.encodeStateVector(doc);
      doc.getMap('flood').set('n', i);
      flood.send(syncMessage(name, Y.encodeStateAsUpdate(doc, before)));
    }
    expect(await flood.closed).toEqual({
      code: SYNC_CLOSE_CODES['too-many-messages'],
      reason: 'too-many-messages',
    });
    await stillWorks();
    for (const instance of [0, 1]) {
      expect((await d.api('/healthz', { instance })).status).toBe(200);
    }
  });
});
