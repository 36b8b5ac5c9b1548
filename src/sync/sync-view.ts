// What the user is told about sync on this device, worked out from the parts that know: the
// bridge (local changes not yet in the document, a document of a newer app), the connection
// (reached the server, signed in, acknowledged) and the changes the server has not confirmed.
// Pure, so every combination is tested without a server.
import type { SyncRefusal } from '../domain/sync-protocol';
import type { ConnectionStatus } from './connection';
import type { DeviceSyncStatus } from './device-sync';

/** Why sync stopped (or, while offline, a passing refusal). */
export type SyncProblem =
  | SyncRefusal
  | 'data-newer' // the space holds data of a newer app: reload to update
  | 'failed' // this device's own sync machinery failed (storage)
  | 'not-linked'; // sync is on but this device holds no credential

export type SyncState = 'starting' | 'connecting' | 'syncing' | 'synced' | 'offline' | 'stopped';

export interface SyncView {
  state: SyncState;
  /** Local changes the server does not have yet: in the outbox, or sent and not confirmed. */
  waiting: number;
  problem?: SyncProblem;
  /** The failure's own words (state 'failed' only). */
  detail?: string;
}

export interface SyncParts {
  sync: DeviceSyncStatus;
  /** Undefined when this tab holds no connection (a follower, or a device without credential). */
  connection?: ConnectionStatus;
  /** Records sent but not confirmed (leader only). */
  unconfirmed: number;
  /** The refusal this device recorded earlier (it no longer connects). */
  refusedFor?: SyncRefusal;
  /** Whether this device holds a credential. */
  linked: boolean;
}

export function syncView({
  sync,
  connection,
  unconfirmed,
  refusedFor,
  linked,
}: SyncParts): SyncView {
  const waiting = sync.pending + unconfirmed;
  if (sync.state === 'failed') {
    return {
      state: 'stopped',
      waiting,
      problem: 'failed',
      ...(sync.error && { detail: sync.error }),
    };
  }
  if (sync.state === 'outdated') return { state: 'stopped', waiting, problem: 'data-newer' };
  if (refusedFor) return { state: 'stopped', waiting, problem: refusedFor };
  if (!linked) return { state: 'stopped', waiting, problem: 'not-linked' };
  if (sync.state === 'starting' || !connection) return { state: 'starting', waiting };
  const { phase, refusal } = connection;
  if (phase === 'refused') {
    return { state: 'stopped', waiting, ...(refusal && { problem: refusal }) };
  }
  if (phase === 'connecting') return { state: 'connecting', waiting };
  if (phase === 'offline')
    return { state: 'offline', waiting, ...(refusal && { problem: refusal }) };
  const done = connection.synced && connection.unacknowledged === 0 && waiting === 0;
  return { state: done ? 'synced' : 'syncing', waiting };
}

export function sameView(a: SyncView, b: SyncView): boolean {
  return (
    a.state === b.state &&
    a.waiting === b.waiting &&
    a.problem === b.problem &&
    a.detail === b.detail
  );
}
