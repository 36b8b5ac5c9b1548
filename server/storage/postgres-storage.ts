// Postgres storage (node-postgres, `pg`): for several server processes sharing one database
// (DATABASE_URL). The same tables as SQLite; the differences are what several writers need.
//
// - The schema is created and migrated at start inside one transaction holding an advisory
//   lock, so processes starting together neither race nor half-apply a migration; a database
//   whose schema is newer than this server stops it with a message.
// - A document update is one INSERT (autocommit). It locks its space's row FOR SHARE, which
//   conflicts with the tombstone a deletion writes: an append racing a deletion either lands
//   before it (and is deleted with the space) or sees the space gone and stores nothing.
// - Compaction merges a document's rows in a transaction that deletes exactly the rows it read
//   (by seq, never by a range: a row committed meanwhile with a lower seq is kept) and inserts
//   their merge. Appends never wait for it, and two processes compacting at once are kept
//   apart by a per-document advisory lock (the loser skips: the next append compacts).
// - Every query has a deadline, and a lost database rejects calls instead of hanging them, so
//   the server notices and refuses writes until it is back (server/sync/storage-health.ts).
//
// Why `pg` rather than `postgres` (porsager): it is plain JavaScript with no native parts, the
// most used Postgres client for Node, and its pool gives a checked-out client for the few
// multi-statement transactions here; an idle connection that dies is reported as a pool event
// (handled below) rather than an exception. Its speed is not the bottleneck: a store is one
// round trip.
import pg from 'pg';
import { mergeUpdates } from 'yjs';
import { parseDocumentName } from '../../src/domain/sync-protocol.ts';
import { describeError, silentLogger, type Logger } from '../log.ts';
import {
  COMPACT_AFTER_UPDATES,
  type CredentialRecord,
  type SpaceRecord,
  type Storage,
} from './storage.ts';
import { toCredential, type CredentialRow } from './credential-row.ts';

// Each entry moves the schema one version up; never edit a shipped one.
const MIGRATIONS = [
  `CREATE TABLE spaces (
     id text PRIMARY KEY,
     created_at bigint NOT NULL,
     deleted_at bigint
   );
   CREATE TABLE credentials (
     id text PRIMARY KEY,
     space_id text NOT NULL REFERENCES spaces(id) ON DELETE CASCADE,
     kind text NOT NULL CHECK (kind IN ('device', 'join', 'coach')),
     secret_hash bytea NOT NULL,
     label text,
     created_at bigint NOT NULL,
     expires_at bigint,
     used_at bigint,
     revoked_at bigint
   );
   CREATE INDEX credentials_by_space ON credentials(space_id);
   CREATE TABLE document_updates (
     seq bigserial PRIMARY KEY,
     document text NOT NULL,
     space_id text NOT NULL REFERENCES spaces(id) ON DELETE CASCADE,
     data bytea NOT NULL
   );
   CREATE INDEX document_updates_by_document ON document_updates(document, seq);
   CREATE INDEX document_updates_by_space ON document_updates(space_id);`,
];

/** Advisory lock keys: (namespace, key) pairs of int4, "gf" in the namespace. */
const LOCK_NAMESPACE = 0x6766;
const MIGRATION_LOCK = 1;

export interface PostgresOptions {
  /** Connections per process; stores are one round trip each, so a few carry many. */
  poolSize?: number;
  /** A query that takes longer fails (and the store is retried). */
  queryTimeoutMs?: number;
  logger?: Logger;
}

const credentialValues = (c: CredentialRecord) => [
  c.id,
  c.spaceId,
  c.kind,
  Buffer.from(c.secretHash),
  c.label ?? null,
  c.createdAt,
  c.expiresAt ?? null,
  c.usedAt ?? null,
  c.revokedAt ?? null,
];

const INSERT_CREDENTIAL = `INSERT INTO credentials
  (id, space_id, kind, secret_hash, label, created_at, expires_at, used_at, revoked_at)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`;

