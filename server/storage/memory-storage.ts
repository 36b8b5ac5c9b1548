// Storage in the process's memory: for tests, benchmarks and throwaway servers (STORAGE=memory).
// Nothing survives a restart. Records are copied in and out, as a database would, so a caller
// can never change what is stored by mutating an object it holds.
import { mergeUpdates } from 'yjs';
import { parseDocumentName } from '../../src/domain/sync-protocol.ts';
import {
  COMPACT_AFTER_UPDATES,
  type CredentialRecord,
  type SpaceRecord,
  type Storage,
} from './storage.ts';

export function createMemoryStorage(): Storage {
  const spaces = new Map<string, SpaceRecord>();
  const credentials = new Map<string, CredentialRecord>();
  const documents = new Map<string, Uint8Array[]>();

  const live = (spaceId: string) => {
    const space = spaces.get(spaceId);
    return space !== undefined && space.deletedAt === undefined;
  };
  const copy = (record: CredentialRecord): CredentialRecord => ({
    ...record,
    secretHash: record.secretHash.slice(),
  });

  return {
    createSpace(space, firstDevice) {
      if (spaces.has(space.id) || credentials.has(firstDevice.id)) {
        return Promise.reject(new Error('space or credential exists'));
      }
      spaces.set(space.id, { ...space });
      credentials.set(firstDevice.id, copy(firstDevice));
      return Promise.resolve();
    },
    getSpace(id) {
      const space = spaces.get(id);
      return Promise.resolve(space && { ...space });
    },
    deleteSpace(id, at) {
      const space = spaces.get(id);
      if (space && space.deletedAt === undefined) spaces.set(id, { ...space, deletedAt: at });
      for (const [key, credential] of credentials) {
        if (credential.spaceId === id) credentials.delete(key);
      }
      for (const name of documents.keys()) {
        if (parseDocumentName(name)?.spaceId === id) documents.delete(name);
      }
      return Promise.resolve();
    },
    addCredential(credential) {
      if (!live(credential.spaceId)) return Promise.resolve(false);
      if (credentials.has(credential.id)) return Promise.reject(new Error('credential exists'));
      credentials.set(credential.id, copy(credential));
      return Promise.resolve(true);
    },
    getCredential(id) {
      const credential = credentials.get(id);
      return Promise.resolve(credential && copy(credential));
    },
    listCredentials(spaceId) {
      return Promise.resolve(
        [...credentials.values()].filter((c) => c.spaceId === spaceId).map(copy),
      );
    },
    revokeCredential(id, at) {
      const credential = credentials.get(id);
      if (!credential || credential.revokedAt !== undefined) return Promise.resolve(false);
      credentials.set(id, { ...credential, revokedAt: at });
      return Promise.resolve(true);
    },
    redeemJoinToken(joinTokenId, at, device) {
      const token = credentials.get(joinTokenId);
      const usable =
        token?.kind === 'join' &&
        token.spaceId === device.spaceId &&
        token.usedAt === undefined &&
        token.revokedAt === undefined &&
        (token.expiresAt ?? 0) > at &&
        live(token.spaceId) &&
        !credentials.has(device.id);
      if (!usable) return Promise.resolve(false);
      credentials.set(joinTokenId, { ...token, usedAt: at });
      credentials.set(device.id, copy(device));
      return Promise.resolve(true);
    },
    loadDocument(name) {
      const updates = documents.get(name) ?? [];
      if (updates.length === 0) return Promise.resolve(undefined);
      return Promise.resolve(mergeUpdates(updates));
    },
    appendUpdate(name, update) {
      const spaceId = parseDocumentName(name)?.spaceId;
      if (spaceId === undefined) return Promise.reject(new Error(`not a document name: ${name}`));
      if (!live(spaceId)) return Promise.resolve(false);
      const updates = documents.get(name) ?? [];
      updates.push(update.slice());
      documents.set(
        name,
        updates.length > COMPACT_AFTER_UPDATES ? [mergeUpdates(updates)] : updates,
      );
      return Promise.resolve(true);
    },
    close() {
      return Promise.resolve();
    },
  };
}
