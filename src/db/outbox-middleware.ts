// The local half of the sync bridge (DESIGN.md §9): every change to a row of the user's data
// is noted in the `outbox` table IN THE SAME TRANSACTION as the change, so no change can commit
// without its note, and no note survives a change that rolled back. The bridge (src/sync) moves
// noted rows into the Y.Doc and then removes the notes.
//
// How, as a Dexie DBCore middleware (the way Dexie Cloud tracks its mutations):
// - every read-write transaction that touches a synced table is widened to include `outbox`
//   (a plain `db.tasks.update()` opens a transaction on `tasks` alone) and `settings` (for the
//   switch's double-check, ./sync-switch.ts);
// - a note is just "this row of this table changed", keyed by table and id, with a stamp unique
//   to the writing transaction. Ten edits of a row before the bridge runs leave one note: the
//   bridge reads the row as it is then and writes the fields that differ from the Y.Doc, so
//   there is nothing to replay and nothing to coalesce by hand. The stamp lets the bridge remove
//   exactly the notes it handled, never one written again while it worked;
// - a range delete (`clear()`, `where().delete()`: backup Replace) is first resolved to its keys,
//   so each removed row gets its own note;
// - a transaction marked remote (markRemote, by the bridge's writes of what arrived from other
//   devices) notes nothing, so a remote change never echoes back;
// - nothing is noted while sync is off on this device;
// - schema upgrades run in Dexie's versionchange transaction, which this middleware never sees:
//   a version that rewrites records notes them itself (./migrations/record-migrations.ts).
import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import { USER_DATA_TABLES, type UserDataTable } from './user-data-tables';
import { SYNC_SETTING_KEY, type SyncSwitch } from './sync-switch';

export const OUTBOX_TABLE = 'outbox';

/** A note that a row of a synced table changed (was added, edited or removed). */
export interface OutboxRow {
  table: UserDataTable;
  id: string;
  /** Unique to the transaction that wrote the note. */
  stamp: string;
}

interface TransactionState {
  remote: boolean;
  stamp?: string;
  /** Whether this transaction notes changes; settled once per transaction. */
  recording?: Promise<boolean>;
}

const states = new WeakMap<DBCoreTransaction, TransactionState>();

/**
 * Marks a read-write transaction as a remote write: what it changes came from the Y.Doc and is
 * not noted. Pass Dexie's `Transaction.idbtrans` from inside the transaction.
 */
export function markRemote(trans: DBCoreTransaction): void {
  const state = states.get(trans);
  if (state) state.remote = true;
  else states.set(trans, { remote: true });
}

const SYNCED: ReadonlySet<string> = new Set(USER_DATA_TABLES);

export function outboxMiddleware(syncSwitch: SyncSwitch): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'GoalsFirstOutbox',
    create(core) {
      const names = new Set(core.schema.tables.map((table) => table.name));
      // Databases before schema v4 (the fixtures of the upgrade test) have no outbox.
      if (!names.has(OUTBOX_TABLE)) return core;
      const outbox = core.table(OUTBOX_TABLE);
      const settings = core.table('settings');

      /** Whether `trans` notes changes: the switch, or the stored row when the switch is off. */
      function recording(state: TransactionState, trans: DBCoreTransaction): Promise<boolean> {
        if (syncSwitch.on) return Promise.resolve(true);
        state.recording ??= settings
          .get({ trans, key: SYNC_SETTING_KEY })
          .then((row: { value?: unknown } | undefined) => {
            if (row?.value === true) syncSwitch.on = true; // heard before the broadcast came
            return row?.value === true;
          });
        return state.recording;
      }

      function note(
        tableName: string,
        trans: DBCoreTransaction,
        state: TransactionState,
        keys: readonly unknown[],
      ): Promise<unknown> {
        if (keys.length === 0) return Promise.resolve();
        state.stamp ??= crypto.randomUUID();
        const stamp = state.stamp;
        return outbox.mutate({
          type: 'put',
          trans,
          values: keys.map((id) => ({ table: tableName, id: String(id), stamp })),
        });
      }

      /** The keys a successful add, put or delete touched. */
      function touchedKeys(req: DBCoreMutateRequest, res: DBCoreMutateResponse): unknown[] {
        const keys: readonly unknown[] =
          req.type === 'delete' ? req.keys : req.type === 'deleteRange' ? [] : (res.results ?? []);
        return res.numFailures > 0 ? keys.filter((_, i) => !(i in res.failures)) : [...keys];
      }

      function tracked(table: DBCoreTable): DBCoreTable {
        const name = table.name;
        return {
          ...table,
          mutate(req) {
            const trans = req.trans;
            const state = states.get(trans);
            if (!state || state.remote) return table.mutate(req);
            if (req.type === 'deleteRange') {
              // Resolve the range to keys first, so each removed row is noted on its own.
              return recording(state, trans).then((on) => {
                if (!on) return table.mutate(req);
                return table
                  .query({
                    trans,
                    values: false,
                    query: { index: table.schema.primaryKey, range: req.range },
                  })
                  .then(({ result }) =>
                    table
                      .mutate({ type: 'delete', trans, keys: result })
                      .then((res) =>
                        note(
                          name,
                          trans,
                          state,
                          touchedKeys({ type: 'delete', trans, keys: result }, res),
                        ).then(() => res),
                      ),
                  );
              });
            }
            // The change itself goes down at once (Dexie's live-query cache sees it as usual);
            // the note follows in the same transaction.
            const changed = table.mutate(req);
            const on = recording(state, trans);
            return Promise.all([changed, on]).then(([res, record]) =>
              record ? note(name, trans, state, touchedKeys(req, res)).then(() => res) : res,
            );
          },
        };
      }

      return {
        ...core,
        transaction(stores, mode, options) {
          const synced = mode === 'readwrite' && stores.some((store) => SYNCED.has(store));
          if (!synced) return core.transaction(stores, mode, options);
          const wide = [...new Set([...stores, OUTBOX_TABLE, 'settings'])];
          const trans = core.transaction(wide, mode, options);
          states.set(trans, { remote: false });
          return trans;
        },
        table(name) {
          const table = core.table(name);
          return SYNCED.has(name) ? tracked(table) : table;
        },
      };
    },
  };
}
