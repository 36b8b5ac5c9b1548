// A store that fails loses nothing: the document stays in memory and is stored once storage
// works again; meanwhile the server refuses changes, loudly, and says when it is back. A
// shutdown that cannot store says so instead of exiting as if all were well.
import { expect, it } from 'vitest';
import { createMemoryStorage } from '../../server/storage/memory-storage.ts';
import type { Storage } from '../../server/storage/storage.ts';
import { spaceDocumentName } from '../../src/domain/sync-protocol.ts';
import { setTitle, startTestServer, titleOf, waitFor } from './support/harness.ts';
import * as Y from 'yjs';

/** Storage whose writes fail, as on a full disk, while `failing`; everything fails while `lost`. */
function flakyStorage(): Storage & { failing: boolean; lost: boolean } {
  const inner = createMemoryStorage();
  const full = () => Promise.reject(new Error('SQLITE_FULL: database or disk is full'));
  const gone = () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5432'));
  const flaky = {
    ...inner,
    failing: false,
    lost: false,
    appendUpdate(name: string, update: Uint8Array) {
      if (flaky.lost) return gone();
      return flaky.failing ? full() : inner.appendUpdate(name, update);
    },
    createSpace(...args: Parameters<Storage['createSpace']>) {
      if (flaky.lost) return gone();
      return flaky.failing ? full() : inner.createSpace(...args);
    },
    getSpace: (id: string) => (flaky.lost ? gone() : inner.getSpace(id)),
    getCredential: (id: string) => (flaky.lost ? gone() : inner.getCredential(id)),
    loadDocument: (name: string) => (flaky.lost ? gone() : inner.loadDocument(name)),
  };
  return flaky;
}

const events = (logs: string[], event: string) =>
  logs.filter((line) => line.includes(`"event":"${event}"`));

const limits = { storeDebounceMs: 20, storeMaxDebounceMs: 50, storeRetryMs: 50 };

it('keeps a document whose store failed, and stores it once storage works again', async () => {
  const storage = flakyStorage();
  const t = await startTestServer({ storage, limits });
  const device = await t.createSpace();
  const name = spaceDocumentName(device.spaceId);
  const client = t.open(name, device.deviceToken);
  await client.synced();
  storage.failing = true;
  setTitle(client.doc, 't1', 'Must not be lost');
  await waitFor(
    () => t.logs.some((line) => line.includes('"event":"store-failed"')),
    'a failed store',
  );
  client.destroy();
  // The last device left; the document would normally be stored and unloaded now.
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(t.server.hocuspocus.documents.has(name)).toBe(true);

  storage.failing = false;
  await waitFor(() => !t.server.hocuspocus.documents.has(name), 'stored and unloaded');
  const doc = new Y.Doc();
  Y.applyUpdate(doc, (await storage.loadDocument(name))!);
  expect(titleOf(doc, 't1')).toBe('Must not be lost');
  await t.stop();
});

it('a shutdown that cannot store a document fails, naming it', async () => {
  const storage = flakyStorage();
  const t = await startTestServer({ storage, limits });
  const device = await t.createSpace();
  const name = spaceDocumentName(device.spaceId);
  const client = t.open(name, device.deviceToken);
  await client.synced();
  storage.failing = true;
  setTitle(client.doc, 't1', 'Unstorable');
  await waitFor(() => !client.provider.hasUnsyncedChanges, 'the edit received');
  await expect(t.stop()).rejects.toThrow(name);
});

it('a full disk: changes are refused with a reason, loudly, and flow again once it has room', async () => {
  const storage = flakyStorage();
  const t = await startTestServer({ storage, limits });
  const device = await t.createSpace();
  const name = spaceDocumentName(device.spaceId);
  const a = t.open(name, device.deviceToken);
  const b = t.open(name, device.deviceToken);
  await Promise.all([a.synced(), b.synced()]);

  storage.failing = true;
  setTitle(a.doc, 't1', 'Before the disk filled');
  await waitFor(() => events(t.logs, 'storage-failing').length > 0, 'the failure noticed');
  // From now on a change is refused (the device keeps it and tries again later)…
  setTitle(a.doc, 't2', 'While the disk is full');
  expect(await a.refused()).toMatchObject({ reason: 'storage-unavailable' });
  // …and so are /api writes, while the balancer is told not to send anyone here.
  const health = await t.api('/healthz');
  expect(health.status).toBe(503);
  expect(await health.json()).toEqual({ status: 'storage-unavailable', storage: 'failing' });
  const signup = await t.api('/api/spaces', { body: {} });
  expect(signup.status).toBe(503);
  expect(await signup.json()).toMatchObject({ error: 'storage-unavailable' });
  await new Promise((resolve) => setTimeout(resolve, 300));
  // Loud once, not once per attempt.
  expect(events(t.logs, 'storage-failing')).toHaveLength(1);
  expect(events(t.logs, 'store-failed')).toHaveLength(1);

  storage.failing = false;
  await waitFor(() => events(t.logs, 'storage-recovered').length === 1, 'the recovery said');
  expect((await t.api('/healthz')).status).toBe(200);
  // The refused device reconnects by itself and its change arrives.
  await waitFor(
    () => titleOf(b.doc, 't2') === 'While the disk is full',
    'the refused change',
    10_000,
  );
  a.destroy();
  b.destroy();
  await waitFor(() => !t.server.hocuspocus.documents.has(name), 'stored and unloaded');
  const doc = new Y.Doc();
  Y.applyUpdate(doc, (await storage.loadDocument(name))!);
  expect(doc.getMap('tasks').toJSON()).toEqual({
    t1: { title: 'Before the disk filled' },
    t2: { title: 'While the disk is full' },
  });
  await t.stop();
});

it('a lost database: a device signing in is told why, and gets in by itself once it is back', async () => {
  const storage = flakyStorage();
  const t = await startTestServer({ storage, limits });
  const device = await t.createSpace();
  const name = spaceDocumentName(device.spaceId);
  storage.lost = true;
  const client = t.open(name, device.deviceToken);
  expect(await client.refused()).toMatchObject({ reason: 'storage-unavailable' });
  expect(events(t.logs, 'storage-failing')).toHaveLength(1);
  storage.lost = false;
  await client.synced();
  setTitle(client.doc, 't1', 'After the database came back');
  await waitFor(() => !client.provider.hasUnsyncedChanges, 'the edit received');
  await waitFor(() => events(t.logs, 'storage-recovered').length === 1, 'the recovery said');
  await t.stop();
});
