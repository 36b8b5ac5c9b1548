// Records a schema upgrade rewrites reach the Y.Doc after the upgrade: the upgrade notes them in
// the outbox (the middleware never sees Dexie's upgrade transaction) and the bridge drains them,
// instead of taking the document's older copy back into Dexie. A next schema version that
// rewrites every task's notes is played here by adding one to the shipped list.
import Dexie from 'dexie';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { makeTask } from '../fixtures/builders';
import { MemoryDocStore } from '../fixtures/memory-doc-store';
import type * as DatabaseModule from '../../src/db/database';
import type * as VersionsModule from '../../src/db/schema-versions';
import type * as BridgeModule from '../../src/sync/bridge';

vi.mock('../../src/db/schema-versions', async (importOriginal) => {
  const original = await importOriginal<typeof VersionsModule>();
  const { upgradeTo } = await import('../../src/db/migrations/record-migrations');
  const next = original.SCHEMA_VERSIONS.length + 1;
  const rewrite = (record: Record<string, unknown>) => ({ ...record, notes: 'migrated' });
  return {
    ...original,
    SCHEMA_VERSIONS: [
      ...original.SCHEMA_VERSIONS,
      { version: next, stores: {}, upgrade: upgradeTo(next, { [next]: { tasks: rewrite } }) },
    ],
    CURRENT_SCHEMA_VERSION: next,
  };
});

// The setup file loaded the database module before the mock: load the app's modules afresh.
let database: typeof DatabaseModule;
let versions: typeof VersionsModule;
let bridgeModule: typeof BridgeModule;
beforeAll(async () => {
  vi.resetModules();
  database = await import('../../src/db/database');
  versions = await import('../../src/db/schema-versions');
  bridgeModule = await import('../../src/sync/bridge');
});

/** A database as the shipped version left it: sync on or off, one task. */
async function shippedDatabase(name: string, syncOn: boolean) {
  const task = makeTask();
  const SHIPPED = versions.CURRENT_SCHEMA_VERSION - 1;
  const old = new Dexie(name);
  old.version(SHIPPED).stores(versions.storesAt(SHIPPED));
  await old.open();
  await old.table('tasks').add(task);
  if (syncOn) await old.table('settings').add({ key: 'syncEnabled', value: true });
  old.close();
  return task;
}

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('a schema upgrade that rewrites records', () => {
  it('pushes the rewritten records to the Y.Doc, and keeps them in Dexie', async () => {
    const name = `upgrade-${Math.random()}`;
    names.push(name);
    const task = await shippedDatabase(name, true);
    // The document already holds the task as it was before the upgrade.
    const store = new MemoryDocStore();
    const old = new Y.Doc();
    await store.load(old);
    const fields = new Y.Map<unknown>();
    for (const [key, value] of Object.entries(task)) fields.set(key, value);
    old.getMap('tasks').set(task.id, fields);
    await store.close();

    const db = new database.GoalsFirstDb(name);
    await db.open();
    expect(await db.outbox.toArray()).toEqual([
      { table: 'tasks', id: task.id, stamp: `upgrade-v${versions.CURRENT_SCHEMA_VERSION}` },
    ]);
    const doc = new Y.Doc();
    const bridge = await bridgeModule.startBridge({ db, doc, store });
    await bridge.settled();
    expect((doc.getMap('tasks').get(task.id) as Y.Map<unknown>).get('notes')).toBe('migrated');
    expect((await db.tasks.get(task.id))?.notes).toBe('migrated');
    expect(await db.outbox.count()).toBe(0);
    await bridge.stop();
    db.close();
  });

  it('leaves nothing to push on a device that does not sync', async () => {
    const name = `upgrade-${Math.random()}`;
    names.push(name);
    await shippedDatabase(name, false);
    const db = new database.GoalsFirstDb(name);
    await db.open();
    expect(await db.outbox.count()).toBe(0);
    expect((await db.tasks.toArray())[0]?.notes).toBe('migrated');
    db.close();
  });
});
