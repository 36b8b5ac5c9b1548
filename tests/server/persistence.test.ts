// Documents outlive the server: a restart brings them back; SIGTERM stores everything before
// exiting; SIGKILL loses at most the changes of the store window (server/limits.ts), and a
// device that still holds them gives them back.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openSqliteStorage } from '../../server/storage/sqlite-storage.ts';
import {
  shareDocumentName,
  spaceDocumentName,
  type DeviceCredential,
} from '../../src/domain/sync-protocol.ts';
import { spawnServer, type ChildServer } from './support/child-server.ts';
import {
  openClient,
  setTitle,
  startTestServer,
  titleOf,
  waitFor,
  type Client,
} from './support/harness.ts';
import { makeSite } from './support/site.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'gf-data-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const site = makeSite();

async function createSpace(url: string): Promise<DeviceCredential> {
  const response = await fetch(`${url}/api/spaces`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: '{}',
  });
  return (await response.json()) as DeviceCredential;
}

/** Resolves once the server has acknowledged every change the client made. */
async function acknowledged(client: Client): Promise<void> {
  await waitFor(() => !client.provider.hasUnsyncedChanges, 'the server’s acknowledgement');
}

/** What a fresh device finds in the document: its tasks (or another map). */
async function readBack(
  wsUrl: string,
  name: string,
  token: string,
  map = 'tasks',
): Promise<Record<string, unknown>> {
  const client = openClient(wsUrl, name, token);
  try {
    await client.synced();
    return client.doc.getMap(map).toJSON();
  } finally {
    client.destroy();
  }
}

describe('a restart', () => {
  it('brings every document back (SQLite)', async () => {
    const file = join(tempDir(), 'goals-first.sqlite');
    const storage = await openSqliteStorage(file);
    const first = await startTestServer({ storage });
    const device = await first.createSpace();
    const space = first.open(spaceDocumentName(device.spaceId), device.deviceToken);
    const share = first.open(shareDocumentName(device.spaceId), device.deviceToken);
    await Promise.all([space.synced(), share.synced()]);
    for (let i = 0; i < 100; i++) setTitle(space.doc, `t${i}`, `Task ${i}`);
    setTitle(share.doc, 'g1', 'Shared goal');
    await Promise.all([acknowledged(space), acknowledged(share)]);
    await first.stop();
    await storage.close();

    const again = await openSqliteStorage(file);
    const second = await startTestServer({ storage: again });
    const space2 = await readBack(
      second.wsUrl,
      spaceDocumentName(device.spaceId),
      device.deviceToken,
    );
    expect(Object.keys(space2)).toHaveLength(100);
    expect(space2.t42).toEqual({ title: 'Task 42' });
    expect(
      await readBack(second.wsUrl, shareDocumentName(device.spaceId), device.deviceToken),
    ).toEqual({
      g1: { title: 'Shared goal' },
    });
    await second.stop();
    await again.close();
  });
});

