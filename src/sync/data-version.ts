// The version of the data in a space's document (DESIGN.md §9): the app's schema version, kept
// in the document's `meta` map by every device that writes. A device whose app is older than the
// data it finds there does not write into the document (its records could lack what newer ones
// carry, and its merge rules could repair away what it does not know): it waits, its changes
// kept in its outbox, until the user reloads to the newer version.
//
// Tied to the Dexie schema version: every schema change bumps it, which errs on the safe side.
import type * as Y from 'yjs';
import { CURRENT_SCHEMA_VERSION } from '../db/schema-versions';

export const DATA_VERSION = CURRENT_SCHEMA_VERSION;

const META = 'meta';
const FIELD = 'dataVersion';

export const metaMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap(META);

/** The data version the document holds (0 when no device wrote one yet). */
export function dataVersionOf(doc: Y.Doc): number {
  const value = metaMap(doc).get(FIELD);
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

/** Whether the document holds data of a newer app than this one. */
export function isDataNewer(doc: Y.Doc, version = DATA_VERSION): boolean {
  return dataVersionOf(doc) > version;
}

/** Records this app's data version in the document (inside the caller's transaction). */
export function markDataVersion(doc: Y.Doc, version = DATA_VERSION): void {
  if (dataVersionOf(doc) < version) metaMap(doc).set(FIELD, version);
}
