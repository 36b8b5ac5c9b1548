// The storage suite on Postgres (the shared cluster of the global setup, a database of this
// file's own), and what only Postgres has to prove: processes starting together migrate the
// schema once, and a schema newer than the server stops it.
import { describe, expect, it } from 'vitest';
import pg from 'pg';
import {
  openPostgresStorage,
  POSTGRES_SCHEMA_VERSION,
} from '../../server/storage/postgres-storage.ts';
import { freshDatabase, haveServices } from './support/cluster-env.ts';
import { describeStorage } from './storage-contract.ts';

const url = haveServices ? await freshDatabase() : '';

if (haveServices) {
  describeStorage('Postgres', {
    open: () => openPostgresStorage(url),
    reopen: () => openPostgresStorage(url),
    another: () => openPostgresStorage(url),
  });
}

describe.skipIf(!haveServices)('Postgres schema', () => {
  it('is created once when several processes start on an empty database at once', async () => {
    const empty = await freshDatabase();
    const storages = await Promise.all(
      Array.from({ length: 6 }, () => openPostgresStorage(empty, { poolSize: 2 })),
    );
    const client = new pg.Client({ connectionString: empty });
    await client.connect();
    const { rows } = await client.query<{ version: number }>(
      'SELECT version FROM schema_versions ORDER BY version',
    );
    expect(rows.map((row) => row.version)).toEqual(
      Array.from({ length: POSTGRES_SCHEMA_VERSION }, (_, i) => i + 1),
    );
    // A schema from a newer server: this one refuses to start, naming both versions.
    await client.query('INSERT INTO schema_versions (version) VALUES ($1)', [
      POSTGRES_SCHEMA_VERSION + 1,
    ]);
    await client.end();
    await Promise.all(storages.map((storage) => storage.close()));
    await expect(openPostgresStorage(empty)).rejects.toThrow(
      `version ${POSTGRES_SCHEMA_VERSION + 1}, newer than this server knows (${POSTGRES_SCHEMA_VERSION})`,
    );
  });
});
