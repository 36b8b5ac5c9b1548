// A store that fails loses nothing: the document stays in memory and is stored once storage
// works again; a shutdown that cannot store says so instead of exiting as if all were well.
import { expect, it } from 'vitest';
import { createMemoryStorage } from '../../server/storage/memory-storage.ts';
import type { Storage } from '../../server/storage/storage.ts';
import { spaceDocumentName } from '../../src/domain/sync-protocol.ts';
import { setTitle, startTestServer, titleOf, waitFor } from './support/harness.ts';
import * as Y from 'yjs';

function flakyStorage(): Storage & { failing: boolean } {
  const inner = createMemoryStorage();
  const flaky = {
    ...inner,
    failing: false,
    appendUpdate(name: string, update: Uint8Array) {
      return flaky.failing
        ? Promise.reject(new Error('SQLITE_FULL: database or disk is full'))
        : inner.appendUpdate(name, update);
    },
  };
  return flaky;
}

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
