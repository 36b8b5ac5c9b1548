// Every schema version the app has shipped, oldest first. A shipped version is never edited:
// a change adds a version whose upgrade maps each record through a pure function kept in
// ./migrations (unit-tested there), and adds its fixture database (scripts/make-db-fixture.ts)
// so the upgrade test proves every record of every older version survives.
//
// Index notes: IndexedDB skips rows that lack an indexed field, so the indexes that queries rely
// on use fields every row has; `[goalId+order]` is only ever asked about goal steps.
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
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS.length;
