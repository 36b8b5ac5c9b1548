// Property: three devices that start from the same synced data, make random changes through the
// app's own repositories while offline, then exchange their Y updates in a random order, end
// with identical tables, every record valid (the backup importer accepts an export of them), and
// no write lost: a field only one device changed keeps that device's value, and a field several
// changed keeps one of their values, never a third.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { db as appDb, useDatabase } from '../../src/db/database';
import { buildBackup } from '../../src/db/backup-export';
import { parseBackup } from '../../src/db/backup-parse';
import { logProgress, deleteCheckIn, restoreCheckIn } from '../../src/db/check-in-repository';
import {
  createGoal,
  deleteGoal,
  moveGoal,
  pauseGoal,
  restoreGoal,
  resumeGoal,
  updateGoal,
} from '../../src/db/goal-repository';
import { moveStep } from '../../src/db/step-order';
import { makeChore, makeGoalStep, moveTask } from '../../src/db/task-moves';
import {
  addTask,
  completeTask,
  deleteTask,
  reopenTask,
  restoreTask,
  snoozeTask,
  updateTask,
} from '../../src/db/task-repository';
import { USER_DATA_TABLES } from '../../src/db/user-data-tables';
import { toDay } from '../../src/domain/day';
import { reflectionId } from '../../src/domain/reflection';
import type { Goal, Task } from '../../src/domain/types';
import { exchange, Replica } from '../fixtures/sync-replicas';

const T0 = Date.UTC(2026, 10, 30, 9);

type Op =
  | { kind: 'addChore'; title: string; repeat: boolean }
  | { kind: 'addStep'; title: string; goal: number }
  | { kind: 'editTitle'; task: number; title: string }
  | { kind: 'editNotes'; task: number; notes: string }
  | { kind: 'editDue'; task: number; day: number }
  | { kind: 'complete'; task: number }
  | { kind: 'reopen'; task: number }
  | { kind: 'delete'; task: number }
  | { kind: 'undoDelete'; task: number }
  | { kind: 'move'; task: number; before: number }
  | { kind: 'toStep'; task: number; goal: number }
  | { kind: 'toChore'; task: number }
  | { kind: 'snooze'; task: number }
  | { kind: 'stepUp'; task: number }
  | { kind: 'checkIn'; goal: number; amount: number }
  | { kind: 'deleteCheckIn'; checkIn: number; undo: boolean }
  | { kind: 'goalTitle'; goal: number; title: string }
  | { kind: 'goalWhy'; goal: number; why: string }
  | { kind: 'goalStatus'; goal: number; status: 'pause' | 'resume' | 'up' }
  | { kind: 'goalDelete'; goal: number; undo: boolean }
  | { kind: 'newGoal'; title: string }
  | { kind: 'reflect'; week: number; text: string };

const text = fc.string({ minLength: 1, maxLength: 12 }).map((s) => `w ${s}`);
const index = fc.nat(20);
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('addChore'), title: text, repeat: fc.boolean() }),
  fc.record({ kind: fc.constant('addStep'), title: text, goal: index }),
  fc.record({ kind: fc.constant('editTitle'), task: index, title: text }),
  fc.record({ kind: fc.constant('editNotes'), task: index, notes: text }),
  fc.record({ kind: fc.constant('editDue'), task: index, day: fc.integer({ min: -3, max: 9 }) }),
  fc.record({ kind: fc.constant('complete'), task: index }),
  fc.record({ kind: fc.constant('reopen'), task: index }),
  fc.record({ kind: fc.constant('delete'), task: index }),
  fc.record({ kind: fc.constant('undoDelete'), task: index }),
  fc.record({ kind: fc.constant('move'), task: index, before: index }),
  fc.record({ kind: fc.constant('toStep'), task: index, goal: index }),
  fc.record({ kind: fc.constant('toChore'), task: index }),
  fc.record({ kind: fc.constant('snooze'), task: index }),
  fc.record({ kind: fc.constant('stepUp'), task: index }),
  fc.record({ kind: fc.constant('checkIn'), goal: index, amount: fc.integer({ min: 1, max: 9 }) }),
  fc.record({ kind: fc.constant('deleteCheckIn'), checkIn: index, undo: fc.boolean() }),
  fc.record({ kind: fc.constant('goalTitle'), goal: index, title: text }),
  fc.record({ kind: fc.constant('goalWhy'), goal: index, why: text }),
  fc.record({
    kind: fc.constant('goalStatus'),
    goal: index,
    status: fc.constantFrom('pause' as const, 'resume' as const, 'up' as const),
  }),
  fc.record({ kind: fc.constant('goalDelete'), goal: index, undo: fc.boolean() }),
  fc.record({ kind: fc.constant('newGoal'), title: text }),
  fc.record({ kind: fc.constant('reflect'), week: fc.nat(2), text }),
);

