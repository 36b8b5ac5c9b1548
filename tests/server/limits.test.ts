// Limits: each is refused with its reason, and none of it touches another space, whose two
// devices keep editing through every abuse.
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ServerOptions } from '../../server/app.ts';
import { refusalOf, spaceDocumentName, SYNC_CLOSE_CODES } from '../../src/domain/sync-protocol.ts';
import { setTitle, startTestServer, titleOf, waitFor, type TestServer } from './support/harness.ts';
import { authMessage, rawSocket, syncMessage } from './support/raw-socket.ts';

let t: TestServer;
afterEach(async () => {
  await t.stop();
});

/** Two devices of a bystander space, synced; `stillWorks` proves an edit still travels. */
async function bystanders() {
  const device = await t.createSpace();
  const name = spaceDocumentName(device.spaceId);
  const a = t.open(name, device.deviceToken);
  const b = t.open(name, device.deviceToken);
  await Promise.all([a.synced(), b.synced()]);
  let n = 0;
  return {
    async stillWorks() {
      n++;
      setTitle(a.doc, `t${n}`, `edit ${n}`);
      await waitFor(() => titleOf(b.doc, `t${n}`) === `edit ${n}`, 'the bystanders’ edit');
      expect(a.closes).toEqual([]);
      expect(b.closes).toEqual([]);
    },
  };
}

async function start(options: Partial<ServerOptions>) {
  t = await startTestServer(options);
  return bystanders();
}

describe('sync limits', () => {
  it('a message over the size limit closes that socket with 1009 (message-too-big)', async () => {
    const others = await start({ limits: { maxMessageBytes: 64 * 1024 } });
    const device = await t.createSpace();
    const client = t.open(spaceDocumentName(device.spaceId), device.deviceToken);
    await client.synced();
    setTitle(client.doc, 'big', 'x'.repeat(100 * 1024));
    const refused = await client.refused();
    expect(refused.code).toBe(1009);
    expect(refusalOf(refused)).toBe('message-too-big');
    client.destroy();
    expect(await t.storage.loadDocument(spaceDocumentName(device.spaceId))).toBeUndefined();
    await others.stillWorks();
  });

  it('a document may not grow past its limit; what it holds stays', async () => {
    const others = await start({ limits: { maxDocumentBytes: 20 * 1024 } });
    const device = await t.createSpace();
    const name = spaceDocumentName(device.spaceId);
    const client = t.open(name, device.deviceToken);
    await client.synced();
    for (let i = 0; i < 6; i++) setTitle(client.doc, `t${i}`, `${i}`.repeat(5000));
    expect(await client.refused()).toMatchObject({ reason: 'document-too-large' });
    // What was admitted is kept (and stored); the rest never reached the document.
    client.destroy();
    await waitFor(
      () => !t.server.hocuspocus.documents.has(name),
      'the document stored and unloaded',
    );
    const stored = new Y.Doc();
    Y.applyUpdate(stored, (await t.storage.loadDocument(name))!);
    expect(Object.keys(stored.getMap('tasks').toJSON())).toEqual(['t0', 't1', 't2', 't3']);
    expect(Y.encodeStateAsUpdate(stored).length).toBeLessThanOrEqual(20 * 1024);
    await others.stillWorks();
  });

  it('a space takes so many connections and refuses the rest; another space is not counted', async () => {
    const others = await start({ limits: { maxConnectionsPerSpace: 3 } });
    const device = await t.createSpace();
    const name = spaceDocumentName(device.spaceId);
    const clients = Array.from({ length: 6 }, () => t.open(name, device.deviceToken));
    await waitFor(() => clients.filter((c) => c.closes.length > 0).length === 3, 'three refusals');
    const refused = await Promise.all(
      clients.filter((c) => c.closes.length > 0).map((c) => c.refused()),
    );
    expect(refused.map((r) => r.reason)).toEqual(Array(3).fill('too-many-connections'));
    const kept = clients.filter((c) => c.closes.length === 0);
    await Promise.all(kept.map((c) => c.synced()));
    setTitle(kept[0]!.doc, 'k', 'Still here');
    await waitFor(
      () => titleOf(kept[2]!.doc, 'k') === 'Still here',
      'the kept connections syncing',
    );
    await others.stillWorks();
    // A place freed is a place taken.
    clients.forEach((c) => c.destroy());
    await waitFor(
      () => (t.server.hocuspocus.documents.get(name)?.getConnectionsCount() ?? 0) === 0,
      'all closed',
    );
    await t.open(name, device.deviceToken).synced();
  });

  it('an address may hold so many sockets; another address is not counted', async () => {
    const others = await start({
      trustProxy: 1,
      signupCode: 'behind-a-proxy',
      limits: { maxSocketsPerAddress: 3 },
    });
    const sockets = Array.from({ length: 5 }, () => rawSocket(t.wsUrl, '203.0.113.9'));
    const closes = await Promise.all(sockets.slice(3).map((s) => s.closed));
    expect(closes).toEqual([
      { code: SYNC_CLOSE_CODES['too-many-connections'], reason: 'too-many-connections' },
      { code: SYNC_CLOSE_CODES['too-many-connections'], reason: 'too-many-connections' },
    ]);
    const device = await t.createSpace();
    await t
      .open(spaceDocumentName(device.spaceId), device.deviceToken, { address: '203.0.113.10' })
      .synced();
    await others.stillWorks();
    sockets.forEach((s) => s.ws.close());
  });

  it('wrong secrets over /sync block their address, right secret or not, and no other', async () => {
    const others = await start({
      trustProxy: 1,
      signupCode: 'behind-a-proxy',
      limits: { maxFailedAttempts: 3 },
    });
    const device = await t.createSpace();
    const name = spaceDocumentName(device.spaceId);
    const wrong = `${device.deviceToken.slice(0, -4)}AAAA`;
    for (let i = 0; i < 3; i++) {
      const client = t.open(name, wrong, { address: '198.51.100.5' });
      expect(await client.refused()).toEqual({ reason: 'wrong-secret' });
      client.destroy();
    }
    const right = t.open(name, device.deviceToken, { address: '198.51.100.5' });
    expect(await right.refused()).toEqual({ reason: 'too-many-attempts' });
    await t.open(name, device.deviceToken, { address: '198.51.100.6' }).synced();
    await others.stillWorks();
  });
});

