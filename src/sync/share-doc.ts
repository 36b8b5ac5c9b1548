// The share document (`share:<id>`, DESIGN.md §9) holds one thing: the client's projection for a
// coach (src/domain/share-projection.ts), as JSON text under one key of one map. Replaced whole
// when it changes: Yjs then keeps only a small tombstone of the old value, so the document stays
// about the size of one projection however long the client shares. Empty: nothing shared.
import type * as Y from 'yjs';

const MAP = 'share';
const KEY = 'projection';

const shareMap = (doc: Y.Doc) => doc.getMap<unknown>(MAP);

/** The projection text in the document; undefined when nothing is shared. */
export function readShareText(doc: Y.Doc): unknown {
  return shareMap(doc).get(KEY);
}

/** Writes the projection text; false when the document already holds exactly that. */
export function writeShareText(doc: Y.Doc, text: string): boolean {
  if (readShareText(doc) === text) return false;
  shareMap(doc).set(KEY, text);
  return true;
}

/** Empties the document ("Stop sharing"). */
export function clearShare(doc: Y.Doc): void {
  doc.transact(() => shareMap(doc).clear());
}
