// better-sqlite3 is optional (it compiles on install): without it, the server says what to do.
import { expect, it, vi } from 'vitest';
import { openSqliteStorage } from '../../server/storage/sqlite-storage.ts';

vi.mock('better-sqlite3', () => {
  throw new Error("Cannot find module 'better-sqlite3'");
});

it('without better-sqlite3, opening SQLite storage says how to get it or do without', async () => {
  const opening = openSqliteStorage('/nonexistent/never-created.sqlite');
  await expect(opening).rejects.toThrow(/better-sqlite3.*npm install.*STORAGE=memory/s);
});
