// "Offline — 4 changes waiting": the records this device changed that the server has not yet
// confirmed. The provider only counts messages in flight, which is zero while offline and
// forgets everything on a reload, so this counts records instead: every record the bridge
// writes into the document joins the set; the set empties when the server has acknowledged
// everything this device sent (connected, synced, nothing unacknowledged). The set is kept
// beside the document (its store's notes), so a reload while offline still says how many
// changes wait. What waits is in the stored document either way: the count is only what the
// user is told, never what decides what is sent.
import type { WrittenRecord } from './bridge';
import type { DocStore } from './doc-store';

const NOTE = 'waiting';
const SAVE_AFTER_MS = 300;

export interface WaitingChanges {
  count(): number;
  /** Calls `listener` when the count changes; returns the unsubscribe. */
  subscribe(listener: (count: number) => void): () => void;
  add(records: readonly WrittenRecord[]): void;
  /** The server holds everything this device sent. */
  confirm(): void;
  stop(): Promise<void>;
}

export async function trackWaiting(store: DocStore): Promise<WaitingChanges> {
  const stored = await store.readNote?.(NOTE);
  const keys = new Set<string>(
    Array.isArray(stored) ? stored.filter((key): key is string => typeof key === 'string') : [],
  );
  const listeners = new Set<(count: number) => void>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let saving: Promise<void> = Promise.resolve();

  // What the store holds, so a save that would write it again is skipped: while connected, an
  // edit is confirmed tens of milliseconds after it was made, before its addition was saved, so
  // the set is back to what is stored, and a write then would only compete with the next edit's
  // own writes to IndexedDB (issue 20: the connected quick add waited on it).
  let savedKeys = [...keys].join('\n');
  const save = () => {
    timer = undefined;
    const value = [...keys];
    const joined = value.join('\n');
    if (joined === savedKeys) return;
    savedKeys = joined;
    saving = saving.then(() => store.writeNote?.(NOTE, value)).catch(() => undefined); // a count not kept across a reload costs nothing but the count
  };
  /** Additions are saved a moment later (a burst of edits is one write), a confirmation now. */
  const changed = (now: boolean) => {
    for (const listener of listeners) listener(keys.size);
    clearTimeout(timer);
    if (now) save();
    else timer = setTimeout(save, SAVE_AFTER_MS);
  };
  // A tab closed or reloaded within that moment still leaves the count behind.
  const onPageHide = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    save();
  };
  if (typeof window !== 'undefined') window.addEventListener('pagehide', onPageHide);

  return {
    count: () => keys.size,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    add(records) {
      const before = keys.size;
      for (const { table, id } of records) keys.add(`${table}/${id}`);
      if (keys.size !== before) changed(false);
    },
    confirm() {
      if (keys.size === 0) return;
      keys.clear();
      changed(true);
    },
    async stop() {
      listeners.clear();
      if (typeof window !== 'undefined') window.removeEventListener('pagehide', onPageHide);
      if (timer !== undefined) {
        clearTimeout(timer);
        save();
      }
      await saving;
    },
  };
}
