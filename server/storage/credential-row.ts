// A credential as the SQL storages keep it (one row of `credentials`, the same columns in SQLite
// and Postgres), and its record. One mapping, so the two storages cannot drift apart.
import type { CredentialRecord } from './storage.ts';

export interface CredentialRow {
  id: string;
  space_id: string;
  kind: CredentialRecord['kind'];
  secret_hash: Buffer;
  label: string | null;
  created_at: number;
  expires_at: number | null;
  used_at: number | null;
  revoked_at: number | null;
}

export const toCredential = (row: CredentialRow): CredentialRecord => ({
  id: row.id,
  spaceId: row.space_id,
  kind: row.kind,
  secretHash: new Uint8Array(row.secret_hash),
  ...(row.label !== null && { label: row.label }),
  createdAt: row.created_at,
  ...(row.expires_at !== null && { expiresAt: row.expires_at }),
  ...(row.used_at !== null && { usedAt: row.used_at }),
  ...(row.revoked_at !== null && { revokedAt: row.revoked_at }),
});
