// Where this device keeps its copy of the Y.Doc between sessions. The bridge removes an outbox
// note only once the store has the change (flush), so a crash in between repeats the drain
// instead of losing the change. See ./indexeddb-doc-store.ts for the one the app uses.
import type * as Y from 'yjs';

export interface DocStore {
  /** Applies what was stored to `doc` (as the store's own origin), then stores every update. */
  load(doc: Y.Doc): Promise<void>;
  /** Resolves once every update made so far is stored. */
  flush(): Promise<void>;
  /** Stops storing; what was stored stays. */
  close(): Promise<void>;
  /** Removes what was stored (this device stops syncing). */
  clear(): Promise<void>;
  /** A small value kept beside the document (what the server has not confirmed yet). */
  readNote?(key: string): Promise<unknown>;
  writeNote?(key: string, value: unknown): Promise<void>;
}
