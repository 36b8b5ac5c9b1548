// The bridge between Dexie and a Y.Doc (DESIGN.md §9). Dexie stays the only store the app
// reads; the Y.Doc carries the user's data to other devices.
// - Local changes: repository writes note each changed row in the outbox in the same
//   transaction (src/db/outbox-middleware.ts). The bridge reads the noted rows as they are now,
//   writes the fields that differ into the Y.Doc, waits until the document store has them, and
//   only then removes the notes (a crash in between repeats the drain; nothing is lost).
// - Remote changes: every update the bridge did not make itself (a transport, a provider) is
//   remote. The records it touched are read from the document through the merge rules
//   (src/domain/merge-rules.ts) and written to Dexie in ONE transaction marked remote, so they
//   never echo back. Records changed locally since the last drain wait for the next drain.
// - Start: load the stored document, drain the outbox, then bring Dexie into line with the
//   document: rows the document lacks are pushed (first start after sync is turned on, or rows
//   of a hard delete whose Dexie write never happened: pushing loses nothing), rows that differ
//   take the document's view (a remote change stored in the document but not yet in Dexie).
// All work runs one piece at a time in a queue, so a drain never interleaves with a remote write.
// - Data version (./data-version.ts): every write into the document records this app's version;
//   a document holding data of a newer app is left alone (state 'outdated'): local changes wait
//   in the outbox, remote ones in the document, until the app is reloaded to the newer version.
import * as Y from 'yjs';
import type { GoalsFirstDb } from '../db/database';
import {
  readAll,
  readNoted,
  readSome,
  removeNotes,
  watchNotes,
  writeRemote,
  type RemoteChange,
  type StoredRecord,
} from '../db/sync-records';
import type { UserDataTable } from '../db/user-data-tables';
import { DocContext } from './doc-context';
import { derive, entryIds, hasEntry, removeRecord, tableMap, writeRecord } from './doc-records';
import type { DocStore } from './doc-store';
import { DATA_VERSION, isDataNewer, markDataVersion, metaMap } from './data-version';
import { sameValue } from './same-value';

/** Tables in the order their records depend on each other: goals, then what points at them. */
const ORDER: readonly UserDataTable[] = [
  'goals',
  'tasks',
  'checkIns',
  'activity',
  'reflections',
  'coachingSessions',
];

export interface BridgeStatus {
  /** outdated: the document holds data of a newer app; nothing is written until a reload. */
  state: 'starting' | 'running' | 'outdated' | 'stopped' | 'failed';
  /** Local changes not yet in the Y.Doc (outbox notes, from every tab of this device). */
  pending: number;
  /** When local changes last reached the Y.Doc (its store has them). */
  lastDrainedAt?: number;
  /** When a remote change was last written to Dexie. */
  lastRemoteAt?: number;
  /** Remote records left out because the backup schema refused them (0 unless a rule is missing). */
  refused: number;
  error?: string;
}

export interface SyncBridge {
  status(): BridgeStatus;
  /** Calls `listener` on every status change; returns the unsubscribe. */
  subscribe(listener: (status: BridgeStatus) => void): () => void;
  /** Resolves when every change seen so far has been handled (tests, and stop). */
  settled(): Promise<void>;
  stop(): Promise<void>;
}

export interface BridgeOptions {
  db: GoalsFirstDb;
  doc: Y.Doc;
  store: DocStore;
  now?: () => number;
  /** This app's data version (tests play an older app). */
  dataVersion?: number;
  /** Called with the records this device wrote into the document (drained or pushed). */
  onWritten?: (records: readonly WrittenRecord[]) => void;
}

export interface WrittenRecord {
  table: UserDataTable;
  id: string;
}

type Batch = Map<UserDataTable, Set<string>>;

const addTo = (batch: Batch, table: UserDataTable, id: string) => {
  const set = batch.get(table);
  if (set) set.add(id);
  else batch.set(table, new Set([id]));
};

