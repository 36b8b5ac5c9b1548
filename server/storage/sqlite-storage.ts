// SQLite storage (better-sqlite3): the embedded default, one file under DATA_DIR.
//
// WAL mode, so readers never wait for the writer and a commit is one append to the log.
// synchronous=NORMAL: a commit survives a crash of this process (SIGKILL included: the log is
// written before the call returns) but not necessarily a power cut, which may lose the commits
// since the last checkpoint. FULL would fsync every commit, and better-sqlite3 waits for it on
// the event loop: about 4 ms per store against 0.03 ms here (`npm run bench:server`), which a
// server storing a document per device every couple of seconds cannot pay. What a power cut
// loses, the devices still hold and send again when they reconnect (Yjs sync sends whatever
// the server lacks). Document updates are appended as rows and merged into one row once a
// document has more than COMPACT_AFTER_UPDATES, inside the same transaction as the append.
//
// better-sqlite3 is an optional dependency (it compiles with node-gyp on install); when it is
// missing, opening this storage fails with a message that says what to do.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { mergeUpdates } from 'yjs';
import { parseDocumentName } from '../../src/domain/sync-protocol.ts';
import {
  COMPACT_AFTER_UPDATES,
  type CredentialRecord,
  type SpaceRecord,
  type Storage,
} from './storage.ts';
import { toCredential, type CredentialRow } from './credential-row.ts';

// Each entry moves the schema one version up (PRAGMA user_version); never edit a shipped one.
const MIGRATIONS = [
  `CREATE TABLE spaces (
     id TEXT PRIMARY KEY,
     created_at INTEGER NOT NULL,
     deleted_at INTEGER
   );
   CREATE TABLE credentials (
     id TEXT PRIMARY KEY,
     space_id TEXT NOT NULL REFERENCES spaces(id) ON DELETE CASCADE,
     kind TEXT NOT NULL CHECK (kind IN ('device', 'join', 'coach')),
     secret_hash BLOB NOT NULL,
     label TEXT,
     created_at INTEGER NOT NULL,
     expires_at INTEGER,
     used_at INTEGER,
     revoked_at INTEGER
   );
   CREATE INDEX credentials_by_space ON credentials(space_id);
   CREATE TABLE document_updates (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     document TEXT NOT NULL,
     space_id TEXT NOT NULL REFERENCES spaces(id) ON DELETE CASCADE,
     data BLOB NOT NULL
   );
   CREATE INDEX document_updates_by_document ON document_updates(document, seq);
   CREATE INDEX document_updates_by_space ON document_updates(space_id);`,
];

export const MISSING_SQLITE_MESSAGE =
  'SQLite storage needs the better-sqlite3 package, which is not installed: it is an optional ' +
  'dependency that compiles on `npm install` (it needs python3, make and a C++ compiler). ' +
  'Install those and run `npm install` again, or start with STORAGE=memory (nothing is kept ' +
  'across restarts).';

async function loadDriver(): Promise<typeof BetterSqlite3> {
  try {
    return (await import('better-sqlite3')).default;
  } catch (error) {
    throw new Error(MISSING_SQLITE_MESSAGE, { cause: error });
  }
}

const credentialParams = (c: CredentialRecord) => ({
  id: c.id,
  space_id: c.spaceId,
  kind: c.kind,
  secret_hash: Buffer.from(c.secretHash),
  label: c.label ?? null,
  created_at: c.createdAt,
  expires_at: c.expiresAt ?? null,
  used_at: c.usedAt ?? null,
  revoked_at: c.revokedAt ?? null,
});

