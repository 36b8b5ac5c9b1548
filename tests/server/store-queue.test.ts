// Stores slower than the store window (STORE_MAX_DEBOUNCE_MS) do not pile up: Hocuspocus 3.4
// then starts one store per change, queued on the document; each finds nothing new since the
// store before it and writes nothing, so storage sees one write at a time and a handful in all.
import { expect, it } from 'vitest';
import * as Y from 'yjs';
import { createMemoryStorage } from '../../server/storage/memory-storage.ts';
import type { Storage } from '../../server/storage/storage.ts';
import { spaceDocumentName } from '../../src/domain/sync-protocol.ts';
import { setTitle, startTestServer, waitFor } from './support/harness.ts';

const STORE_MS = 300;

function slowStorage() {
  const inner = createMemoryStorage();
  const seen = { appends: 0, running: 0, mostAtOnce: 0 };
  const storage: Storage = {
    ...inner,
    async appendUpdate(name, update) {
      seen.appends++;
      seen.running++;
      seen.mostAtOnce = Math.max(seen.mostAtOnce, seen.running);
      await new Promise((resolve) => setTimeout(resolve, STORE_MS));
      seen.running--;
      return inner.appendUpdate(name, update);
    },
  };
  return { storage, seen };
}

it('stores slower than the store window run one at a time, and only when there is something new', async () => {
  const { storage, seen } = slowStorage();
  const t = await startTestServer({
    storage,
    limits: { storeDebounceMs: 20, storeMaxDebounceMs: 50 },
  });
  const device = await t.createSpace();
  const name = spaceDocumentName(device.spaceId);
  const client = t.open(name, device.deviceToken);
  await client.synced();

  const started = Date.now();
  for (let n = 0; n < 150; n++) {
    setTitle(client.doc, `t${n}`, `edit ${n}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await waitFor(() => !client.provider.hasUnsyncedChanges, 'every edit received');
  client.destroy();
  await waitFor(() => !t.server.hocuspocus.documents.has(name), 'stored and unloaded', 10_000);
  const elapsed = Date.now() - started;

  expect(seen.mostAtOnce).toBe(1);
  // One write per store duration while the edits flowed, and the last one: not one per edit.
  expect(seen.appends).toBeLessThanOrEqual(Math.ceil(elapsed / STORE_MS) + 2);
  const stored = new Y.Doc();
  Y.applyUpdate(stored, (await storage.loadDocument(name))!);
  expect(stored.getMap('tasks').size).toBe(150);
  await t.stop();
});