// bigint (int8) arrives as a string by default; every bigint here is epoch milliseconds or a
// count, well inside Number's exact range. Overridden for this pool only.
const types = new pg.TypeOverrides();
types.setTypeParser(pg.types.builtins.INT8, (value: string) => Number(value));

export async function openPostgresStorage(
  url: string,
  { poolSize = 10, queryTimeoutMs = 10_000, logger = silentLogger }: PostgresOptions = {},
): Promise<Storage> {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: 5000,
    idleTimeoutMillis: 30_000,
    query_timeout: queryTimeoutMs,
    statement_timeout: queryTimeoutMs,
    application_name: 'goals-first',
    types,
  });
  // An idle connection that breaks (the database restarted) is reported here; without a
  // listener it would end the process. The next query opens a new connection.
  pool.on('error', (error) => {
    logger.warn('database-connection-lost', { error: describeError(error) });
  });

  const transaction = async <T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };

  try {
    await migrate(transaction);
  } catch (error) {
    await pool.end();
    throw error;
  }

  const compact = (name: string, spaceId: string) =>
    transaction(async (client) => {
      const locked = await client.query<{ locked: boolean }>(
        'SELECT pg_try_advisory_xact_lock($1, hashtext($2)) AS locked',
        [LOCK_NAMESPACE, `compact:${name}`],
      );
      if (!locked.rows[0]?.locked) return;
      const live = await client.query(
        'SELECT 1 FROM spaces WHERE id = $1 AND deleted_at IS NULL FOR SHARE',
        [spaceId],
      );
      if (live.rowCount === 0) return;
      const rows = await client.query<{ seq: number; data: Buffer }>(
        'SELECT seq, data FROM document_updates WHERE document = $1 ORDER BY seq',
        [name],
      );
      if (rows.rows.length <= 1) return;
      const merged = mergeUpdates(rows.rows.map((row) => row.data));
      await client.query('DELETE FROM document_updates WHERE seq = ANY($1::bigint[])', [
        rows.rows.map((row) => row.seq),
      ]);
      await client.query(
        'INSERT INTO document_updates (document, space_id, data) VALUES ($1, $2, $3)',
        [name, spaceId, Buffer.from(merged)],
      );
    });

  return {
    async createSpace(space: SpaceRecord, firstDevice: CredentialRecord) {
      await transaction(async (client) => {
        await client.query('INSERT INTO spaces (id, created_at) VALUES ($1, $2)', [
          space.id,
          space.createdAt,
        ]);
        await client.query(INSERT_CREDENTIAL, credentialValues(firstDevice));
      });
    },

    async getSpace(id) {
      const { rows } = await pool.query<{
        id: string;
        created_at: number;
        deleted_at: number | null;
      }>('SELECT id, created_at, deleted_at FROM spaces WHERE id = $1', [id]);
      const row = rows[0];
      if (!row) return undefined;
      return {
        id: row.id,
        createdAt: row.created_at,
        ...(row.deleted_at !== null && { deletedAt: row.deleted_at }),
      };
    },

    async deleteSpace(id, at) {
      await transaction(async (client) => {
        await client.query(
          'UPDATE spaces SET deleted_at = $1 WHERE id = $2 AND deleted_at IS NULL',
          [at, id],
        );
        await client.query('DELETE FROM credentials WHERE space_id = $1', [id]);
        await client.query('DELETE FROM document_updates WHERE space_id = $1', [id]);
      });
    },

    async addCredential(credential) {
      const result = await pool.query(
        `WITH live AS (
           SELECT id FROM spaces WHERE id = $2 AND deleted_at IS NULL FOR SHARE
         )
         INSERT INTO credentials
           (id, space_id, kind, secret_hash, label, created_at, expires_at, used_at, revoked_at)
         SELECT $1, live.id, $3, $4, $5, $6, $7, $8, $9 FROM live`,
        credentialValues(credential),
      );
      return result.rowCount === 1;
    },

    async getCredential(id) {
      const { rows } = await pool.query<CredentialRow>('SELECT * FROM credentials WHERE id = $1', [
        id,
      ]);
      return rows[0] && toCredential(rows[0]);
    },

    async listCredentials(spaceId) {
      const { rows } = await pool.query<CredentialRow>(
        'SELECT * FROM credentials WHERE space_id = $1 ORDER BY created_at, id',
        [spaceId],
      );
      return rows.map(toCredential);
    },

    async revokeCredential(id, at) {
      const result = await pool.query(
        'UPDATE credentials SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL',
        [at, id],
      );
      return result.rowCount === 1;
    },

    redeemJoinToken(joinTokenId, at, device) {
      return transaction(async (client) => {
        // The row lock of the UPDATE makes a second redeemer wait, then find it used.
        const used = await client.query(
          `UPDATE credentials SET used_at = $2
           WHERE id = $1 AND kind = 'join' AND space_id = $3 AND used_at IS NULL
             AND revoked_at IS NULL AND expires_at > $2
             AND EXISTS (SELECT 1 FROM spaces WHERE id = $3 AND deleted_at IS NULL FOR SHARE)`,
          [joinTokenId, at, device.spaceId],
        );
        if (used.rowCount !== 1) return false;
        await client.query(INSERT_CREDENTIAL, credentialValues(device));
        return true;
      });
    },

    async loadDocument(name) {
      const { rows } = await pool.query<{ data: Buffer }>(
        'SELECT data FROM document_updates WHERE document = $1 ORDER BY seq',
        [name],
      );
      if (rows.length === 0) return undefined;
      const [only] = rows;
      if (rows.length === 1 && only) return new Uint8Array(only.data);
      return mergeUpdates(rows.map((row) => row.data));
    },

    async appendUpdate(name, update) {
      const spaceId = parseDocumentName(name)?.spaceId;
      if (spaceId === undefined) throw new Error(`not a document name: ${name}`);
      const { rows } = await pool.query<{ added: number; stored: number }>(
        `WITH live AS (
           SELECT id FROM spaces WHERE id = $2 AND deleted_at IS NULL FOR SHARE
         ), added AS (
           INSERT INTO document_updates (document, space_id, data)
           SELECT $1, live.id, $3 FROM live RETURNING seq
         )
         SELECT (SELECT count(*) FROM added) AS added,
                (SELECT count(*) FROM document_updates WHERE document = $1) AS stored`,
        [name, spaceId, Buffer.from(update)],
      );
      const { added = 0, stored = 0 } = rows[0] ?? {};
      if (added === 0) return false;
      // `stored` does not count the row just added (one snapshot for the whole statement).
      if (stored + 1 > COMPACT_AFTER_UPDATES) await compact(name, spaceId);
      return true;
    },

    async close() {
      await pool.end();
    },
  };
}

