// The clients a coach's device follows (issue 17, DESIGN.md §9): each client's name as the coach
// typed it, the coach link's token, and the last projection the device saw, so the coach can
// prepare offline. Device-local (the `coachClients` table): outside the coach's own data, so no
// backup, no outbox and no space ever holds it. When the client stops sharing, the cached
// projection goes at once and the entry remembers only that sharing stopped.
import { liveQuery } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { LABEL_MAX_LENGTH, parseToken } from '../domain/sync-protocol';
import type { ShareProjection } from '../domain/share-projection';
import { db, type GoalsFirstDb } from './database';

export interface CoachClient {
  /** The client's space: one entry per client (a newer link for the same client replaces it). */
  spaceId: string;
  name: string;
  /** The coach token (secret; opens only the client's share document, read-only). */
  token: string;
  followedAt: number;
  state: 'following' | 'stopped';
  projection?: ShareProjection;
  receivedAt?: number;
}

export class FollowError extends Error {}

/** "Follow": keeps the client; a name is required, and the token must be a coach link's. */
export async function followClient(
  name: string,
  token: string,
  now: number,
  database: GoalsFirstDb = db,
): Promise<CoachClient> {
  const clean = name.trim();
  if (clean === '') throw new FollowError('Give the client a name.');
  if (clean.length > LABEL_MAX_LENGTH) {
    throw new FollowError(`Keep the name to ${LABEL_MAX_LENGTH} characters.`);
  }
  const parsed = parseToken(token);
  if (!parsed) throw new FollowError('This coach link is damaged. Ask the client for a new one.');
  const client: CoachClient = {
    spaceId: parsed.spaceId,
    name: clean,
    token,
    followedAt: now,
    state: 'following',
  };
  await database.coachClients.put(client);
  return client;
}

/**
 * Keeps the projections just received, in one transaction (thirty clients connecting at once
 * make one write, not thirty), each unless its entry is gone, stopped or re-linked since.
 */
export async function keepProjections(
  received: readonly { spaceId: string; token: string; projection: ShareProjection }[],
  now: number,
  database: GoalsFirstDb = db,
): Promise<void> {
  if (received.length === 0) return;
  await database.transaction('rw', database.coachClients, async () => {
    const clients = await database.coachClients.bulkGet(received.map((r) => r.spaceId));
    const kept = received.flatMap(({ token, projection }, i) => {
      const client = clients[i];
      if (client?.token !== token || client.state !== 'following') return [];
      return [{ ...client, projection, receivedAt: now }];
    });
    await database.coachClients.bulkPut(kept);
  });
}

export function keepProjection(
  spaceId: string,
  token: string,
  projection: ShareProjection,
  now: number,
  database: GoalsFirstDb = db,
): Promise<void> {
  return keepProjections([{ spaceId, token, projection }], now, database);
}

/** The client stopped sharing (the link was revoked or the space deleted): drop the copy. */
export async function markStopped(
  spaceId: string,
  token: string,
  database: GoalsFirstDb = db,
): Promise<void> {
  await database.transaction('rw', database.coachClients, async () => {
    const client = await database.coachClients.get(spaceId);
    if (client?.token !== token) return;
    const stopped: CoachClient = { ...client, state: 'stopped' };
    delete stopped.projection;
    delete stopped.receivedAt;
    await database.coachClients.put(stopped);
  });
}

export async function removeClient(spaceId: string, database: GoalsFirstDb = db): Promise<void> {
  await database.coachClients.delete(spaceId);
}

const byName = (a: CoachClient, b: CoachClient) =>
  a.name.localeCompare(b.name) || (a.spaceId < b.spaceId ? -1 : 1);

export function listClients(database: GoalsFirstDb = db): Promise<CoachClient[]> {
  return database.coachClients.toArray().then((clients) => clients.sort(byName));
}

/** Every followed client, by name; undefined while loading. */
export const useCoachClients = () => useLiveQuery(() => listClients(), []);

/** One client; null when this device does not follow it; undefined while loading. */
export const useCoachClient = (spaceId: string) =>
  useLiveQuery(() => db.coachClients.get(spaceId).then((c) => c ?? null), [spaceId]);

/** The clients to connect to (following, not stopped), now and after every change. */
export function watchFollowing(
  onChange: (clients: { spaceId: string; token: string }[]) => void,
  database: GoalsFirstDb = db,
): () => void {
  const subscription = liveQuery(() =>
    database.coachClients
      .filter((client) => client.state === 'following')
      .toArray()
      .then((clients) => clients.map(({ spaceId, token }) => ({ spaceId, token }))),
  ).subscribe({ next: onChange, error: () => undefined });
  return () => subscription.unsubscribe();
}
