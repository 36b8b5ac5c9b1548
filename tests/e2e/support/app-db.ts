// Reads and writes the REAL IndexedDB of the page (no Dexie, no mocks), in the app's schema.
// The app opens (and creates) its database on load, so these run after a first page load.
import type { Page } from '@playwright/test';
import type {
  Activity,
  CheckIn,
  CoachingRecord,
  Goal,
  Reflection,
  Task,
} from '../../../src/domain/types';

export interface SeedData {
  tasks?: Task[];
  goals?: Goal[];
  checkIns?: CheckIn[];
  activity?: Activity[];
  reflections?: Reflection[];
  coachingSessions?: CoachingRecord[];
  settings?: { key: string; value: unknown }[];
}

type StoreName = keyof SeedData;

/** Writes records straight into the page's database, then reloads so the app reads them. */
export async function seed(page: Page, data: SeedData): Promise<void> {
  await page.goto('/');
  await page.getByRole('main').waitFor();
  await page.evaluate(async (records) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('goals-first');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const stores = Object.keys(records);
    const tx = db.transaction(stores, 'readwrite');
    for (const store of stores) {
      for (const record of records[store as keyof typeof records] ?? []) {
        tx.objectStore(store).put(record);
      }
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('write failed'));
      tx.onabort = () => reject(tx.error ?? new Error('write aborted'));
    });
    db.close();
  }, data);
  await page.reload();
}

/** Every record of one store, as stored. */
export async function readStore<T = unknown>(page: Page, store: StoreName): Promise<T[]> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('goals-first');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const rows = await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction(name).objectStore(name).getAll();
      request.onsuccess = () => resolve(request.result as unknown[]);
      request.onerror = () => reject(request.error ?? new Error('read failed'));
    });
    db.close();
    return rows;
  }, store) as Promise<T[]>;
}
