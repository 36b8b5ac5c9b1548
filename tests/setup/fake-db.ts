// Every Vitest test that touches storage gets an in-memory IndexedDB, and a fresh, empty app
// database: the one used by the previous test is deleted after it.
import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { db } from '../../src/db/database';

afterEach(async () => {
  await db.delete({ disableAutoOpen: false });
});
