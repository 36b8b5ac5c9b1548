// A tab whose code is older than the stored database must never write to it (DESIGN.md §6).
import { afterEach, describe, expect, it } from 'vitest';
import { db, openDatabase } from '../../src/db/database';
import { getDatabaseStatus, setDatabaseStatus } from '../../src/db/database-status';
import { CURRENT_SCHEMA_VERSION } from '../../src/db/schema-versions';
import { addTask } from '../../src/db/task-repository';
import { describeWriteError } from '../../src/db/write-error';

afterEach(() => setDatabaseStatus({ state: 'ok' }));

/** What a newer build does: opens the database one schema version ahead (Dexie: N × 10). */
function openNewer(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(db.name, (CURRENT_SCHEMA_VERSION + 1) * 10);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(new Error(String(request.error)));
    request.onblocked = () => reject(new Error('the older tab blocked the upgrade'));
  });
}

async function storedTaskCount(): Promise<number> {
  const raw = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(db.name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(new Error(String(request.error)));
  });
  const count = await new Promise<number>((resolve) => {
    const request = raw.transaction('tasks').objectStore('tasks').count();
    request.onsuccess = () => resolve(request.result);
  });
  raw.close();
  return count;
}

describe('a tab on an older schema', () => {
  it('steps aside when another tab upgrades, and refuses every later write', async () => {
    await openDatabase();
    await addTask({ title: 'Before the update', kind: 'chore' });
    const newer = await openNewer();
    newer.close();
    expect(getDatabaseStatus()).toEqual({ state: 'outdated' });
    expect(db.isOpen()).toBe(false);

    const failure = await addTask({ title: 'After', kind: 'chore' }).catch((e: unknown) => e);
    expect(describeWriteError(failure)).toMatch(/updated in another tab/);
    expect(await storedTaskCount()).toBe(1);
  });

  it('refuses to open a database that a newer build already upgraded', async () => {
    await openDatabase();
    db.close(); // the old tab is gone; a newer build upgrades the database meanwhile
    (await openNewer()).close();
    setDatabaseStatus({ state: 'ok' });
    await openDatabase(); // the old build loads again (say, from a stale cache)
    expect(getDatabaseStatus()).toEqual({ state: 'outdated' });
    await expect(addTask({ title: 'Old-shaped row', kind: 'chore' })).rejects.toThrow();
    expect(await storedTaskCount()).toBe(0);
  });
});
