// Writes a frozen fixture database (tests/fixtures/db/v<N>.json) into the page's REAL
// IndexedDB at that fixture's version, shaped exactly as Dexie would have created it, before
// the app has ever opened it. Run it on a page of the app's origin that does not load the app
// (e.g. /favicon.svg); the app then finds the old database on its next load.
import type { Page } from '@playwright/test';

export interface DbFixture {
  version: number;
  stores: Record<string, string>;
  tables: Record<string, readonly object[]>;
}

export async function loadFixtureDatabase(page: Page, fixture: DbFixture): Promise<void> {
  await page.evaluate(async ({ version, stores, tables }) => {
    // Dexie's schema syntax: the first entry is the primary key, the rest are indexes;
    // "[a+b]" is a compound index, "&" unique, "*" multi-entry. Dexie stores version N as N×10.
    const keyPathOf = (spec: string): string | string[] => {
      const name = spec.replace(/^[&*+]+/, '');
      return name.startsWith('[') ? name.slice(1, -1).split('+') : name;
    };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('goals-first', version * 10);
      request.onupgradeneeded = () => {
        for (const [name, schema] of Object.entries(stores)) {
          const [primary = '', ...indexes] = schema.split(',').map((part) => part.trim());
          const store = request.result.createObjectStore(name, {
            keyPath: keyPathOf(primary),
            autoIncrement: primary.startsWith('++'),
          });
          for (const index of indexes) {
            store.createIndex(index.replace(/^[&*]+/, ''), keyPathOf(index), {
              unique: index.startsWith('&'),
              multiEntry: index.startsWith('*'),
            });
          }
        }
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error(String(request.error)));
    });
    const tx = db.transaction(Object.keys(tables), 'readwrite');
    for (const [name, records] of Object.entries(tables)) {
      for (const record of records) tx.objectStore(name).add(record);
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onabort = () => reject(new Error(String(tx.error)));
    });
    db.close();
  }, fixture);
}
