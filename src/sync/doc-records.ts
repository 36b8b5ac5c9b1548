// The shape of the user's data in the Y.Doc (DESIGN.md §9): one Y.Map per synced table (the
// tables the backup holds), id → Y.Map of fields, each field a plain JSON value. Two devices that
// edit different fields of a record both keep their edit; nested values (a repeat rule, a goal's
// measure or plans) are one field each and merge as a whole.
//
// Reading goes through the merge rules (src/domain/merge-rules.ts): what the document holds is
// raw, what Dexie stores is repaired. Writing compares a stored record with the REPAIRED view of
// its entry, so a repair (a step shown unlinked while its goal has not arrived) is never written
// back as if the user had made it.
import * as Y from 'yjs';
import {
  COUPLED_FIELDS,
  repairRecord,
  type MergeContext,
  type RepairedRecord,
} from '../domain/merge-rules';
import { USER_DATA_TABLES, type UserDataTable } from '../db/user-data-tables';
import { sameValue } from './same-value';

export type RawRecord = Readonly<Record<string, unknown>>;
type FieldMap = Y.Map<unknown>;

export const SYNCED_TABLES: readonly UserDataTable[] = USER_DATA_TABLES;

export const tableMap = (doc: Y.Doc, table: UserDataTable): Y.Map<unknown> => doc.getMap(table);

/** The entry's fields as plain JSON; undefined when there is no entry or it is not a map. */
export function readRaw(doc: Y.Doc, table: UserDataTable, id: string): RawRecord | undefined {
  const entry = tableMap(doc, table).get(id);
  return entry instanceof Y.Map ? entry.toJSON() : undefined;
}

export function hasEntry(doc: Y.Doc, table: UserDataTable, id: string): boolean {
  return tableMap(doc, table).has(id);
}

/** The record Dexie should hold for the entry, or undefined (no entry, or held back). */
export function derive(
  doc: Y.Doc,
  table: UserDataTable,
  id: string,
  context: MergeContext,
): RepairedRecord | undefined {
  const raw = readRaw(doc, table, id);
  return raw === undefined ? undefined : repairRecord(table, id, raw, context);
}

/**
 * Writes a stored record into the document: only the fields that differ from the repaired view
 * of its entry (a field the record lacks is a key deleted), with coupled fields written together.
 * A missing entry, or one that is not a map, is replaced by a new map of every field.
 */
export function writeRecord(
  doc: Y.Doc,
  table: UserDataTable,
  stored: { readonly id: string },
  context: MergeContext,
): void {
  const record = stored as Readonly<Record<string, unknown>> & { id: string };
  const map = tableMap(doc, table);
  const entry = map.get(record.id);
  if (!(entry instanceof Y.Map)) {
    const fresh: FieldMap = new Y.Map();
    for (const [field, value] of Object.entries(record)) {
      if (value !== undefined) fresh.set(field, value);
    }
    map.set(record.id, fresh);
    return;
  }
  const fields = entry as FieldMap;
  const raw = fields.toJSON() as RawRecord;
  const view: Readonly<Record<string, unknown>> =
    repairRecord(table, record.id, raw, context) ?? {};
  const changed = new Set(
    [...new Set([...Object.keys(record), ...Object.keys(view)])].filter(
      (field) => !sameValue(record[field], view[field]),
    ),
  );
  const coupled = COUPLED_FIELDS[table] ?? [];
  if (coupled.some((field) => changed.has(field))) for (const field of coupled) changed.add(field);
  // A held-back entry (no usable view) takes every field of the record.
  if (Object.keys(view).length === 0) for (const field of Object.keys(raw)) changed.add(field);
  for (const field of changed) {
    const value = record[field];
    if (value === undefined) {
      if (fields.has(field)) fields.delete(field);
    } else if (!sameValue(raw[field], value)) {
      fields.set(field, value);
    }
  }
}

/** Removes the entry (a record hard-deleted on this device: backup Replace). */
export function removeRecord(doc: Y.Doc, table: UserDataTable, id: string): void {
  const map = tableMap(doc, table);
  if (map.has(id)) map.delete(id);
}

export function entryIds(doc: Y.Doc, table: UserDataTable): string[] {
  return [...tableMap(doc, table).keys()];
}
