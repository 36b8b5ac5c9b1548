import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { openSqliteStorage } from '../../server/storage/sqlite-storage.ts';
import { describeStorage } from './storage-contract.ts';

const dir = mkdtempSync(join(tmpdir(), 'gf-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let file = '';
let count = 0;

describeStorage('SQLite', {
  open() {
    file = join(dir, `test-${count++}.sqlite`);
    return openSqliteStorage(file);
  },
  reopen() {
    return openSqliteStorage(file);
  },
  another() {
    return openSqliteStorage(file);
  },
});
