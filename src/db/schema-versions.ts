// Every schema version the app has shipped, oldest first. A shipped version is never edited:
// a change adds a version whose upgrade maps each record through a pure function kept in
// ./migrations (unit-tested there), and adds its fixture database (scripts/make-db-fixture.ts)
// so the upgrade test proves every record of every older version survives.
//
// Index notes: IndexedDB skips rows that lack an indexed field, so the indexes that queries rely
// on use fields every row has; `[goalId+order]` is only ever asked about goal steps.
//
// Version 2 (indexes only, no record changes) lets Today read a window of the chores instead of
// all of them (src/db/today-inputs.ts): the dated chores by day, and the soft-deleted ones for
// an exact count of the rest. Rows without a due day, scheduled day or deletedAt are simply not
// in those indexes, which keeps them small.
//
// Version 3 (new tables, no record changes) adds the user data of the Review (issue 13):
// - activity: append-only, read by day for a period (`day`), and by task (`taskId`) for figures
//   a counter on the task would lose under a sync merge (how often a step was snoozed);
// - reflections: one per week, read by id (derived from the week start) or a range of weeks;
// - coachingSessions: a handful of rows, read whole.
// The tables the user's data spans are listed once, in ./user-data-tables.ts.
//
// Version 4 (a new table, no record changes) adds `outbox`, the sync bridge's notes of changed
// rows (./outbox-middleware.ts): one row per changed record, keyed by [table+id], so repeated
// edits of a record before the bridge runs leave one note.
//
// Version 5 (a new table, no record changes) adds `coachClients` (issue 17): on a coach's device,
// the clients it follows, each with the coach link and the last projection seen. Device-local,
// like `settings`: not the coach's own data, so in no backup, no outbox and no space.
import type { Transaction } from 'dexie';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      tasks: 'id, order, [status+kind+order], [goalId+order], completedAt',
      goals: 'id, status, order',
      checkIns: 'id, [goalId+day], day',
      settings: 'key',
    },
  },
  {
    version: 2,
    stores: {
      tasks:
        'id, order, [status+kind+order], [goalId+order], completedAt, [status+kind+dueDate], [status+kind+scheduledFor], [status+kind+deletedAt]',
    },
  },
  {
    version: 3,
    stores: {
      activity: 'id, day, taskId',
      reflections: 'id, weekStart',
      coachingSessions: 'id',
    },
  },
  {
    version: 4,
    stores: {
      outbox: '[table+id]',
    },
  },
  {
    version: 5,
    stores: {
      coachClients: 'spaceId',
    },
  },
];

/** Every table's store definition as of `version` (a version lists only what it changes). */
export function storesAt(version: number): Record<string, string> {
  const stores = new Map<string, string | null>();
  for (const step of SCHEMA_VERSIONS.slice(0, version)) {
    for (const [table, definition] of Object.entries(step.stores)) stores.set(table, definition);
  }
  // A null definition drops the table from that version on.
  return Object.fromEntries(
    [...stores].filter((entry): entry is [string, string] => entry[1] !== null),
  );
}

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS.length;
