// The next occurrence of a repeating chore has an id derived from the occurrence completed, so
// two devices completing it make one (tests/sync/merge-scenarios.test.ts); here, one device.
import { describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { addTask, completeTask, reopenTask } from '../../src/db/task-repository';
import { nextOccurrenceId } from '../../src/domain/occurrence-id';

const T0 = Date.UTC(2026, 10, 30, 9);
const open = async () =>
  (await db.tasks.toArray()).filter((t) => t.status === 'open' && t.deletedAt === undefined);

describe('the next occurrence of a repeating chore', () => {
  it('gets the id derived from the completed occurrence and its due day', async () => {
    const chore = await addTask(
      {
        title: 'Water plants',
        kind: 'chore',
        dueDate: '2026-12-01',
        recurrence: { every: 'week', interval: 1 },
      },
      T0,
    );
    const next = await completeTask(chore.id, T0 + 1);
    expect(next?.id).toBe(nextOccurrenceId(chore.id, '2026-12-01'));
    expect(next?.dueDate).toBe('2026-12-08');
  });

  it('comes back, once, when the chore is completed again after a reopen', async () => {
    const chore = await addTask(
      {
        title: 'Water plants',
        kind: 'chore',
        dueDate: '2026-12-01',
        recurrence: { every: 'week', interval: 1 },
      },
      T0,
    );
    const next = await completeTask(chore.id, T0 + 1);
    await reopenTask(chore.id, T0 + 2);
    expect((await open()).map((t) => t.id)).toEqual([chore.id]);
    await completeTask(chore.id, T0 + 3);
    expect((await open()).map((t) => t.id)).toEqual([next!.id]);
    expect(await db.tasks.count()).toBe(2);
  });
});