const pick = <T>(items: readonly T[], i: number): T | undefined =>
  items.length === 0 ? undefined : items[i % items.length];

/** One repository call on the replica's data, as the UI would make it. */
async function run(step: Op, clock: number): Promise<void> {
  const now = T0 + clock * 60_000;
  const today = toDay(now);
  const tasks = (await appDb.tasks.toArray()).sort((a, b) => (a.id < b.id ? -1 : 1));
  const live = tasks.filter((task) => task.deletedAt === undefined);
  const goals = (await appDb.goals.toArray()).sort((a, b) => (a.id < b.id ? -1 : 1));
  const liveGoals = goals.filter((goal) => goal.deletedAt === undefined);
  const task = (i: number, accept: (t: Task) => boolean = () => true) =>
    pick(live.filter(accept), i);
  const goal = (i: number): Goal | undefined => pick(liveGoals, i);
  switch (step.kind) {
    case 'addChore':
      await addTask(
        {
          title: step.title,
          kind: 'chore',
          ...(step.repeat && { recurrence: { every: 'day', interval: 1 } }),
        },
        now,
      );
      return;
    case 'addStep':
      await addTask({ title: step.title, kind: 'goal', goalId: goal(step.goal)?.id }, now);
      return;
    case 'editTitle': {
      const target = task(step.task);
      if (target) await updateTask(target.id, { title: step.title }, now);
      return;
    }
    case 'editNotes': {
      const target = task(step.task);
      if (target) await updateTask(target.id, { notes: step.notes }, now);
      return;
    }
    case 'editDue': {
      const target = task(step.task);
      const due = toDay(now + step.day * 86_400_000);
      if (target) await updateTask(target.id, { dueDate: due }, now);
      return;
    }
    case 'complete': {
      const target = task(step.task, (t) => t.status === 'open');
      if (target) await completeTask(target.id, now);
      return;
    }
    case 'reopen': {
      const target = task(step.task, (t) => t.status === 'done');
      if (target) await reopenTask(target.id, now);
      return;
    }
    case 'delete': {
      const target = task(step.task);
      if (target) await deleteTask(target.id, now);
      return;
    }
    case 'undoDelete': {
      const target = pick(
        tasks.filter((t) => t.deletedAt !== undefined),
        step.task,
      );
      if (target) await restoreTask(target.id, now);
      return;
    }
    case 'move': {
      const chores = live.filter((t) => t.kind === 'chore' && t.status === 'open');
      const target = pick(chores, step.task);
      const before = pick(chores, step.before);
      if (target && before && target.id !== before.id) {
        await moveTask(target.id, { before: before.id }, now);
      }
      return;
    }
    case 'toStep': {
      const target = task(step.task, (t) => t.kind === 'chore' && t.status === 'open');
      if (target) await makeGoalStep(target.id, goal(step.goal)?.id, now);
      return;
    }
    case 'toChore': {
      const target = task(step.task, (t) => t.kind === 'goal' && t.status === 'open');
      if (target) await makeChore(target.id, {}, now);
      return;
    }
    case 'snooze': {
      const target = task(step.task, (t) => t.kind === 'goal' && t.status === 'open');
      if (!target) return;
      // The repository records the snooze's activity row in the same transaction.
      await snoozeTask(target.id, today, now);
      return;
    }
    case 'stepUp': {
      const target = task(step.task, (t) => t.goalId !== undefined);
      if (target) await moveStep(target.id, 'up', now);
      return;
    }
    case 'checkIn': {
      const target = goal(step.goal);
      if (target) await logProgress({ goalId: target.id, amount: step.amount }, today, now);
      return;
    }
    case 'deleteCheckIn': {
      const checkIn = pick(
        (await appDb.checkIns.toArray()).sort((a, b) => (a.id < b.id ? -1 : 1)),
        step.checkIn,
      );
      if (!checkIn) return;
      if (step.undo) await restoreCheckIn(checkIn.id, now);
      else await deleteCheckIn(checkIn.id, now);
      return;
    }
    case 'goalTitle': {
      const target = goal(step.goal);
      if (target) await updateGoal(target.id, { title: step.title }, today, now);
      return;
    }
    case 'goalWhy': {
      const target = goal(step.goal);
      if (target) await updateGoal(target.id, { why: step.why }, today, now);
      return;
    }
    case 'goalStatus': {
      const target = goal(step.goal);
      if (!target) return;
      if (step.status === 'pause') await pauseGoal(target.id, now);
      else if (step.status === 'resume') await resumeGoal(target.id, now);
      else await moveGoal(target.id, 'up', now);
      return;
    }
    case 'goalDelete': {
      if (step.undo) {
        const target = pick(
          goals.filter((g) => g.deletedAt !== undefined),
          step.goal,
        );
        if (target) await restoreGoal(target.id, now);
      } else {
        const target = goal(step.goal);
        if (target) await deleteGoal(target.id, now);
      }
      return;
    }
    case 'newGoal':
      await createGoal(
        {
          title: step.title,
          why: '',
          measure: { type: 'count', target: 10, unit: 'km' },
          steps: ['First'],
          obstacles: [],
        },
        today,
        now,
      );
      return;
    case 'reflect': {
      const weekStart = toDay(T0 - step.week * 7 * 86_400_000);
      await appDb.reflections.put({
        id: reflectionId(weekStart),
        weekStart,
        text: step.text,
        createdAt: now,
        updatedAt: now,
      });
      return;
    }
  }
}