describe('malformed and idle sockets', () => {
  it('bytes that are not the protocol close the socket with malformed-message', async () => {
    const others = await start({});
    const socket = rawSocket(t.wsUrl);
    await socket.opened;
    socket.send(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]));
    expect(await socket.closed).toEqual({
      code: SYNC_CLOSE_CODES['malformed-message'],
      reason: 'malformed-message',
    });
    await others.stillWorks();
  });

  it('a broken update on a signed-in document changes nothing, and the document goes on', async () => {
    const others = await start({});
    const device = await t.createSpace();
    const name = spaceDocumentName(device.spaceId);
    const writer = t.open(name, device.deviceToken);
    await writer.synced();
    setTitle(writer.doc, 'kept', 'Kept');
    const onServer = () => t.server.hocuspocus.documents.get(name)!;
    await waitFor(() => titleOf(onServer(), 'kept') === 'Kept', 'the edit');

    const socket = rawSocket(t.wsUrl);
    await socket.opened;
    socket.send(authMessage(name, device.deviceToken));
    await waitFor(() => onServer().getConnectionsCount() === 2, 'signed in');
    for (const junk of [[5, 200, 1, 7, 7, 7, 255, 3], [0], [1, 1, 1], Array(50).fill(255)]) {
      socket.send(syncMessage(name, new Uint8Array(junk)));
    }
    setTitle(writer.doc, 'after', 'After');
    await waitFor(() => titleOf(onServer(), 'after') === 'After', 'later edits');
    expect(onServer().getMap('tasks').toJSON()).toEqual({
      kept: { title: 'Kept' },
      after: { title: 'After' },
    });
    socket.ws.close();
    await others.stillWorks();
  });

  it('a broken WebSocket frame ends that socket only', async () => {
    const others = await start({});
    const socket = rawSocket(t.wsUrl);
    await socket.opened;
    // A frame with reserved bits set and no mask: the WebSocket protocol forbids both.
    (socket.ws as unknown as { _socket: { write(b: Buffer): void } })._socket.write(
      Buffer.from([0xf2, 0x05, 1, 2, 3, 4, 5]),
    );
    expect((await socket.closed).code).toBe(1002); // protocol error
    await others.stillWorks();
  });

  it('a frame cut short that never completes is closed with auth-timeout', async () => {
    const others = await start({ limits: { authTimeoutMs: 300 } });
    const socket = rawSocket(t.wsUrl);
    await socket.opened;
    // A masked binary frame announcing 1,000 bytes, of which 10 arrive.
    const header = Buffer.from([0x82, 0xfe, 0x03, 0xe8, 1, 2, 3, 4]);
    (socket.ws as unknown as { _socket: { write(b: Buffer): void } })._socket.write(
      Buffer.concat([header, Buffer.alloc(10, 7)]),
    );
    expect(await socket.closed).toEqual({
      code: SYNC_CLOSE_CODES['auth-timeout'],
      reason: 'auth-timeout',
    });
    await others.stillWorks();
  });

  it('a socket sending too much before signing in is closed with too-many-messages', async () => {
    const others = await start({ limits: { maxBytesBeforeAuth: 8 * 1024 } });
    const socket = rawSocket(t.wsUrl);
    await socket.opened;
    for (let i = 0; i < 20; i++)
      socket.send(syncMessage('space:AAAAAAAAAAAAAAAAAAAAAA', new Uint8Array(1000)));
    expect(await socket.closed).toEqual({
      code: SYNC_CLOSE_CODES['too-many-messages'],
      reason: 'too-many-messages',
    });
    await others.stillWorks();
  });

  it('a socket that never signs in is closed with auth-timeout', async () => {
    const others = await start({ limits: { authTimeoutMs: 200 } });
    const socket = rawSocket(t.wsUrl);
    expect(await socket.closed).toEqual({
      code: SYNC_CLOSE_CODES['auth-timeout'],
      reason: 'auth-timeout',
    });
    await others.stillWorks();
  });

  it('a signed-in socket flooding updates is closed with too-many-messages; a busy device is not', async () => {
    const others = await start({ limits: { maxMessagesPerSecond: 200, messageBurst: 400 } });
    const device = await t.createSpace();
    const name = spaceDocumentName(device.spaceId);
    // A device at work: 300 changes in quick succession, within the burst.
    const busy = t.open(name, device.deviceToken);
    await busy.synced();
    for (let i = 0; i < 300; i++) setTitle(busy.doc, `t${i % 10}`, `edit ${i}`);
    await waitFor(() => !busy.provider.hasUnsyncedChanges, 'the busy device heard');

    const socket = rawSocket(t.wsUrl);
    await socket.opened;
    socket.send(authMessage(name, device.deviceToken));
    const onServer = () => t.server.hocuspocus.documents.get(name)!;
    await waitFor(() => onServer().getConnectionsCount() === 2, 'signed in');
    const flood = new Y.Doc();
    const sent: number[] = [];
    for (let i = 0; i < 3000 && socket.ws.readyState === socket.ws.OPEN; i++) {
      const before = Y.encodeStateVector(flood);
      flood.getMap('flood').set('n', i);
      socket.send(syncMessage(name, Y.encodeStateAsUpdate(flood, before)));
      sent.push(i);
    }
    expect(await socket.closed).toEqual({
      code: SYNC_CLOSE_CODES['too-many-messages'],
      reason: 'too-many-messages',
    });
    // Far from all of it was taken, and the busy device is still connected.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const taken = (onServer().getMap('flood').get('n') as number | undefined) ?? -1;
    expect(taken).toBeLessThan(1000);
    expect(busy.closes).toEqual([]);
    await others.stillWorks();
  });

  it('upgrades anywhere but /sync are refused', async () => {
    await start({});
    const socket = rawSocket(t.wsUrl.replace('/sync', '/elsewhere'));
    expect((await socket.closed).code).toBe(1006);
  });
});