export async function openSqliteStorage(file: string): Promise<Storage> {
  const Database = await loadDriver();
  mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);

  const sql = {
    insertSpace: db.prepare('INSERT INTO spaces (id, created_at) VALUES (?, ?)'),
    getSpace: db.prepare<[string], { id: string; created_at: number; deleted_at: number | null }>(
      'SELECT id, created_at, deleted_at FROM spaces WHERE id = ?',
    ),
    tombstone: db.prepare('UPDATE spaces SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL'),
    deleteCredentials: db.prepare('DELETE FROM credentials WHERE space_id = ?'),
    deleteUpdates: db.prepare('DELETE FROM document_updates WHERE space_id = ?'),
    isLive: db.prepare<[string], { live: 1 }>(
      'SELECT 1 AS live FROM spaces WHERE id = ? AND deleted_at IS NULL',
    ),
    insertCredential: db.prepare(
      `INSERT INTO credentials
         (id, space_id, kind, secret_hash, label, created_at, expires_at, used_at, revoked_at)
       VALUES (:id, :space_id, :kind, :secret_hash, :label, :created_at, :expires_at, :used_at,
         :revoked_at)`,
    ),
    getCredential: db.prepare<[string], CredentialRow>('SELECT * FROM credentials WHERE id = ?'),
    listCredentials: db.prepare<[string], CredentialRow>(
      'SELECT * FROM credentials WHERE space_id = ? ORDER BY created_at, id',
    ),
    revoke: db.prepare('UPDATE credentials SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL'),
    useJoinToken: db.prepare(
      `UPDATE credentials SET used_at = :at
       WHERE id = :id AND kind = 'join' AND space_id = :space_id AND used_at IS NULL
         AND revoked_at IS NULL AND expires_at > :at
         AND EXISTS (SELECT 1 FROM spaces WHERE id = :space_id AND deleted_at IS NULL)`,
    ),
    updates: db.prepare<[string], { seq: number; data: Buffer }>(
      'SELECT seq, data FROM document_updates WHERE document = ? ORDER BY seq',
    ),
    countUpdates: db.prepare<[string], { n: number }>(
      'SELECT count(*) AS n FROM document_updates WHERE document = ?',
    ),
    appendUpdate: db.prepare(
      'INSERT INTO document_updates (document, space_id, data) VALUES (?, ?, ?)',
    ),
    deleteDocumentUpdates: db.prepare('DELETE FROM document_updates WHERE document = ?'),
  };

  const createSpace = db.transaction((space: SpaceRecord, device: CredentialRecord) => {
    sql.insertSpace.run(space.id, space.createdAt);
    sql.insertCredential.run(credentialParams(device));
  });
  const deleteSpace = db.transaction((id: string, at: number) => {
    sql.tombstone.run(at, id);
    sql.deleteCredentials.run(id);
    sql.deleteUpdates.run(id);
  });
  const addCredential = db.transaction((credential: CredentialRecord) => {
    if (!sql.isLive.get(credential.spaceId)) return false;
    sql.insertCredential.run(credentialParams(credential));
    return true;
  });
  const redeem = db.transaction((id: string, at: number, device: CredentialRecord) => {
    const used = sql.useJoinToken.run({ id, at, space_id: device.spaceId }).changes === 1;
    if (used) sql.insertCredential.run(credentialParams(device));
    return used;
  });
  const append = db.transaction((name: string, spaceId: string, update: Uint8Array) => {
    if (!sql.isLive.get(spaceId)) return false;
    sql.appendUpdate.run(name, spaceId, Buffer.from(update));
    if ((sql.countUpdates.get(name)?.n ?? 0) > COMPACT_AFTER_UPDATES) {
      const merged = mergeUpdates(sql.updates.all(name).map((row) => row.data));
      sql.deleteDocumentUpdates.run(name);
      sql.appendUpdate.run(name, spaceId, Buffer.from(merged));
    }
    return true;
  });

  return {
    createSpace(space, firstDevice) {
      return run(() => createSpace(space, firstDevice));
    },
    getSpace(id) {
      return run(() => {
        const row = sql.getSpace.get(id);
        if (!row) return undefined;
        return {
          id: row.id,
          createdAt: row.created_at,
          ...(row.deleted_at !== null && { deletedAt: row.deleted_at }),
        };
      });
    },
    deleteSpace(id, at) {
      return run(() => deleteSpace(id, at));
    },
    addCredential(credential) {
      return run(() => addCredential(credential));
    },
    getCredential(id) {
      return run(() => {
        const row = sql.getCredential.get(id);
        return row && toCredential(row);
      });
    },
    listCredentials(spaceId) {
      return run(() => sql.listCredentials.all(spaceId).map(toCredential));
    },
    revokeCredential(id, at) {
      return run(() => sql.revoke.run(at, id).changes === 1);
    },
    redeemJoinToken(joinTokenId, at, device) {
      return run(() => redeem(joinTokenId, at, device));
    },
    loadDocument(name) {
      return run(() => {
        const rows = sql.updates.all(name).map((row) => new Uint8Array(row.data));
        return rows.length === 0 ? undefined : mergeUpdates(rows);
      });
    },
    appendUpdate(name, update) {
      return run(() => {
        const spaceId = parseDocumentName(name)?.spaceId;
        if (spaceId === undefined) throw new Error(`not a document name: ${name}`);
        return append(name, spaceId, update);
      });
    },
    close() {
      return run(() => {
        if (db.open) db.close();
      });
    },
  };
}

/** better-sqlite3 is synchronous; the interface is not (Postgres will not be). */
function run<T>(work: () => T): Promise<T> {
  try {
    return Promise.resolve(work());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

function migrate(db: BetterSqlite3.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > MIGRATIONS.length) {
    throw new Error(
      `The database was written by a newer server (schema ${version}); this one knows ${MIGRATIONS.length}.`,
    );
  }
  db.transaction(() => {
    MIGRATIONS.slice(version).forEach((step) => db.exec(step));
    db.pragma(`user_version = ${MIGRATIONS.length}`);
  })();
}
