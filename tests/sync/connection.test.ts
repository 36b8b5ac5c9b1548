// The app's connection (src/sync/connection.ts) against the real server in this process: it
// reconnects within seconds after a restart, stops for good (and says why) when its device is
// revoked, notices a socket that went silent without closing, and enters a space without
// losing either side's records.
import { createServer, Socket, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { GoalsFirstDb } from '../../src/db/database';
import { keepCredential, readSyncDevice } from '../../src/db/sync-device';
import { isSyncOn } from '../../src/db/sync-records';
import { spaceDocumentName, syncPath } from '../../src/domain/sync-protocol';
import { openConnection, type Connection, type ConnectionStatus } from '../../src/sync/connection';
import { enterSpace, EnterError } from '../../src/sync/enter-space';
import { indexedDbDocStore } from '../../src/sync/indexeddb-doc-store';
import { docStoreName } from '../../src/sync/device-sync';
import { makeTask } from '../fixtures/builders';
import {
  setTitle,
  startTestServer,
  titleOf,
  waitFor,
  type TestServer,
} from '../server/support/harness';
import { createMemoryStorage } from '../../server/storage/memory-storage';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function server(options: Parameters<typeof startTestServer>[0] = {}): Promise<TestServer> {
  const t = await startTestServer(options);
  cleanups.push(() => t.stop());
  return t;
}

function connect(
  t: TestServer | { wsUrl: string },
  name: string,
  token: string,
  doc = new Y.Doc(),
) {
  const connection = openConnection({
    doc,
    name,
    token,
    url: t.wsUrl,
    WebSocketPolyfill: WebSocket,
    // Faster than the app's, so the test waits less; the same logic.
    timing: { probeAfterMs: 300, answerWithinMs: 500, checkEveryMs: 100 },
  });
  const seen: ConnectionStatus[] = [];
  connection.subscribe((status) => seen.push(status));
  cleanups.push(() => connection.close());
  return { connection, doc, seen };
}

const online = (connection: Connection) =>
  waitFor(() => connection.status().phase === 'online' && connection.status().synced, 'online');

describe('the connection', () => {
  it('carries edits both ways, and after a server restart reconnects within seconds', async () => {
    const storage = createMemoryStorage();
    const first = await server({ storage });
    const laptop = await first.createSpace('Laptop');
    const join = await first.issue('join-tokens', laptop);
    const phone = (await (
      await first.api('/api/join', { body: { joinToken: join.token } })
    ).json()) as typeof laptop;
    const name = spaceDocumentName(laptop.spaceId);
    const a = connect(first, name, laptop.deviceToken);
    const b = connect(first, name, phone.deviceToken);
    await Promise.all([online(a.connection), online(b.connection)]);
    setTitle(a.doc, 't1', 'Buy milk');
    await waitFor(() => titleOf(b.doc, 't1') === 'Buy milk', 'the edit on B');

    // The server stops (storing everything) and comes back on the same port.
    const port = first.server.port;
    await first.server.close();
    await waitFor(() => a.connection.status().phase === 'offline', 'A offline', 3000);
    setTitle(a.doc, 't2', 'Made while the server was down');
    expect(a.connection.status().unacknowledged).toBeGreaterThan(0);
    const restartedAt = Date.now();
    await server({ storage, port });
    await Promise.all([online(a.connection), online(b.connection)]);
    await waitFor(() => titleOf(b.doc, 't2') === 'Made while the server was down', 'the edit');
    expect(Date.now() - restartedAt).toBeLessThan(4000);
    await waitFor(() => a.connection.status().unacknowledged === 0, 'acknowledged');
  });

  it('stops for good when its device is revoked, and says so', async () => {
    const t = await server();
    const laptop = await t.createSpace('Laptop');
    const join = await t.issue('join-tokens', laptop);
    const phone = (await (
      await t.api('/api/join', { body: { joinToken: join.token } })
    ).json()) as typeof laptop;
    const name = spaceDocumentName(laptop.spaceId);
    const b = connect(t, name, phone.deviceToken);
    await online(b.connection);
    const response = await t.api(`/api/spaces/${laptop.spaceId}/credentials/${phone.deviceId}`, {
      method: 'DELETE',
      token: laptop.deviceToken,
    });
    expect(response.status).toBe(204);
    await waitFor(() => b.connection.status().phase === 'refused', 'refused');
    expect(b.connection.status().refusal).toBe('revoked');
    // It does not knock again.
    const sockets = t.logs.filter((line) => line.includes('sync-refused')).length;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(t.logs.filter((line) => line.includes('sync-refused')).length).toBe(sockets);
    expect(b.connection.status().phase).toBe('refused');
  });

  it('notices a socket that went silent without closing, and reconnects', async () => {
    const t = await server();
    const laptop = await t.createSpace('Laptop');
    const proxy = await silentProxy(t.server.port);
    cleanups.push(() => proxy.close());
    const name = spaceDocumentName(laptop.spaceId);
    const a = connect(
      { wsUrl: `ws://127.0.0.1:${proxy.port}${syncPath()}` },
      name,
      laptop.deviceToken,
    );
    await online(a.connection);
    proxy.freeze(); // the open sockets carry nothing more, and never close
    const frozenAt = Date.now();
    await waitFor(() => a.connection.status().phase === 'offline', 'noticed', 5000);
    expect(Date.now() - frozenAt).toBeLessThan(2000); // 300 ms silence + 500 ms unanswered + ticks
    await online(a.connection); // a new socket passes the proxy
  });
});

describe('entering a space', () => {
  it('keeps both devices’ records, and the newer edit of a record both hold', async () => {
    const t = await server();
    const laptopCredential = await t.createSpace('Laptop');
    const name = spaceDocumentName(laptopCredential.spaceId);
    // The space holds a task the phone also has (from the same backup), edited later here.
    const shared = makeTask({ title: 'Shared, older', updatedAt: 1000 });
    const sharedNewerHere = makeTask({ title: 'Phone edited it later', updatedAt: 5000 });
    const onlyInSpace = makeTask({ title: 'Only in the space' });
    const space = connect(t, name, laptopCredential.deviceToken);
    await online(space.connection);
    space.doc.transact(() => {
      for (const task of [
        { ...shared, title: 'Laptop edited it later', updatedAt: 3000 },
        { ...sharedNewerHere, title: 'Shared, older', updatedAt: 2000 },
        onlyInSpace,
      ]) {
        const map = new Y.Map<unknown>();
        for (const [field, value] of Object.entries(task)) map.set(field, value);
        space.doc.getMap('tasks').set(task.id, map);
      }
    });
    await waitFor(() => space.connection.status().unacknowledged === 0, 'stored');

    const phoneDb = new GoalsFirstDb(`phone-${Math.random()}`);
    cleanups.push(async () => {
      await indexedDbDocStore(docStoreName(phoneDb)).clear();
      await phoneDb.delete();
    });
    const onlyOnPhone = makeTask({ title: 'Only on the phone' });
    await phoneDb.tasks.bulkAdd([shared, sharedNewerHere, onlyOnPhone]);
    const join = await t.issue('join-tokens', laptopCredential);
    const phoneCredential = (await (
      await t.api('/api/join', { body: { joinToken: join.token } })
    ).json()) as typeof laptopCredential;
    const device = await keepCredential(phoneDb, phoneCredential, Date.now());
    await enterSpace({ db: phoneDb, device, url: t.wsUrl, WebSocketPolyfill: WebSocket });

    expect(await isSyncOn(phoneDb)).toBe(true);
    // The space now holds the phone's newer edit; the laptop's newer edit stays.
    await waitFor(
      () => titleOf(space.doc, sharedNewerHere.id) === 'Phone edited it later',
      'newer',
    );
    expect(titleOf(space.doc, shared.id)).toBe('Laptop edited it later');
    // The stored document is the space's: the bridge starts from it.
    const stored = new Y.Doc();
    const store = indexedDbDocStore(docStoreName(phoneDb));
    await store.load(stored);
    await store.close();
    expect(titleOf(stored, onlyInSpace.id)).toBe(onlyInSpace.title);
    expect(titleOf(stored, shared.id)).toBe('Laptop edited it later');
    expect(stored.getMap('meta').get('dataVersion')).toBeGreaterThan(0);
  });

  it('refuses a space holding data of a newer app, and leaves sync off', async () => {
    const t = await server();
    const credential = await t.createSpace('Laptop');
    const space = connect(t, spaceDocumentName(credential.spaceId), credential.deviceToken);
    await online(space.connection);
    space.doc.getMap('meta').set('dataVersion', 999);
    await waitFor(() => space.connection.status().unacknowledged === 0, 'stored');
    const join = await t.issue('join-tokens', credential);
    const phone = (await (
      await t.api('/api/join', { body: { joinToken: join.token } })
    ).json()) as typeof credential;
    const phoneDb = new GoalsFirstDb(`phone-${Math.random()}`);
    cleanups.push(() => phoneDb.delete());
    const device = await keepCredential(phoneDb, phone, Date.now());
    const entering = enterSpace({
      db: phoneDb,
      device,
      url: t.wsUrl,
      WebSocketPolyfill: WebSocket,
    });
    await expect(entering).rejects.toEqual(new EnterError('data-newer'));
    expect(await isSyncOn(phoneDb)).toBe(false);
    expect(await readSyncDevice(phoneDb)).toMatchObject({ deviceId: phone.deviceId });
  });
});

/** A TCP proxy to `port` that can go silent: open sockets stay open but carry nothing. */
async function silentProxy(port: number) {
  const frozen = new Set<Socket>();
  const sockets = new Set<Socket>();
  const proxy: Server = createServer((client) => {
    const upstream = new Socket();
    upstream.connect(port, '127.0.0.1');
    sockets.add(client).add(upstream);
    const forward = (from: Socket, to: Socket) =>
      from.on('data', (chunk) => {
        if (!frozen.has(from)) to.write(chunk);
      });
    forward(client, upstream);
    forward(upstream, client);
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return {
    port: (proxy.address() as { port: number }).port,
    freeze() {
      for (const socket of sockets) if (!socket.destroyed) frozen.add(socket);
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => proxy.close(resolve));
    },
  };
}