/** Runs a step; a refusal the UI would show (nothing written) is fine here. */
async function attempt(step: Op, clock: number): Promise<void> {
  try {
    await run(step, clock);
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name !== 'ValidationError' && name !== 'NotFoundError') throw error;
  }
}

/** Field groups a device writes as one (src/domain/merge-rules.ts COUPLED_FIELDS). */
const GROUPS: Record<string, string[]> = {
  tasks: ['kind', 'goalId', 'recurrence'],
  coachingSessions: ['type', 'day', 'sessionCount', 'sessionsBefore'],
};
const groupsOf = (table: string, record: object): string[][] => {
  const coupled = GROUPS[table] ?? [];
  const fields = new Set([...Object.keys(record), ...coupled]);
  return [coupled, ...[...fields].filter((f) => !coupled.includes(f)).map((f) => [f])].filter(
    (group) => group.length > 0,
  );
};
const valueOf = (record: Record<string, unknown> | undefined, group: string[]) =>
  JSON.stringify(group.map((field) => record?.[field] ?? null));

type Tables = Record<string, Record<string, unknown>[]>;
const byId = (rows: Record<string, unknown>[]) =>
  new Map(rows.map((row) => [row.id as string, row]));

/**
 * A device's value of a field group as the merge rules show it in the final data: an open,
 * live step of a goal deleted (or missing) in the end shows unlinked.
 */
function shown(
  table: string,
  group: string[],
  value: Record<string, unknown> | undefined,
  final: Record<string, unknown>,
  goals: Map<string, Record<string, unknown>>,
): string {
  if (table !== 'tasks' || !group.includes('goalId') || value?.goalId === undefined) {
    return valueOf(value, group);
  }
  const goal = goals.get(value.goalId as string);
  const keeps =
    goal !== undefined &&
    (goal.deletedAt === undefined || final.status === 'done' || final.deletedAt !== undefined);
  return valueOf({ ...value, goalId: keeps ? value.goalId : undefined }, group);
}

