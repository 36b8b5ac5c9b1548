// Crashes of instances (SIGKILL: no store, no goodbye) lose nothing that the rules promise:
// devices of a killed instance reconnect through the proxy to another one and lose nothing; an
// edit that reached any instance more than the store window ago survives the death of every
// instance, even with no device left to send it again. Two traps of Hocuspocus 3.4's Redis
// extension are among the cases (server/cluster/redis-fan-out.ts,
// server/extensions/storage-extension.ts).
import { Redis } from 'ioredis';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { spaceDocumentName, type DeviceCredential } from '../../src/domain/sync-protocol.ts';
import { freshDatabase, haveServices, services } from './support/cluster-env.ts';
import { startDeployment, type Deployment } from './support/deployment.ts';
import { setTitle, titleOf, waitFor, type Client } from './support/harness.ts';

const DEBOUNCE = 300;
const MAX_DEBOUNCE = 1000;
/** What the store itself and a busy machine may add to the window. */
const SLACK = 700;

let databaseUrl = '';
let d: Deployment | undefined;
beforeAll(async () => {
  if (haveServices) databaseUrl = await freshDatabase();
});
afterEach(async () => {
  await d?.stop();
  d = undefined;
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function deploy(): Promise<Deployment> {
  d = await startDeployment({
    count: 2,
    databaseUrl,
    redisUrl: services.redisUrl,
    env: { STORE_DEBOUNCE_MS: String(DEBOUNCE), STORE_MAX_DEBOUNCE_MS: String(MAX_DEBOUNCE) },
  });
  return d;
}

/** A space and `count` device credentials of it. */
async function devices(deployment: Deployment, count: number): Promise<DeviceCredential[]> {
  const first = await deployment.createSpace();
  const all = [first];
  for (let i = 1; i < count; i++) {
    const join = await deployment.issue('join-tokens', first);
    const joined = await deployment.api('/api/join', { body: { joinToken: join.token } });
    all.push(joined.body as DeviceCredential);
  }
  return all;
}

const acknowledged = (client: Client) =>
  waitFor(() => !client.provider.hasUnsyncedChanges, 'the server’s acknowledgement');

describe.skipIf(!haveServices)('instances killed', { timeout: 30_000 }, () => {
  it('an edit that reached an instance only through Redis is stored by that instance', async () => {
    const deployment = await deploy();
    const [laptop, phone] = await devices(deployment, 2);
    const name = spaceDocumentName(laptop!.spaceId);
    const a = await deployment.open(name, laptop!.deviceToken, { instance: 0 });
    const b = await deployment.open(name, phone!.deviceToken, { instance: 1 });
    await Promise.all([a.synced(), b.synced()]);

    setTitle(a.doc, 't1', 'Told instance 0 only');
    await waitFor(() => titleOf(b.doc, 't1') === 'Told instance 0 only', 'the edit via Redis');
    // Instance 0 dies before its store window ends, and its device with it: only instance 1,
    // which heard of the edit through Redis, holds it.
    await deployment.kill(0);
    a.destroy();
    await sleep(MAX_DEBOUNCE + SLACK);
    // Then instance 1 dies too; its device goes with it, so no one can send the edit again.
    await deployment.kill(1);
    b.destroy();

    await deployment.start(0);
    expect(await deployment.readBack(name, laptop!.deviceToken)).toEqual({
      t1: { title: 'Told instance 0 only' },
    });
  });

  it('a store is not skipped while another instance holds the Redis store lock', async () => {
    const deployment = await deploy();
    const [laptop] = await devices(deployment, 1);
    const name = spaceDocumentName(laptop!.spaceId);
    // The lock Hocuspocus's Redis extension takes to store a document, as held by an instance
    // that is slow or dead: with that lock the extension would skip this store, silently.
    const redis = new Redis(services.redisUrl);
    await redis.set(`${deployment.prefix}:${name}:lock`, 'another-instance', 'PX', 60_000);
    await redis.quit();

    const a = await deployment.open(name, laptop!.deviceToken, { instance: 0 });
    await a.synced();
    setTitle(a.doc, 't1', 'Stored despite the lock');
    await acknowledged(a);
    await sleep(DEBOUNCE + SLACK);
    await deployment.kill(0);
    a.destroy();

    expect(await deployment.readBack(name, laptop!.deviceToken)).toEqual({
      t1: { title: 'Stored despite the lock' },
    });
  });

  it('killing one instance mid-burst: its devices reconnect through the proxy to the other, and nothing is lost', async () => {
    const deployment = await deploy();
    const credentials = await devices(deployment, 3);
    const name = spaceDocumentName(credentials[0]!.spaceId);
    // Two devices on instance 0, one on instance 1.
    const clients = [
      await deployment.open(name, credentials[0]!.deviceToken, { instance: 0 }),
      await deployment.open(name, credentials[1]!.deviceToken, { instance: 1 }),
      await deployment.open(name, credentials[2]!.deviceToken, { instance: 0 }),
    ];
    await Promise.all(clients.map((c) => c.synced()));

    const EDITS = 60;
    let killedAt = 0;
    for (let n = 0; n < EDITS; n++) {
      clients.forEach((client, i) => setTitle(client.doc, `d${i}-${n}`, `device ${i} edit ${n}`));
      if (n === 20) {
        killedAt = Date.now();
        await deployment.kill(0);
      }
      await sleep(25);
    }
    const everything = Object.fromEntries(
      clients.flatMap((_, i) =>
        Array.from({ length: EDITS }, (_, n) => [`d${i}-${n}`, { title: `device ${i} edit ${n}` }]),
      ),
    );
    // The devices of instance 0 are back, through the proxy, on instance 1.
    await waitFor(
      () =>
        clients.every(
          (c) =>
            c.provider.isSynced && Object.keys(c.doc.getMap('tasks').toJSON()).length === 3 * EDITS,
        ),
      'every device with every edit',
      15_000,
    );
    const recoveredMs = Date.now() - killedAt;
    clients.forEach((c) => expect(c.doc.getMap('tasks').toJSON()).toEqual(everything));
    expect(recoveredMs).toBeLessThan(15_000);
    expect(deployment.proxy.routed.slice(-2)).toEqual([1, 1]);

    // And it is stored: past the window, every instance dies and the devices with them.
    await sleep(MAX_DEBOUNCE + SLACK);
    await deployment.kill(1);
    clients.forEach((c) => c.destroy());
    await deployment.start(1);
    expect(await deployment.readBack(name, credentials[0]!.deviceToken)).toEqual(everything);
  });

  it('an edit that reached any instance more than the store window ago survives every instance being killed', async () => {
    const deployment = await deploy();
    const [laptop, phone] = await devices(deployment, 2);
    const name = spaceDocumentName(laptop!.spaceId);
    const a = await deployment.open(name, laptop!.deviceToken, { instance: 0 });
    const b = await deployment.open(name, phone!.deviceToken, { instance: 1 });
    await Promise.all([a.synced(), b.synced()]);

    // Both devices edit without a pause, each on its own instance.
    const sentAt: number[] = [];
    for (let n = 0; n < 100; n++) {
      sentAt.push(Date.now());
      setTitle(a.doc, `a${n}`, `a ${n}`);
      setTitle(b.doc, `b${n}`, `b ${n}`);
      await sleep(25);
    }
    await Promise.all([deployment.kill(0), deployment.kill(1)]);
    const killedAt = Date.now();
    a.destroy();
    b.destroy();

    await deployment.start(0);
    const stored = await deployment.readBack(name, laptop!.deviceToken);
    const old = sentAt.filter((at) => killedAt - at > MAX_DEBOUNCE + SLACK).length;
    expect(old).toBeGreaterThan(10);
    for (let n = 0; n < old; n++) {
      expect(stored[`a${n}`], `a${n}`).toEqual({ title: `a ${n}` });
      expect(stored[`b${n}`], `b${n}`).toEqual({ title: `b ${n}` });
    }
  });
});