// Each test starts the server process twice (about a second each with tsx) and lets time pass.
describe('the server process', { timeout: 20_000 }, () => {
  let server: ChildServer | undefined;
  afterAll(() => {
    server?.process.kill('SIGKILL');
  });

  it('on SIGTERM stores every document, tells its clients, and exits 0', async () => {
    const dataDir = tempDir();
    // A store window far longer than the test: only the shutdown can have stored anything.
    const env = {
      DATA_DIR: dataDir,
      DIST_DIR: site,
      STORE_DEBOUNCE_MS: '600000',
      STORE_MAX_DEBOUNCE_MS: '600000',
    };
    server = await spawnServer(env);
    const spaces = await Promise.all([
      createSpace(server.url),
      createSpace(server.url),
      createSpace(server.url),
    ]);
    const clients = spaces.flatMap((device) => [
      openClient(server!.wsUrl, spaceDocumentName(device.spaceId), device.deviceToken),
      openClient(server!.wsUrl, shareDocumentName(device.spaceId), device.deviceToken),
    ]);
    await Promise.all(clients.map((c) => c.synced()));
    clients.forEach((client, i) => {
      for (let n = 0; n < 20; n++) setTitle(client.doc, `t${n}`, `doc ${i} task ${n}`);
    });
    await Promise.all(clients.map(acknowledged));

    server.process.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    await waitFor(
      () =>
        clients.every((c) =>
          c.closes.some((e) => e.code === 1012 && e.reason === 'server-restarting'),
        ),
      'every client told why',
    );
    clients.forEach((c) => c.destroy());
    expect(server.output()).toContain('"event":"stopped"');

    server = await spawnServer(env);
    for (const [i, device] of spaces.entries()) {
      const space = await readBack(
        server.wsUrl,
        spaceDocumentName(device.spaceId),
        device.deviceToken,
      );
      const share = await readBack(
        server.wsUrl,
        shareDocumentName(device.spaceId),
        device.deviceToken,
      );
      expect(Object.keys(space)).toHaveLength(20);
      expect(space.t19).toEqual({ title: `doc ${2 * i} task 19` });
      expect(share.t0).toEqual({ title: `doc ${2 * i + 1} task 0` });
    }
    server.process.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });

  it('on SIGKILL loses at most the store window, and a device that kept the changes restores them', async () => {
    const dataDir = tempDir();
    const debounce = 200;
    const maxDebounce = 1000;
    // What the store itself and a busy machine may add to the window.
    const slack = 500;
    const env = {
      DATA_DIR: dataDir,
      DIST_DIR: site,
      STORE_DEBOUNCE_MS: String(debounce),
      STORE_MAX_DEBOUNCE_MS: String(maxDebounce),
    };
    server = await spawnServer(env);
    const device = await createSpace(server.url);
    const name = spaceDocumentName(device.spaceId);
    const client = openClient(server.wsUrl, name, device.deviceToken);
    await client.synced();

    // A quiet edit is stored once the debounce has passed.
    setTitle(client.doc, 'quiet', 'Quiet edit');
    await acknowledged(client);
    await new Promise((resolve) => setTimeout(resolve, debounce + slack));

    // Then edits without a pause: the debounce never runs out, the maximum wait does.
    const sentAt: number[] = [];
    for (let n = 0; n < 40; n++) {
      sentAt.push(Date.now());
      client.doc.getMap('counter').set('n', n);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await acknowledged(client);
    const killedAt = Date.now();
    server.process.kill('SIGKILL');
    expect(await server.exited).toBe('SIGKILL');
    client.provider.configuration.websocketProvider.disconnect();

    const storage = await openSqliteStorage(join(dataDir, 'goals-first.sqlite'));
    const stored = new Y.Doc();
    Y.applyUpdate(stored, (await storage.loadDocument(name)) ?? new Uint8Array([0, 0]));
    await storage.close();
    expect(titleOf(stored, 'quiet')).toBe('Quiet edit');
    const last = stored.getMap('counter').get('n') as number | undefined;
    // Something of the steady stream was stored while it flowed…
    expect(last).toBeGreaterThanOrEqual(0);
    // …and what was lost was sent within the window before the kill.
    const firstLost = last! + 1;
    if (firstLost < sentAt.length) {
      expect(killedAt - sentAt[firstLost]!).toBeLessThanOrEqual(maxDebounce + slack);
    }

    // The device still holds everything: on reconnecting, the server gets it back.
    server = await spawnServer(env);
    const back = openClient(server.wsUrl, name, device.deviceToken, { doc: client.doc });
    await back.synced();
    await acknowledged(back);
    expect(await readBack(server.wsUrl, name, device.deviceToken, 'counter')).toEqual({ n: 39 });
    back.destroy();
    client.destroy();
    server.process.kill('SIGTERM');
    await server.exited;
  });
});
