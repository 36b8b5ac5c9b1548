// The merge rules, one conflict at a time: two replicas change the same record while offline,
// then exchange their updates; the result follows the documented rule on both.
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createGoal, deleteGoal, restoreGoal } from '../../src/db/goal-repository';
import { makeGoalStep } from '../../src/db/task-moves';
import { addTask, completeTask, snoozeTask, updateTask } from '../../src/db/task-repository';
import { toDay } from '../../src/domain/day';
import { prioritize } from '../../src/domain/prioritize';
import { exchange, Replica } from '../fixtures/sync-replicas';

const T0 = Date.UTC(2026, 10, 30, 9);
const today = toDay(T0);

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

const goalInput = (title: string) => ({
  title,
  why: '',
  measure: { type: 'steps' } as const,
  steps: ['First'],
  obstacles: [],
});

describe('merge rules', () => {
  it('counts a snooze made on each of two devices at once twice (from the activity records)', async () => {
    const [a, b] = await pair();
    const goal = await a.act(() => createGoal(goalInput('Write'), today, T0));
    const step = await a.act(() =>
      addTask({ title: 'Outline', kind: 'goal', goalId: goal.id }, T0),
    );
    await exchange([a, b]);
    // snoozeTask records its 'snoozed' activity row in the same transaction (issue 13).
    for (const replica of [a, b]) await replica.act(() => snoozeTask(step.id, today, T0 + 1));
    await exchange([a, b]);
    expect((await a.db.tasks.get(step.id))?.snoozes).toBe(2);
    expect((await b.db.tasks.get(step.id))?.snoozes).toBe(2);
  });

  it('makes one next occurrence when two devices complete the same repeating chore', async () => {
    const [a, b] = await pair();
    const chore = await a.act(() =>
      addTask(
        { title: 'Water plants', kind: 'chore', recurrence: { every: 'week', interval: 1 } },
        T0,
      ),
    );
    await exchange([a, b]);
    await a.act(() => completeTask(chore.id, T0 + 1));
    await b.act(() => completeTask(chore.id, T0 + 2));
    await exchange([a, b]);
    for (const replica of [a, b]) {
      const open = (await replica.db.tasks.toArray()).filter(
        (task) => task.status === 'open' && task.deletedAt === undefined,
      );
      expect(open.map((task) => task.title)).toEqual(['Water plants']);
    }
  });

  it('keeps no goalId on a chore, whatever the two devices did to the step', async () => {
    const [a, b] = await pair();
    const [run, write] = await a.act(async () => [
      await createGoal(goalInput('Run'), today, T0),
      await createGoal(goalInput('Write'), today, T0),
    ]);
    const step = await a.act(() => addTask({ title: 'Shoes', kind: 'goal', goalId: run.id }, T0));
    await exchange([a, b]);
    await a.act(() => updateTask(step.id, { kind: 'chore' }, T0 + 1)); // a chore now
    await b.act(() => updateTask(step.id, { goalId: write.id }, T0 + 2)); // a step of Write
    await exchange([a, b]);
    const merged = (await a.db.tasks.get(step.id))!;
    expect(await b.db.tasks.get(step.id)).toEqual(merged);
    expect(merged.kind === 'chore' ? merged.goalId : merged.goalId !== undefined).toBeFalsy();
  });

  it('never lets a goal step pick up a goalId the chore it was had left in the document', async () => {
    const [a, b] = await pair();
    const goal = await a.act(() => createGoal(goalInput('Run'), today, T0));
    const chore = await a.act(() => addTask({ title: 'Shoes', kind: 'chore' }, T0));
    await exchange([a, b]);
    // A hostile or older peer leaves a goalId on the chore; the stored chore has none.
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(a.doc));
    (other.getMap('tasks').get(chore.id) as Y.Map<unknown>).set('goalId', goal.id);
    a.receive(Y.encodeStateAsUpdate(other));
    await a.settled();
    expect((await a.db.tasks.get(chore.id))?.goalId).toBeUndefined();
    // The user makes it a goal step with no goal: it must not become a step of Run.
    await a.act(() => makeGoalStep(chore.id, undefined, T0 + 1));
    await exchange([a, b]);
    for (const replica of [a, b]) {
      expect(await replica.db.tasks.get(chore.id)).toMatchObject({ kind: 'goal' });
      expect((await replica.db.tasks.get(chore.id))?.goalId).toBeUndefined();
    }
  });

  it('shows a step whose goal has not arrived unlinked, and links it once the goal arrives', async () => {
    const [a, b] = await pair();
    const c = new Replica();
    replicas.push(c);
    await c.start();
    const goal = await a.act(() => createGoal(goalInput('Run'), today, T0));
    // b learns of the goal, adds a step to it, and c hears from b before it hears from a.
    await exchange([a, b]);
    const step = await b.act(() => addTask({ title: 'Shoes', kind: 'goal', goalId: goal.id }, T0));
    await b.settled();
    for (const update of b.unsent.splice(0)) c.receive(update);
    await c.settled();
    const early = await c.db.tasks.get(step.id);
    expect(early).toMatchObject({ title: 'Shoes', kind: 'goal' }); // there, never dropped
    expect(early?.goalId).toBeUndefined(); // and shown unlinked
    c.receive(Y.encodeStateAsUpdate(a.doc));
    await c.settled();
    expect((await c.db.tasks.get(step.id))?.goalId).toBe(goal.id);
  });

  it('shows a step added to a goal deleted meanwhile unlinked, and links it when restored', async () => {
    const [a, b] = await pair();
    const goal = await a.act(() => createGoal(goalInput('Run'), today, T0));
    await exchange([a, b]);
    await a.act(() => deleteGoal(goal.id, T0 + 1));
    const step = await b.act(() =>
      addTask({ title: 'Shoes', kind: 'goal', goalId: goal.id }, T0 + 1),
    );
    await exchange([a, b]);
    for (const replica of [a, b]) {
      const stored = await replica.db.tasks.get(step.id);
      expect(stored).toMatchObject({ title: 'Shoes', kind: 'goal', status: 'open' });
      expect(stored?.deletedAt).toBeUndefined();
      expect(stored?.goalId).toBeUndefined(); // shown among the unlinked steps, not lost
      const plan = prioritize({
        tasks: await replica.db.tasks.toArray(),
        goals: await replica.db.goals.toArray(),
        checkIns: [],
        today,
      });
      expect(plan.goals.some((entry) => entry.type === 'task' && entry.task.id === step.id)).toBe(
        true,
      );
    }
    await a.act(() => restoreGoal(goal.id, T0 + 2));
    await exchange([a, b]);
    for (const replica of [a, b]) {
      expect((await replica.db.tasks.get(step.id))?.goalId).toBe(goal.id);
    }
  });

  it('breaks a tie between equal order keys from two devices by id, the same way on both', async () => {
    const [a, b] = await pair();
    await a.act(() => addTask({ title: 'Base', kind: 'chore' }, T0));
    await exchange([a, b]);
    await a.act(() => addTask({ title: 'From a', kind: 'chore' }, T0 + 1));
    await b.act(() => addTask({ title: 'From b', kind: 'chore' }, T0 + 1));
    await exchange([a, b]);
    const plans = await Promise.all(
      [a, b].map(async (replica) => {
        const tasks = await replica.db.tasks.toArray();
        const plan = prioritize({ tasks, goals: [], checkIns: [], today });
        return plan.chores.map((entry) => entry.task.title);
      }),
    );
    expect(plans[0]).toEqual(plans[1]);
    const keys = (await a.db.tasks.toArray()).filter((t) => t.title.startsWith('From'));
    expect(keys[0]!.order).toBe(keys[1]!.order); // the same key was minted on both devices
  });
});
