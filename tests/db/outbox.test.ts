// The outbox middleware: every change to a synced table is noted in the same transaction, range
// deletes note each key, remote writes and a device with sync off note nothing.
import { describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { applyImport } from '../../src/db/backup-apply';
import { buildBackup } from '../../src/db/backup-export';
import { createGoal, deleteGoal } from '../../src/db/goal-repository';
import { readNoted, removeNotes, setSyncOn, writeRemote } from '../../src/db/sync-records';
import { SYNC_SETTING_KEY } from '../../src/db/sync-switch';
import { addTask, completeTask, updateTask } from '../../src/db/task-repository';
import { makeTask } from '../fixtures/builders';

// Each change also appends activity rows (issue 13), which are noted like any synced row; these
// tests look at the records they change and check the activity notes apart.
const allNotes = async () =>
  (await db.outbox.toArray()).map(({ table, id }) => `${table}/${id}`).sort();
const notes = async () => (await allNotes()).filter((note) => !note.startsWith('activity/'));

describe('the outbox', () => {
  it('notes nothing while sync is off', async () => {
    await addTask({ title: 'Buy milk', kind: 'chore' });
    expect(await db.outbox.count()).toBe(0);
  });

  it('notes a plain write in the same transaction, once per row however often it changes', async () => {
    await setSyncOn(db, true);
    const task = await addTask({ title: 'Buy milk', kind: 'chore' });
    await updateTask(task.id, { title: 'Buy oat milk' });
    await completeTask(task.id);
    expect(await notes()).toEqual([`tasks/${task.id}`]);
    const activity = (await db.activity.toArray()).map(({ id }) => `activity/${id}`).sort();
    expect(activity).toHaveLength(2); // added, completed
    expect((await allNotes()).filter((note) => note.startsWith('activity/'))).toEqual(activity);
  });

  it('notes every row of a multi-table transaction', async () => {
    await setSyncOn(db, true);
    const goal = await createGoal(
      {
        title: 'Run 10k',
        why: 'Health',
        measure: { type: 'steps' },
        steps: ['Buy shoes'],
        obstacles: [],
      },
      '2026-12-01',
    );
    const step = (await db.tasks.toArray())[0]!;
    await deleteGoal(goal.id);
    expect(await notes()).toEqual([`goals/${goal.id}`, `tasks/${step.id}`].sort());
  });

  it('notes nothing of a transaction that rolled back', async () => {
    await setSyncOn(db, true);
    await expect(
      db.transaction('rw', db.tasks, async () => {
        await db.tasks.add(makeTask());
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await db.outbox.count()).toBe(0);
    expect(await db.tasks.count()).toBe(0);
  });

  it('turns a range delete (backup Replace) into one note per removed row', async () => {
    const kept = makeTask();
    const removed = makeTask();
    await db.tasks.bulkAdd([kept, removed]);
    const backup = await buildBackup();
    backup.tables.tasks = [kept];
    await setSyncOn(db, true);
    await applyImport(backup, 'replace');
    expect(await notes()).toEqual([`tasks/${kept.id}`, `tasks/${removed.id}`].sort());
    await db.outbox.clear();
    await db.tasks.where('id').equals(kept.id).delete();
    expect(await notes()).toEqual([`tasks/${kept.id}`]);
  });

  it('never notes a remote write', async () => {
    await setSyncOn(db, true);
    const result = await writeRemote(db, [{ table: 'tasks', puts: [makeTask()], deletes: [] }]);
    expect(result).toEqual({ written: 1, refused: 0, deferred: 0 });
    expect(await db.tasks.count()).toBe(1);
    expect(await db.outbox.count()).toBe(0);
  });

  it('refuses a remote record the repositories would refuse, and writes the rest', async () => {
    const result = await writeRemote(db, [
      { table: 'tasks', puts: [makeTask({ title: 'x'.repeat(501) }), makeTask()], deletes: [] },
    ]);
    expect(result).toEqual({ written: 1, refused: 1, deferred: 0 });
  });

  it('records in a tab that has not yet heard that sync was turned on', async () => {
    await db.open();
    await db.settings.put({ key: SYNC_SETTING_KEY, value: true }); // another tab turned it on
    db.syncSwitch.on = false; // and its broadcast has not arrived here
    const task = await addTask({ title: 'Buy milk', kind: 'chore' });
    expect(await notes()).toEqual([`tasks/${task.id}`]);
    expect(db.syncSwitch.on).toBe(true);
  });

  it('removes handled notes but keeps one written again in the meantime', async () => {
    await setSyncOn(db, true);
    const a = await addTask({ title: 'A', kind: 'chore' });
    const b = await addTask({ title: 'B', kind: 'chore' });
    const read = (await readNoted(db)).filter((entry) => entry.note.table === 'tasks');
    expect(
      read.map((entry) => (entry.record as { title?: string } | undefined)?.title).sort(),
    ).toEqual(['A', 'B']);
    await updateTask(b.id, { title: 'B2' }); // noted again while the bridge worked
    await removeNotes(
      db,
      read.map((entry) => entry.note),
    );
    expect(await notes()).toEqual([`tasks/${b.id}`]);
    expect(a.id).not.toBe(b.id);
  });

  it('drops the notes when sync is turned off', async () => {
    await setSyncOn(db, true);
    await addTask({ title: 'A', kind: 'chore' });
    await setSyncOn(db, false);
    expect(await db.outbox.count()).toBe(0);
    await addTask({ title: 'B', kind: 'chore' });
    expect(await db.outbox.count()).toBe(0);
  });
});
