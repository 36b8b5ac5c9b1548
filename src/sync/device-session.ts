// Sync in this tab, as the app runs it (DESIGN.md §9): the device's sync (./device-sync.ts) with
// the leader's document connected to the server that served the app, as the device whose
// credential this browser keeps (src/db/sync-device.ts). What the user is told (./sync-view.ts)
// is worked out by the leading tab and passed to the others over a BroadcastChannel, so every
// tab's Settings says the same thing. A refusal for good (revoked, space gone) is recorded with
// the credential, so a reload does not knock on the server again; joining again clears it.
import type { GoalsFirstDb } from '../db/database';
import { readSyncDevice, recordRefusal, type SyncDevice } from '../db/sync-device';
import { spaceDocumentName } from '../domain/sync-protocol';
import type { WrittenRecord } from './bridge';
import { openConnection, type Connection, type ConnectionStatus } from './connection';
import {
  startDeviceSync,
  type DeviceSync,
  type DeviceSyncStatus,
  type LeaderLink,
} from './device-sync';
import { sameView, syncView, type SyncView } from './sync-view';
import { trackWaiting, type WaitingChanges } from './waiting-changes';
import type * as Y from 'yjs';

type Message = { type: 'view'; view: SyncView } | { type: 'ask' };

const STARTING: SyncView = { state: 'starting', waiting: 0 };

let view: SyncView = STARTING;
const listeners = new Set<(view: SyncView) => void>();

function publish(next: SyncView): void {
  if (sameView(view, next)) return;
  view = next;
  for (const listener of listeners) listener(view);
}

/** What this tab knows now (the leader's view, in every tab). */
export function currentSyncView(): SyncView {
  return view;
}

/** Calls `listener` on every change of the view; returns the unsubscribe. */
export function subscribeSyncView(listener: (view: SyncView) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

interface LeaderParts {
  connection: Connection;
  connectionStatus: ConnectionStatus;
  waiting?: WaitingChanges;
}

export interface DeviceSession {
  /** Tries to reach the server now (the user asked, or a passing refusal cleared). */
  reconnect(): void;
  stop(): Promise<void>;
}

export interface SessionOptions {
  /** Called with the leader's document (benchmarks play a remote device on it). */
  onLeaderDoc?: (doc: Y.Doc) => void;
}

/** Starts sync in this tab for the device's current credential. */
export async function startDeviceSession(
  db: GoalsFirstDb,
  { onLeaderDoc }: SessionOptions = {},
): Promise<DeviceSession> {
  const device = await readSyncDevice(db);
  const channel =
    typeof BroadcastChannel === 'undefined'
      ? undefined
      : new BroadcastChannel(`goals-first-sync-view:${db.name}`);
  let status: DeviceSyncStatus | undefined;
  let leader: LeaderParts | undefined;
  let stopped = false;

  const refresh = () => {
    if (stopped || !status) return;
    if (status.role === 'follower') return; // the leader tells
    const next = syncView({
      sync: status,
      ...(leader && { connection: leader.connectionStatus }),
      unconfirmed: leader?.waiting?.count() ?? 0,
      ...(device?.refusedFor && { refusedFor: device.refusedFor }),
      linked: device !== undefined,
    });
    publish(next);
    channel?.postMessage({ type: 'view', view: next } satisfies Message);
  };

  if (channel) {
    channel.onmessage = (event: MessageEvent<Message>) => {
      if (stopped) return;
      const message = event.data;
      if (message.type === 'ask' && status?.role === 'leader') refresh();
      else if (message.type === 'view' && status?.role !== 'leader') publish(message.view);
    };
  }

  const connect = (doc: Y.Doc, link: LeaderLink) => {
    onLeaderDoc?.(doc);
    if (!device || device.refusedFor) return () => undefined;
    return connectLeader(db, device, doc, link, (parts) => {
      leader = parts;
      refresh();
    });
  };

  const sync: DeviceSync = startDeviceSync({ db, connect });
  sync.subscribe((next) => {
    const wasLeader = status?.role === 'leader';
    status = next;
    if (next.role === 'leader') refresh();
    else if (!wasLeader) channel?.postMessage({ type: 'ask' } satisfies Message);
  });
  status = sync.status();
  channel?.postMessage({ type: 'ask' } satisfies Message);

  return {
    reconnect: () => leader?.connection.reconnect(),
    async stop() {
      stopped = true;
      channel?.close();
      await sync.stop();
      leader = undefined;
      publish(STARTING);
    },
  };
}

/** The leader's connection to the server, and the changes the server has not confirmed. */
function connectLeader(
  db: GoalsFirstDb,
  device: SyncDevice,
  doc: Y.Doc,
  link: LeaderLink,
  changed: (parts: LeaderParts | undefined) => void,
): () => void {
  const connection = openConnection({
    doc,
    name: spaceDocumentName(device.spaceId),
    token: device.deviceToken,
  });
  const parts: LeaderParts = { connection, connectionStatus: connection.status() };
  let closed = false;
  const early: WrittenRecord[] = [];
  const offWritten = link.onWritten((records) => {
    if (parts.waiting) parts.waiting.add(records);
    else early.push(...records);
  });
  const confirmIfDone = () => {
    const { phase, synced, unacknowledged } = parts.connectionStatus;
    if (phase === 'online' && synced && unacknowledged === 0) parts.waiting?.confirm();
  };
  void trackWaiting(link.store).then((waiting) => {
    if (closed) {
      void waiting.stop();
      return;
    }
    parts.waiting = waiting;
    waiting.add(early);
    waiting.subscribe(() => changed(parts));
    confirmIfDone();
    changed(parts);
  });
  connection.subscribe((next) => {
    parts.connectionStatus = next;
    confirmIfDone();
    if (next.phase === 'refused' && next.refusal) {
      void recordRefusal(db, device.deviceId, next.refusal);
    }
    changed(parts);
  });
  changed(parts);
  return () => {
    closed = true;
    offWritten();
    connection.close();
    void parts.waiting?.stop();
    changed(undefined);
  };
}