type Transaction = <T>(work: (client: pg.PoolClient) => Promise<T>) => Promise<T>;

async function migrate(transaction: Transaction): Promise<void> {
  await transaction(async (client) => {
    // Held until this transaction ends: a second process waits here, then finds it all done.
    await client.query('SELECT pg_advisory_xact_lock($1, $2)', [LOCK_NAMESPACE, MIGRATION_LOCK]);
    await client.query(
      `CREATE TABLE IF NOT EXISTS schema_versions (
         version integer PRIMARY KEY,
         applied_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    const { rows } = await client.query<{ version: number | null }>(
      'SELECT max(version) AS version FROM schema_versions',
    );
    const version = rows[0]?.version ?? 0;
    if (version > MIGRATIONS.length) {
      throw new Error(
        `The database's schema is version ${version}, newer than this server knows ` +
          `(${MIGRATIONS.length}): run the newer server, or restore a backup made for this one.`,
      );
    }
    for (const [index, step] of MIGRATIONS.entries()) {
      if (index < version) continue;
      await client.query(step);
      await client.query('INSERT INTO schema_versions (version) VALUES ($1)', [index + 1]);
    }
  });
}

/** The schema version this server creates (for tests and for the log). */
export const POSTGRES_SCHEMA_VERSION = MIGRATIONS.length;
