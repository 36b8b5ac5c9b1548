// Every malformed backup is refused with a message that names the problem, and the database
// (device-local settings included) is exactly as it was, in both import modes.
import { readFileSync, readdirSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { applyImport, type ImportMode } from '../../src/db/backup-apply';
import { BACKUP_MAX_BYTES, BACKUP_MAX_RECORDS } from '../../src/db/backup-format';
import { BackupError, readBackupFile } from '../../src/db/backup-parse';
import { everything, seedRepresentative } from '../fixtures/backup-data';

const dir = new URL('../fixtures/backups/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dir), 'utf8');

/** What each file must be refused for: a fragment of the message shown to the user. */
const EXPECTED: Record<string, RegExp> = {
  'not-json.json': /not valid JSON/,
  'empty.json': /file is empty/,
  'top-level-array.json': /not a Goals First backup: it has no “format”/,
  'other-app.json': /not a Goals First backup: it has no “format”/,
  'wrong-format.json': /format is “todo-backup”, not “goals-first-backup”/,
  'newer-version.json': /newer version of Goals First \(backup version 3/,
  'version-as-text.json': /“version” must be a whole number/,
  'missing-exported-at.json': /lacks the field “exportedAt”/,
  'unknown-top-level-key.json': /field “settings” that this app does not know/,
  'missing-table.json': /lacks the table “checkIns”/,
  'unknown-table.json': /table “notes” that this app does not know/,
  'table-not-a-list.json': /table “goals” must be a list of goals/,
  'unknown-task-field.json': /Task 3 .* field “priority” that this app does not know/,
  'missing-task-field.json': /Task 2 .* lacks the field “snoozes”/,
  'bad-due-date.json': /Task 1 .*“dueDate” must be a real date .*2026-02-30/,
  'date-as-iso-instant.json': /Check-in 1 .*“day” must be a real date/,
  'instant-as-text.json': /Goal 1 .*“createdAt” must be a moment in epoch milliseconds/,
  'negative-instant.json': /Task 4 .*“updatedAt” must not be before 1970/,
  'unknown-kind.json': /“kind” must be one of “chore”, “goal” \(it is “errand”\)/,
  'empty-title.json': /Task 3 .*“title” must be 1 to 500 characters/,
  'title-too-long.json': /Goal 2 .*“title” must be 1 to 200 characters/,
  'goal-why-too-long.json': /Goal 1 .*“why” must be at most 200 characters/,
  'check-in-amount-zero.json': /Check-in 1 .*“amount” must be a number above 0 \(it is “0”\)/,
  'check-in-note-too-long.json': /Check-in 1 .*“note” must be at most 500 characters/,
  'goal-step-repeats.json': /Task 4 .*is a goal step but repeats; only chores repeat/,
  'duplicate-task-id.json': /Task 5 .* same id as task 2/,
  'dangling-goal-id.json': /Task 4 .*belongs to goal .*not in the backup/,
  'dangling-check-in-goal.json':
    /Check-in 2 .*belongs to goal “no-such-goal”, which is not in the backup/,
  'chore-with-goal.json': /Task 1 .*is a chore but names a goal/,
  'count-goal-without-target.json': /Goal 1 .*in “measure”, lacks the field “target”/,
  'recurrence-interval-zero.json': /Task 2 .*“interval” must be a whole number from 1 to 999/,
  'bad-order-key.json': /Goal 3 .*“order” must be an order key/,
  'obstacle-extra-field.json': /Goal 1 .*“obstacles” › item 1, has a field “done”/,
  'null-record.json': /Check-in 3 must be a check-in record/,
  // Backup version 2: the Review's tables.
  'activity-unknown-type.json':
    /Activity record 3 .*“type” must be one of “added”, .* \(it is “finished”\)/,
  'activity-missing-task.json':
    /Activity record 2 .*is about task “7f7c2d1e-0000-4000-8000-000000000999”, which is not in the backup/,
  'activity-missing-goal.json': /Activity record 4 .*is about goal .*, which is not in the backup/,
  'reflection-impossible-day.json':
    /Reflection 1 .*“weekStart” must be a real date written yyyy-MM-dd \(it is “2026-02-30”\)/,
  'reflection-random-id.json':
    /Reflection 1 .*is for the week of 2026-10-26, whose reflection has the id “reflection-2026-10-26”/,
  'reflection-too-long.json': /Reflection 2 .*“text” must be at most 5,000 characters/,
  'programme-no-sessions.json':
    /Coaching record 1 .*“sessionCount” must be a whole number from 1 to 200/,
  'v2-missing-reflections.json': /lacks the table “reflections”/,
  'v1-with-activity.json': /table “activity” that this app does not know/,
};

const valid = ['valid.json', 'valid-v2.json'];
const malformed = readdirSync(dir).filter((name) => !valid.includes(name));

async function tryImport(file: Blob, mode: ImportMode) {
  const backup = await readBackupFile(file);
  await applyImport(backup, mode);
}

beforeEach(seedRepresentative);

describe('malformed backups', () => {
  it('has at least 15 malformed fixtures, each with its expected refusal', () => {
    expect(malformed.length).toBeGreaterThanOrEqual(15);
    expect(malformed.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(valid)('accepts %s, a well-formed fixture they are made from', async (name) => {
    await expect(tryImport(new Blob([read(name)]), 'merge')).resolves.toBeUndefined();
  });

  describe.each<ImportMode>(['merge', 'replace'])('in %s mode', (mode) => {
    it.each(malformed)('refuses %s and changes nothing', async (name) => {
      const before = await everything();
      const attempt = tryImport(new Blob([read(name)]), mode);
      await expect(attempt).rejects.toThrow(BackupError);
      await expect(attempt).rejects.toThrow(EXPECTED[name]!);
      expect(await everything()).toEqual(before);
    });
  });

  it('refuses a file over 60 MB before reading it', async () => {
    const before = await everything();
    const big = new Blob([' '.repeat(BACKUP_MAX_BYTES + 1)]);
    await expect(tryImport(big, 'replace')).rejects.toThrow(/60\.0 MB/);
    expect(await everything()).toEqual(before);
  });

  it('refuses more than 300,000 records', async () => {
    const before = await everything();
    const valid = JSON.parse(read('valid.json')) as { tables: { checkIns: unknown[] } };
    valid.tables.checkIns = Array.from({ length: BACKUP_MAX_RECORDS }, () => 0);
    await expect(tryImport(new Blob([JSON.stringify(valid)]), 'replace')).rejects.toThrow(
      /holds 300,009 records; the limit is 300,000/,
    );
    expect(await everything()).toEqual(before);
  });
});
