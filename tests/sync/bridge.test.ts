// The bridge between two or three replicas: local changes reach the others, remote changes
// never echo back into the outbox, and a restart brings the document and Dexie into line.
import { afterEach, describe, expect, it } from 'vitest';
import { addTask, updateTask } from '../../src/db/task-repository';
import { exchange, Replica } from '../fixtures/sync-replicas';

const replicas: Replica[] = [];
const make = async (count: number) => {
  const made = Array.from({ length: count }, () => new Replica());
  replicas.push(...made);
  for (const replica of made) await replica.start();
  return made;
};

afterEach(async () => {
  for (const replica of replicas.splice(0)) await replica.destroy();
});

describe('the bridge', () => {
  it('carries a new task and an edit to the other replica, without echo', async () => {
    const [a, b] = await make(2);
    const task = await a!.act(() => addTask({ title: 'Buy milk', kind: 'chore' }));
    await exchange([a!, b!]);
    expect(await b!.db.tasks.get(task.id)).toEqual(await a!.db.tasks.get(task.id));
    expect(await b!.db.outbox.count()).toBe(0);
    await b!.act(() => updateTask(task.id, { notes: 'oat' }));
    await a!.act(() => updateTask(task.id, { title: 'Buy oat milk' }));
    await exchange([a!, b!]);
    const merged = await a!.db.tasks.get(task.id);
    expect(merged).toMatchObject({ title: 'Buy oat milk', notes: 'oat' });
    expect(await b!.db.tasks.get(task.id)).toEqual(merged);
  });

  it('pushes what a device held before sync was turned on', async () => {
    const a = new Replica();
    replicas.push(a);
    await a.act(() => addTask({ title: 'Old chore', kind: 'chore' }));
    await a.start();
    const [b] = await make(1);
    await exchange([a, b!]);
    expect((await b!.db.tasks.toArray()).map((task) => task.title)).toEqual(['Old chore']);
  });
});
