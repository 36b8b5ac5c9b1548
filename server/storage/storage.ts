// The one storage interface of the server (DESIGN.md §5, after tldraw's sync-core): spaces,
// their credentials and their Yjs documents. Every implementation (in-memory, SQLite, Postgres)
// passes the same suite, tests/server/storage-contract.ts; the durable ones also with two
// processes appending to one document at once.
//
// Documents are stored by merging, never by overwriting: `appendUpdate` adds a Yjs update and
// `loadDocument` returns the merge of everything added. Two processes storing the same document
// at once therefore both keep their changes (Yjs updates commute), and a slow writer can never
// put an older state over a newer one. Implementations compact appended updates as they like.
import type { CredentialKind } from '../../src/domain/sync-protocol.ts';

export interface SpaceRecord {
  id: string;
  createdAt: number;
  /** A deleted space keeps this tombstone (so its links say "space gone"); nothing else. */
  deletedAt?: number;
}

export interface CredentialRecord {
  id: string;
  spaceId: string;
  kind: CredentialKind;
  /** SHA-256 of the secret (32 bytes); the secret itself is never stored. */
  secretHash: Uint8Array;
  label?: string;
  createdAt: number;
  /** Join tokens: when they stop working. */
  expiresAt?: number;
  /** Join tokens: when they were exchanged for a device secret. */
  usedAt?: number;
  revokedAt?: number;
}

export interface Storage {
  /** Creates a space with its first device, atomically. */
  createSpace(space: SpaceRecord, firstDevice: CredentialRecord): Promise<void>;
  getSpace(id: string): Promise<SpaceRecord | undefined>;
  /** Leaves a tombstone; the space's credentials and documents are deleted. */
  deleteSpace(id: string, at: number): Promise<void>;

  /** Adds a credential to a live space; false when the space is gone. */
  addCredential(credential: CredentialRecord): Promise<boolean>;
  getCredential(id: string): Promise<CredentialRecord | undefined>;
  listCredentials(spaceId: string): Promise<CredentialRecord[]>;
  /** False when there was no such credential or it was revoked already. */
  revokeCredential(id: string, at: number): Promise<boolean>;
  /**
   * Atomically marks an unused, unrevoked, unexpired join token as used and adds the new
   * device; false (and nothing written) when the token cannot be used any more. Two devices
   * redeeming one token at once: exactly one succeeds.
   */
  redeemJoinToken(joinTokenId: string, at: number, device: CredentialRecord): Promise<boolean>;

  /** The merge of every update stored for the document, or undefined when there is none. */
  loadDocument(name: string): Promise<Uint8Array | undefined>;
  /**
   * Durably merges an update into the document (of a space named by the document name, see
   * src/domain/sync-protocol.ts) before resolving; false, storing nothing, when the space is
   * gone.
   */
  appendUpdate(name: string, update: Uint8Array): Promise<boolean>;

  close(): Promise<void>;
}

/** Appended updates per document before an implementation merges them into one. */
export const COMPACT_AFTER_UPDATES = 64;
