// The merge rules on their own (src/domain/merge-rules.ts): whatever a document holds, a
// repaired record is one the backup schema accepts, and each rule does what its line says.
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  activitySchema,
  checkInSchema,
  coachingRecordSchema,
  goalSchema,
  reflectionSchema,
  taskSchema,
} from '../../src/db/backup-schema';
import { repairRecord, type MergeContext, type MergeTable } from '../../src/domain/merge-rules';
import { makeGoal, makeTask } from '../fixtures/builders';

const SCHEMAS: Record<MergeTable, v.GenericSchema> = {
  tasks: taskSchema,
  goals: goalSchema,
  checkIns: checkInSchema,
  activity: activitySchema,
  reflections: reflectionSchema,
  coachingSessions: coachingRecordSchema,
};

const context = (
  goals: string[] = [],
  tasks: string[] = [],
  snoozes = 0,
  deletedGoals: string[] = [],
): MergeContext => ({
  goal: (id) => (goals.includes(id) ? 'live' : deletedGoals.includes(id) ? 'deleted' : 'missing'),
  hasTask: (id) => tasks.includes(id),
  snoozesRecorded: () => snoozes,
});

describe('repairRecord', () => {
  it('returns only records the backup schema accepts, whatever the fields hold', () => {
    const field = fc.constantFrom(
      'title',
      'kind',
      'goalId',
      'status',
      'order',
      'dueDate',
      'recurrence',
      'snoozes',
      'createdAt',
      'deletedAt',
      'why',
      'measure',
      'obstacles',
      'day',
      'amount',
      'at',
      'type',
      'taskId',
      'plans',
      'weekStart',
      'text',
      'sessionCount',
      'notes',
      'note',
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...(Object.keys(SCHEMAS) as MergeTable[])),
        fc.constantFrom('t1', 'g1', 'programme', 'session-2026-12-01', 'reflection-2026-11-30'),
        fc.dictionary(
          field,
          fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.string({ maxLength: 600 })),
        ),
        (table, id, raw) => {
          const repaired = repairRecord(table, id, raw, context(['g1'], ['t1'], 2));
          if (repaired !== undefined) expect(v.is(SCHEMAS[table], repaired)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('keeps a valid record exactly as it is', () => {
    const goal = makeGoal();
    const task = makeTask({ kind: 'goal', goalId: goal.id, notes: 'n', dueDate: '2026-12-01' });
    expect(repairRecord('goals', goal.id, goal, context())).toEqual(goal);
    expect(repairRecord('tasks', task.id, task, context([goal.id]))).toEqual(task);
  });

  it('cuts a 10,000-character title to the limit and drops unknown fields', () => {
    const task = { ...makeTask(), title: 'x'.repeat(10_000), colour: 'red' };
    const repaired = repairRecord('tasks', task.id, task, context());
    expect(repaired?.title).toHaveLength(500);
    expect(repaired).not.toHaveProperty('colour');
  });

  it('takes the id from the key, not from a field', () => {
    expect(repairRecord('tasks', 'key-id', makeTask({ id: 'other' }), context())?.id).toBe(
      'key-id',
    );
  });

  it('lets a chore keep no goalId and no goal step a repeat', () => {
    const chore = makeTask({ kind: 'chore', goalId: 'g1' });
    expect(repairRecord('tasks', chore.id, chore, context(['g1']))).not.toHaveProperty('goalId');
    const step = makeTask({ kind: 'goal', recurrence: { every: 'day', interval: 1 } });
    expect(repairRecord('tasks', step.id, step, context())).not.toHaveProperty('recurrence');
  });

  it('shows an open step of a missing or deleted goal unlinked', () => {
    const step = makeTask({ kind: 'goal', goalId: 'gone' });
    expect(repairRecord('tasks', step.id, step, context())).not.toHaveProperty('goalId');
    expect(repairRecord('tasks', step.id, step, context([], [], 0, ['gone']))).not.toHaveProperty(
      'goalId',
    );
    expect(repairRecord('tasks', step.id, step, context(['gone']))?.goalId).toBe('gone');
  });

  it('keeps the goal of a deleted or done step of a deleted goal (restore, history)', () => {
    const deleted = makeTask({ kind: 'goal', goalId: 'g', deletedAt: 1 });
    const done = makeTask({ kind: 'goal', goalId: 'g', status: 'done', completedAt: 1 });
    for (const step of [deleted, done]) {
      expect(repairRecord('tasks', step.id, step, context([], [], 0, ['g']))?.goalId).toBe('g');
    }
  });

  it('counts snoozes at least as often as the activity records them', () => {
    const step = makeTask({ kind: 'goal', snoozes: 1 });
    expect(repairRecord('tasks', step.id, step, context([], [], 3))?.snoozes).toBe(3);
    expect(
      repairRecord('tasks', step.id, { ...step, snoozes: 5 }, context([], [], 3))?.snoozes,
    ).toBe(5);
  });

  it('holds back what cannot stand on its own', () => {
    expect(repairRecord('tasks', 't', { title: 42 }, context())).toBeUndefined();
    expect(
      repairRecord('checkIns', 'c', { goalId: 'missing', day: '2026-12-01' }, context()),
    ).toBeUndefined();
    expect(
      repairRecord('reflections', 'random', { weekStart: '2026-11-30', text: '' }, context()),
    ).toBeUndefined();
    expect(repairRecord('tasks', 'x'.repeat(101), makeTask(), context())).toBeUndefined();
  });

  it('keeps a deleted record deleted even when its stamp is unusable', () => {
    const task = { ...makeTask(), deletedAt: 'yesterday' };
    expect(repairRecord('tasks', task.id, task, context())?.deletedAt).toBe(0);
  });
});