/** The bridge's own transactions on the document: everything else is remote. */
export const BRIDGE_ORIGIN = Symbol('goals-first-bridge');

export async function startBridge({
  db,
  doc,
  store,
  now = Date.now,
  dataVersion = DATA_VERSION,
  onWritten,
}: BridgeOptions): Promise<SyncBridge> {
  const context = new DocContext(doc);
  const listeners = new Set<(status: BridgeStatus) => void>();
  let status: BridgeStatus = { state: 'starting', pending: 0, refused: 0 };
  let queue: Promise<void> = Promise.resolve();
  let stopped = false;
  let drainQueued = false;
  let remoteQueued = false;
  let remote: Batch = new Map();
  /** Tasks whose snooze count moved with an activity record this device added. */
  let localSnoozes = new Set<string>();

  const update = (change: Partial<BridgeStatus>) => {
    status = { ...status, ...change };
    for (const listener of listeners) listener(status);
  };

  /** True (and says so) when the document holds data of a newer app: then nothing is written. */
  const outdated = () => {
    if (!isDataNewer(doc, dataVersion)) return false;
    if (status.state !== 'outdated') update({ state: 'outdated' });
    return true;
  };

  const enqueue = (work: () => Promise<void>) => {
    queue = queue.then(async () => {
      if (stopped || outdated()) return;
      try {
        await work();
      } catch (error) {
        update({ state: 'failed', error: error instanceof Error ? error.message : String(error) });
        stopped = true;
      }
    });
    return queue;
  };

  /** Writes the document's view of `batch` to Dexie, following what the changes imply. */
  async function settle(batch: Batch): Promise<void> {
    const changes: RemoteChange[] = [];
    for (const table of ORDER) {
      const ids = [...(batch.get(table) ?? [])];
      if (ids.length === 0) continue;
      const current = await readSome(db, table, ids);
      const change: RemoteChange = { table, puts: [], deletes: [] };
      const appeared: string[] = [];
      ids.forEach((id, i) => {
        const stored = current[i];
        const derived = derive(doc, table, id, context);
        if (derived !== undefined) {
          if (!sameValue(derived, stored)) change.puts.push(derived as unknown as StoredRecord);
          if (stored === undefined) appeared.push(id);
        } else if (stored !== undefined) {
          change.deletes.push(id); // removed from the document, or held back by rule
          appeared.push(id);
        }
      });
      // Records pointing at a goal follow its every change (deleted or restored decides whether
      // its open steps show linked); those pointing at a task follow it appearing or going.
      if (table === 'goals') addDependents(batch, table, new Set(ids));
      else if (table === 'tasks' && appeared.length > 0) {
        addDependents(batch, table, new Set(appeared));
      }
      if (change.puts.length > 0 || change.deletes.length > 0) changes.push(change);
    }
    if (changes.length === 0) return;
    const result = await writeRemote(db, changes);
    update({ lastRemoteAt: now(), refused: status.refused + result.refused });
  }

  /** Adds to `batch` the records that point at the given goals or tasks. */
  function addDependents(batch: Batch, table: 'goals' | 'tasks', ids: ReadonlySet<string>): void {
    const field = table === 'goals' ? 'goalId' : 'taskId';
    const dependents: UserDataTable[] =
      table === 'goals' ? ['tasks', 'checkIns', 'activity'] : ['activity'];
    for (const dependent of dependents) {
      tableMap(doc, dependent).forEach((entry, id) => {
        // Entries that are not maps (a hostile document) point at nothing.
        const target = entry instanceof Y.Map ? (entry.get(field) as unknown) : undefined;
        if (typeof target === 'string' && ids.has(target)) addTo(batch, dependent, id);
      });
    }
  }

  /** Moves noted local changes into the document; returns the records it wrote. */
  async function drain(): Promise<void> {
    for (;;) {
      const noted = await readNoted(db);
      if (noted.length === 0) return;
      noted.sort((a, b) => ORDER.indexOf(a.note.table) - ORDER.indexOf(b.note.table));
      doc.transact(() => {
        markDataVersion(doc, dataVersion);
        for (const { note, record } of noted) {
          if (record === undefined) removeRecord(doc, note.table, note.id);
          else writeRecord(doc, note.table, record, context);
        }
      }, BRIDGE_ORIGIN);
      onWritten?.(noted.map(({ note }) => ({ table: note.table, id: note.id })));
      await store.flush();
      await removeNotes(
        db,
        noted.map((entry) => entry.note),
      );
      update({ lastDrainedAt: now() });
      // What was written may read back differently (a snooze count from activity, a repair).
      const written: Batch = new Map();
      for (const { note } of noted) addTo(written, note.table, note.id);
      for (const taskId of localSnoozes) addTo(written, 'tasks', taskId);
      localSnoozes = new Set();
      await settle(written);
    }
  }

  /** Brings all of Dexie into line with the document (start). */
  async function reconcile(): Promise<void> {
    const all: Batch = new Map();
    const missing: { table: UserDataTable; record: StoredRecord }[] = [];
    for (const table of ORDER) {
      for (const record of await readAll(db, table)) {
        if (hasEntry(doc, table, record.id)) addTo(all, table, record.id);
        else missing.push({ table, record });
      }
      for (const id of entryIds(doc, table)) addTo(all, table, id);
    }
    if (missing.length > 0) {
      doc.transact(() => {
        markDataVersion(doc, dataVersion);
        for (const { table, record } of missing) writeRecord(doc, table, record, context);
      }, BRIDGE_ORIGIN);
      onWritten?.(missing.map(({ table, record }) => ({ table, id: record.id })));
      await store.flush();
    }
    await settle(all);
  }

  const scheduleDrain = () => {
    if (drainQueued) return;
    drainQueued = true;
    void enqueue(async () => {
      drainQueued = false;
      await drain();
    });
  };

  const scheduleRemote = () => {
    if (remoteQueued) return;
    remoteQueued = true;
    void enqueue(async () => {
      remoteQueued = false;
      const batch = remote;
      remote = new Map();
      await drain(); // local changes first, so the document holds them before it is read
      await settle(batch);
    });
  };

  // Start: the stored document, the outbox, then Dexie brought into line.
  await store.load(doc);
  await enqueue(async () => {
    await drain();
    await reconcile();
  });

  const observers = ORDER.map((table) => {
    const map = tableMap(doc, table);
    const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[], transaction: Y.Transaction) => {
      const ids = new Set<string>();
      for (const event of events) {
        if (event.target === map) for (const key of event.changes.keys.keys()) ids.add(key);
        else if (typeof event.path[0] === 'string') ids.add(event.path[0]);
      }
      if (table === 'activity') {
        const tasks = context.refreshActivity(ids);
        if (transaction.origin === BRIDGE_ORIGIN) for (const id of tasks) localSnoozes.add(id);
        else for (const id of tasks) addTo(remote, 'tasks', id);
      }
      if (transaction.origin === BRIDGE_ORIGIN) return;
      for (const id of ids) addTo(remote, table, id);
      scheduleRemote();
    };
    map.observeDeep(observer);
    return () => map.unobserveDeep(observer);
  });
  const meta = metaMap(doc);
  const onMeta = () => void outdated();
  meta.observe(onMeta);
  const unwatch = watchNotes(db, (pending) => {
    update({ pending });
    if (pending > 0) scheduleDrain();
  });

  async function settled(): Promise<void> {
    let seen: Promise<void> | undefined;
    while (seen !== queue) {
      seen = queue;
      await seen;
    }
  }

  if (status.state === 'starting' && !outdated()) update({ state: 'running' });

  return {
    status: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    settled,
    async stop() {
      unwatch();
      meta.unobserve(onMeta);
      for (const unobserve of observers) unobserve();
      await settled();
      stopped = true;
      await store.close();
      if (status.state !== 'failed') update({ state: 'stopped' });
    },
  };
}
