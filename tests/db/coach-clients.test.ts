// A coach's device (issue 17): the clients it follows, with the last projection seen, kept apart
// from the coach's own data (no backup, no outbox); a stopped share drops its copy at once; what
// arrives from the network is checked before it is kept.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBackup } from '../../src/db/backup-export';
import {
  FollowError,
  followClient,
  keepProjection,
  listClients,
  markStopped,
} from '../../src/db/coach-clients';
import { db } from '../../src/db/database';
import { projectShareNow } from '../../src/db/share-inputs';
import { readProjection, SHARE_TEXT_MAX_LENGTH } from '../../src/db/share-projection-schema';
import { setSyncOn } from '../../src/db/sync-records';
import { createGoal } from '../../src/db/goal-repository';
import { addTask } from '../../src/db/task-repository';
import { toDay } from '../../src/domain/day';
import { DEFAULT_SHARE_CHOICES } from '../../src/domain/share-projection';

const TOKEN = `${'S'.repeat(22)}.${'C'.repeat(16)}.${'x'.repeat(43)}`;

describe('followed clients', () => {
  it('keeps the last projection, outside backups and the sync outbox, and drops it on stop', async () => {
    await setSyncOn(db, true);
    await createGoal(
      {
        title: 'Run a 10k',
        why: 'Strength',
        measure: { type: 'steps' },
        steps: ['Run 3 km'],
        obstacles: [],
      },
      toDay(Date.now()),
    );
    await addTask({ title: 'Call the plumber', kind: 'chore' });
    const projection = await projectShareNow(DEFAULT_SHARE_CHOICES);
    expect(projection.goals.map((goal) => goal.title)).toEqual(['Run a 10k']);
    expect(projection.chores.open).toBe(1);

    const client = await followClient('  Alex  ', TOKEN, 1);
    expect(client).toMatchObject({ name: 'Alex', spaceId: 'S'.repeat(22), state: 'following' });
    await db.outbox.clear();
    await keepProjection(client.spaceId, TOKEN, projection, 2);
    expect((await listClients())[0]?.projection).toEqual(projection);
    expect(await db.outbox.count()).toBe(0);
    expect(JSON.stringify(await buildBackup())).not.toContain('Alex');

    // A projection from an older link of the same client is not kept.
    await keepProjection(client.spaceId, `${TOKEN.slice(0, -1)}y`, projection, 3);
    expect((await listClients())[0]?.receivedAt).toBe(2);

    await markStopped(client.spaceId, TOKEN);
    const [stopped] = await listClients();
    expect(stopped).toMatchObject({ name: 'Alex', state: 'stopped' });
    expect(stopped?.projection).toBeUndefined();
    // Nothing arriving late brings the copy back.
    await keepProjection(client.spaceId, TOKEN, projection, 4);
    expect((await listClients())[0]?.projection).toBeUndefined();
  });

  it('refuses an empty or long name and a damaged link', async () => {
    await expect(followClient('  ', TOKEN, 1)).rejects.toBeInstanceOf(FollowError);
    await expect(followClient('x'.repeat(61), TOKEN, 1)).rejects.toBeInstanceOf(FollowError);
    await expect(followClient('Alex', 'not-a-token', 1)).rejects.toBeInstanceOf(FollowError);
    expect(await db.coachClients.count()).toBe(0);
  });
});

describe('a projection from the network', () => {
  it('is read when it is one, and refused when damaged, hostile or too large', async () => {
    await createGoal(
      {
        title: 'Run a 10k',
        why: '',
        measure: { type: 'steps' },
        steps: ['Run 3 km'],
        obstacles: [],
      },
      toDay(Date.now()),
    );
    const projection = await projectShareNow(DEFAULT_SHARE_CHOICES);
    expect(readProjection(JSON.stringify(projection))).toEqual(projection);

    const fixture = JSON.parse(
      readFileSync(new URL('../fixtures/db/v5.json', import.meta.url), 'utf8'),
    ) as { tables: { coachClients: { projection?: unknown }[] } };
    const frozen = fixture.tables.coachClients[0]?.projection;
    expect(readProjection(JSON.stringify(frozen))).toEqual(frozen);

    expect(readProjection('{')).toBeUndefined();
    expect(readProjection(42)).toBeUndefined();
    expect(readProjection(JSON.stringify({ ...projection, goals: 'many' }))).toBeUndefined();
    expect(
      readProjection(
        JSON.stringify({ ...projection, review: { ...projection.review, map: [[{}]] } }),
      ),
    ).toBeUndefined();
    const huge = { ...projection, reflection: 'x'.repeat(SHARE_TEXT_MAX_LENGTH) };
    expect(readProjection(JSON.stringify(huge))).toBeUndefined();
  });
});