/** No write lost: each field group of the final data is explained by the offline states. */
function expectNoLostWrite(start: Tables, offline: Tables[], final: Tables): void {
  const finalGoals = byId(final.goals!);
  for (const table of USER_DATA_TABLES) {
    const before = byId(start[table]!);
    const states = offline.map((tables) => byId(tables[table]!));
    for (const record of final[table]!) {
      const id = record.id as string;
      for (const group of groupsOf(table, record)) {
        if (group.includes('snoozes') || group.includes('updatedAt')) continue;
        const holders = states.filter((state) => state.has(id));
        const show = (value: Record<string, unknown> | undefined) =>
          shown(table, group, value, record, finalGoals);
        const candidates = new Set(holders.map((state) => show(state.get(id))));
        const changers = holders.filter(
          (state) =>
            !before.has(id) || valueOf(state.get(id), group) !== valueOf(before.get(id), group),
        );
        const final = valueOf(record, group);
        const where = `${table} ${id} ${group.join('+')}`;
        expect(candidates.has(final), `${where}: a value no device wrote`).toBe(true);
        const changed = new Set(changers.map((state) => show(state.get(id))));
        if (changed.size === 1)
          expect(final, `${where}: the one edit was lost`).toBe([...changed][0]);
      }
      // Snoozes counted on two devices at once are all kept (derived from activity).
      if (table === 'tasks') {
        const snoozes = offline.map((t) => Number(byId(t.tasks!).get(id)?.snoozes ?? 0));
        const base = Number(before.get(id)?.snoozes ?? 0);
        const added = snoozes.reduce((sum, n) => sum + Math.max(0, n - base), 0);
        expect(record.snoozes, `tasks ${id} snoozes`).toBe(base + added);
      }
    }
  }
}

async function expectValid(replica: Replica): Promise<void> {
  useDatabase(replica.db);
  try {
    const backup = await buildBackup();
    expect(() => parseBackup(JSON.stringify(backup))).not.toThrow();
  } finally {
    useDatabase(appDb);
  }
}

const replicas: Replica[] = [];
afterEach(async () => {
  for (const replica of replicas.splice(0)) await replica.destroy();
});

async function seed(a: Replica): Promise<void> {
  await a.act(async () => {
    const today = toDay(T0);
    const novel = await createGoal(
      {
        title: 'Write a novel',
        why: 'Joy',
        measure: { type: 'steps' },
        steps: ['Outline', 'Chapter 1'],
        obstacles: [],
      },
      today,
      T0,
    );
    await createGoal(
      {
        title: 'Run 10k',
        why: 'Health',
        measure: { type: 'count', target: 10, unit: 'km' },
        steps: ['Buy shoes'],
        obstacles: [],
      },
      today,
      T0,
    );
    await addTask(
      { title: 'Water plants', kind: 'chore', recurrence: { every: 'week', interval: 1 } },
      T0,
    );
    await addTask({ title: 'Call the plumber', kind: 'chore', dueDate: today }, T0);
    await addTask({ title: 'Loose step', kind: 'goal' }, T0);
    await logProgress({ goalId: novel.id, note: 'Started' }, today, T0);
  });
}

describe('three replicas, offline changes, updates exchanged in any order', () => {
  it('end identical, valid and complete', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), op), { maxLength: 14 }),
        fc.infiniteStream(fc.nat()),
        async (steps, order) => {
          const made = [new Replica(), new Replica(), new Replica()];
          replicas.push(...made);
          await seed(made[0]!);
          for (const replica of made) await replica.start();
          await exchange(made);
          const start = (await made[0]!.tables()) as Tables;

          let clock = 1;
          for (const [who, step] of steps) await made[who]!.act(() => attempt(step, clock++));
          for (const replica of made) await replica.settled();
          const offline = (await Promise.all(made.map((r) => r.tables()))) as Tables[];

          const picks = order[Symbol.iterator]();
          await exchange(made, () => picks.next().value as number);

          const final = (await made[0]!.tables()) as Tables;
          for (const replica of made.slice(1)) expect(await replica.tables()).toEqual(final);
          for (const replica of made) {
            expect(replica.bridge?.status()).toMatchObject({ state: 'running', refused: 0 });
            await expectValid(replica);
          }
          expectNoLostWrite(start, offline, final);
          for (const replica of replicas.splice(0)) await replica.destroy();
        },
      ),
      { numRuns: Number(process.env.SYNC_RUNS ?? 40) },
    );
  }, 240_000);
});
