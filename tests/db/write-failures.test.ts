// A full disk (QuotaExceededError, alone or wrapped in an AbortError) or any other failed write
// leaves the database exactly as it was, and the user gets a sentence saying so.
import { afterEach, describe, expect, it } from 'vitest';
import { applyImport } from '../../src/db/backup-apply';
import { buildBackup } from '../../src/db/backup-export';
import { saveSettings } from '../../src/db/settings-repository';
import { addTask, deleteTask, updateTask } from '../../src/db/task-repository';
import { describeWriteError } from '../../src/db/write-error';
import { makeTask } from '../fixtures/builders';
import { everything, seedRepresentative } from '../fixtures/backup-data';
import { failWrites, quotaError, quotaInAbortError } from '../fixtures/fail-writes';

let heal: (() => Promise<void>) | undefined;
afterEach(async () => {
  await heal?.();
  heal = undefined;
});

const FULL = /no room left .* nothing was saved/i;

describe.each([
  ['QuotaExceededError', quotaError],
  ['QuotaExceededError inside an AbortError', quotaInAbortError],
])('a full disk (%s)', (_, makeError) => {
  it.each([
    ['adding a task', () => addTask({ title: 'New', kind: 'chore' })],
    ['editing a task', () => updateTask('7f7c2d1e-0000-4000-8000-000000000101', { title: 'X' })],
    ['deleting a task', () => deleteTask('7f7c2d1e-0000-4000-8000-000000000101')],
    ['saving settings', () => saveSettings({ choreCap: 9 })],
    [
      'importing a backup',
      async () => {
        const backup = await buildBackup();
        backup.tables.tasks.push(makeTask({ title: 'Imported' }));
        await applyImport(backup, 'replace');
      },
    ],
  ])('fails %s with a clear message and changes nothing', async (__, write) => {
    await seedRepresentative();
    const before = await everything();
    heal = await failWrites(makeError);
    const failure = await write().then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).not.toBeNull();
    expect(describeWriteError(failure)).toMatch(FULL);
    await heal();
    heal = undefined;
    expect(await everything()).toEqual(before);
  });
});

it('any other failed write gets a plain "nothing changed" message', async () => {
  heal = await failWrites(() => new DOMException('Disk I/O', 'UnknownError'));
  const failure = await addTask({ title: 'New', kind: 'chore' }).catch((error: unknown) => error);
  expect(describeWriteError(failure)).toBe(
    'That could not be saved, so nothing changed. Please try again.',
  );
});
