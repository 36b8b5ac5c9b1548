// Checks every open connection's credential against storage and closes those revoked, or of a
// deleted space, since they signed in. Revocations reach other instances through the cluster
// bus at once; this covers what the bus may have missed while an instance's Redis link was
// down (server/cluster/cluster-bus.ts), so it runs whenever the link recovers.
import type { Hocuspocus } from '@hocuspocus/server';
import type { SyncRefusal } from '../../src/domain/sync-protocol.ts';
import type { Storage } from '../storage/storage.ts';
import { contextOf, type SyncContext } from './sync-context.ts';

export async function sweepRevoked(
  hocuspocus: Hocuspocus,
  storage: Storage,
  close: (matches: (context: SyncContext) => boolean, reason: SyncRefusal) => void,
): Promise<number> {
  const held = new Set<string>();
  for (const document of hocuspocus.documents.values()) {
    for (const connection of document.getConnections()) {
      const id = contextOf(connection).credentialId;
      if (id !== undefined) held.add(id);
    }
  }
  const revoked = new Set<string>();
  const gone = new Set<string>();
  for (const id of held) {
    const credential = await storage.getCredential(id);
    if (!credential) gone.add(id);
    else if (credential.revokedAt !== undefined) revoked.add(id);
  }
  if (revoked.size > 0) close((c) => revoked.has(c.credentialId ?? ''), 'revoked');
  if (gone.size > 0) close((c) => gone.has(c.credentialId ?? ''), 'space-gone');
  return revoked.size + gone.size;
}
