// Crash points of the bridge: the process dies after a change is in the outbox but before the
// Y.Doc store has it, or after a remote update is in the Y.Doc store but before Dexie has it.
// After a restart on the same stored data, the replicas converge and nothing is lost.
import { afterEach, describe, expect, it } from 'vitest';
import { addTask, updateTask } from '../../src/db/task-repository';
import { exchange, handshake, Replica } from '../fixtures/sync-replicas';

const replicas: Replica[] = [];
afterEach(async () => {
  for (const replica of replicas.splice(0)) await replica.destroy();
});

async function pair(): Promise<[Replica, Replica]> {
  const made: [Replica, Replica] = [new Replica(), new Replica()];
  replicas.push(...made);
  for (const replica of made) await replica.start();
  return made;
}

describe('a crash of the bridge', () => {
  it('between the outbox write and the Y.Doc store: the change is pushed after the restart', async () => {
    const [a, b] = await pair();
    const task = await a.act(() => addTask({ title: 'Buy milk', kind: 'chore' }));
    await exchange([a, b]);

    a.store.frozen = true; // the disk write of the document never happens
    await a.act(() => updateTask(task.id, { title: 'Buy oat milk' }));
    await a.settled(); // the drain ran into the dead store and failed
    expect(a.bridge?.status().state).toBe('failed');
    expect(await a.db.outbox.count()).toBe(1); // the note outlived the failed drain
    a.crash(); // the in-memory document, and what it had not sent, are gone

    await a.restart();
    await exchange([a, b]);
    expect((await b.db.tasks.get(task.id))?.title).toBe('Buy oat milk');
    expect(await a.tables()).toEqual(await b.tables());
    expect(await a.db.outbox.count()).toBe(0);
  });

  it('between a remote update and its Dexie write: the restart writes it', async () => {
    const [a, b] = await pair();
    const task = await a.act(() => addTask({ title: 'Buy milk', kind: 'chore' }));
    await exchange([a, b]);

    await b.act(() => updateTask(task.id, { notes: 'the oat one' }));
    await b.settled();
    for (const update of b.unsent.splice(0)) a.receive(update); // stored in a's document
    a.crash(); // before a's bridge could write it to Dexie
    expect(a.store.stored.length).toBeGreaterThan(0);

    await a.restart();
    await exchange([a, b]);
    expect((await a.db.tasks.get(task.id))?.notes).toBe('the oat one');
    expect(await a.tables()).toEqual(await b.tables());
  });

  it('with edits on both sides: after the restart both edits are kept', async () => {
    const [a, b] = await pair();
    const task = await a.act(() => addTask({ title: 'Buy milk', kind: 'chore' }));
    await exchange([a, b]);

    await b.act(() => updateTask(task.id, { notes: 'from b' }));
    await b.settled();
    a.store.frozen = true;
    await a.act(() => updateTask(task.id, { title: 'from a' }));
    for (const update of b.unsent.splice(0)) a.receive(update);
    a.crash(); // b's update died with a's memory: a's store was frozen

    await a.restart();
    await handshake([a, b]); // the provider's sync on reconnecting
    for (const replica of [a, b]) {
      expect(await replica.db.tasks.get(task.id)).toMatchObject({
        title: 'from a',
        notes: 'from b',
      });
    }
  });
});
