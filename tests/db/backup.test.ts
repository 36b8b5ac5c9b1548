import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  applyImport,
  keepImport,
  previewImport,
  readUndoInfo,
  undoImport,
} from '../../src/db/backup-apply';
import { buildBackup, exportBackup } from '../../src/db/backup-export';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '../../src/db/backup-format';
import { parseBackup } from '../../src/db/backup-parse';
import {
  activitySchema,
  backupSchema,
  checkInSchema,
  coachingRecordSchema,
  goalSchema,
  reflectionSchema,
  taskSchema,
} from '../../src/db/backup-schema';
import { db } from '../../src/db/database';
import { USER_DATA_TABLES } from '../../src/db/user-data-tables';
import { readDeviceMoment } from '../../src/db/settings-repository';
import { CHECK_IN_NOTE_MAX_LENGTH, cleanCheckIn } from '../../src/domain/check-in-input';
import {
  cleanGoalTitle,
  cleanMeasure,
  cleanObstacles,
  cleanWhy,
  GOAL_TEXT_MAX_LENGTH,
} from '../../src/domain/goal-input';
import {
  cleanNotes,
  cleanTitle,
  NOTES_MAX_LENGTH,
  TITLE_MAX_LENGTH,
} from '../../src/domain/task-input';
import type {
  Activity,
  CheckIn,
  CoachingRecord,
  Goal,
  Reflection,
  Task,
} from '../../src/domain/types';
import { makeCheckIn, makeGoal, makeTask } from '../fixtures/builders';
import { everything, seedRepresentative } from '../fixtures/backup-data';
import {
  representativeActivity,
  representativeCheckIns,
  representativeCoachingSessions,
  representativeGoals,
  representativeReflections,
  representativeTasks,
} from '../fixtures/representative-records';

const NOW = Date.UTC(2026, 10, 26, 12);
const byId = <T extends { id: string }>(rows: T[]) =>
  [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));

describe('the backup schema', () => {
  it('describes the records of DESIGN §2 field for field', () => {
    // Checked by the type checker: a field added to a record type without the schema (or the
    // other way round) makes these fail `npm run typecheck`.
    expectTypeOf<v.InferOutput<typeof taskSchema>>().toEqualTypeOf<Task>();
    expectTypeOf<v.InferOutput<typeof goalSchema>>().toEqualTypeOf<Goal>();
    expectTypeOf<v.InferOutput<typeof checkInSchema>>().toEqualTypeOf<CheckIn>();
    expectTypeOf<v.InferOutput<typeof activitySchema>>().toEqualTypeOf<Activity>();
    expectTypeOf<v.InferOutput<typeof reflectionSchema>>().toEqualTypeOf<Reflection>();
    expectTypeOf<v.InferOutput<typeof coachingRecordSchema>>().toEqualTypeOf<CoachingRecord>();
    expectTypeOf<v.InferOutput<typeof backupSchema>>().toEqualTypeOf<Backup>();
  });

  it('accepts records that use every optional field, soft-deleted ones included', () => {
    for (const task of representativeTasks) expect(v.is(taskSchema, task)).toBe(true);
    for (const goal of representativeGoals) expect(v.is(goalSchema, goal)).toBe(true);
    for (const checkIn of representativeCheckIns) expect(v.is(checkInSchema, checkIn)).toBe(true);
    for (const row of representativeActivity) expect(v.is(activitySchema, row)).toBe(true);
    for (const row of representativeReflections) expect(v.is(reflectionSchema, row)).toBe(true);
    for (const row of representativeCoachingSessions) {
      expect(v.is(coachingRecordSchema, row)).toBe(true);
    }
  });
});

describe('export', () => {
  it('writes format, version, time, app version and every row, deleted ones included', async () => {
    await seedRepresentative();
    const backup = await buildBackup(NOW);
    expect(backup).toMatchObject({
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: NOW,
      appVersion: __APP_VERSION__,
    });
    expect(Object.keys(backup.tables).sort()).toEqual([...USER_DATA_TABLES].sort());
    expect(byId(backup.tables.tasks)).toEqual(byId(representativeTasks));
    expect(byId(backup.tables.goals)).toEqual(byId(representativeGoals));
    expect(byId(backup.tables.checkIns)).toEqual(byId(representativeCheckIns));
    expect(byId(backup.tables.activity)).toEqual(byId(representativeActivity));
    expect(byId(backup.tables.reflections)).toEqual(byId(representativeReflections));
    expect(byId(backup.tables.coachingSessions)).toEqual(byId(representativeCoachingSessions));
    expect(backup.tables.tasks.some((task) => task.deletedAt !== undefined)).toBe(true);
    expect(v.is(backupSchema, backup)).toBe(true);
  });

  it('leaves device-local settings out, and remembers the export on this device', async () => {
    await seedRepresentative();
    const { fileName, text } = await exportBackup(NOW);
    expect(fileName).toBe('goals-first-backup-2026-11-26.json');
    expect(text).not.toContain('neglectDays');
    expect(text).not.toContain('lastExportAt');
    expect(await readDeviceMoment('lastExportAt')).toBe(NOW);
  });

  it('round-trips: export → wipe → import → export gives the same data but for exportedAt', async () => {
    await seedRepresentative();
    const first = await exportBackup(NOW);
    await db.delete();
    await db.open();
    await applyImport(parseBackup(first.text), 'replace', NOW + 1);
    const second = await exportBackup(NOW + 60_000);
    const { exportedAt: a, ...restFirst } = JSON.parse(first.text) as Backup;
    const { exportedAt: b, ...restSecond } = JSON.parse(second.text) as Backup;
    expect(b - a).toBe(60_000);
    expect(restSecond).toEqual(restFirst);
    expect(second.text.length).toBe(first.text.length);
  });

  it('takes back whatever the app lets a person store: every text at its longest', async () => {
    const long = (length: number) => 'x'.repeat(length);
    const goal = makeGoal({
      title: cleanGoalTitle(long(GOAL_TEXT_MAX_LENGTH)),
      why: cleanWhy(long(GOAL_TEXT_MAX_LENGTH)),
      measure: cleanMeasure({ type: 'count', target: 1, unit: long(GOAL_TEXT_MAX_LENGTH) }),
      obstacles: cleanObstacles(
        [{ obstacle: long(GOAL_TEXT_MAX_LENGTH), strategy: long(GOAL_TEXT_MAX_LENGTH) }],
        () => 'pair-1',
      ),
    });
    const progress = { amount: 0.5, note: long(CHECK_IN_NOTE_MAX_LENGTH), day: '2026-11-20' };
    const checkIn = makeCheckIn({
      goalId: goal.id,
      ...cleanCheckIn(progress, goal.measure, '2026-11-26'),
    });
    const task = makeTask({
      title: cleanTitle(long(TITLE_MAX_LENGTH)),
      notes: cleanNotes(long(NOTES_MAX_LENGTH)),
    });
    await db.goals.add(goal);
    await db.checkIns.add(checkIn);
    await db.tasks.add(task);
    const { text } = await exportBackup(NOW);
    expect(parseBackup(text).tables).toEqual({
      tasks: [task],
      goals: [goal],
      checkIns: [checkIn],
      activity: [],
      reflections: [],
      coachingSessions: [],
    });
  });
});

describe('import', () => {
  const backupOf = (tables: Partial<Backup['tables']>): Backup => ({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: NOW,
    appVersion: '0.1.0',
    tables: {
      tasks: [],
      goals: [],
      checkIns: [],
      activity: [],
      reflections: [],
      coachingSessions: [],
      ...tables,
    },
  });

  it('merges per id: the newer updatedAt wins, a tie keeps what is here', async () => {
    const older = makeTask({ title: 'Old title here', updatedAt: 100 });
    const newer = makeTask({ title: 'Edited here', updatedAt: 300 });
    const tie = makeTask({ title: 'Same time here', updatedAt: 200 });
    const onlyHere = makeTask({ title: 'Only here' });
    await db.tasks.bulkAdd([older, newer, tie, onlyHere]);
    const onlyInFile = makeTask({ title: 'Only in file' });
    const file = backupOf({
      tasks: [
        { ...older, title: 'Edited in file', updatedAt: 200 },
        { ...newer, title: 'Older in file', updatedAt: 200 },
        { ...tie, title: 'Same time in file' },
        onlyInFile,
      ],
    });

    expect(await previewImport(file)).toMatchObject({
      inFile: { tasks: 4, goals: 0, checkIns: 0 },
      stored: { tasks: 4 },
      added: 1,
      conflicts: { fileNewer: 1, hereNewerOrSame: 2 },
    });
    expect(await applyImport(file, 'merge', NOW)).toBe(2);
    const titles = (await db.tasks.toArray()).map((task) => task.title).sort();
    expect(titles).toEqual([
      'Edited here',
      'Edited in file',
      'Only here',
      'Only in file',
      'Same time here',
    ]);
  });

  it('replaces every table, and Undo puts the previous data back exactly', async () => {
    await seedRepresentative();
    const before = await everything();
    const goal = makeGoal({ title: 'From the file' });
    await applyImport(
      backupOf({ goals: [goal], tasks: [makeTask({ kind: 'goal', goalId: goal.id })] }),
      'replace',
      NOW,
    );
    expect(await db.goals.toArray()).toEqual([goal]);
    expect(await db.tasks.count()).toBe(1);
    expect(await db.checkIns.count()).toBe(0);
    expect(await readUndoInfo()).toEqual({ at: NOW, mode: 'replace' });

    await undoImport();
    expect(await everything()).toEqual(before);
    expect(await readUndoInfo()).toBeNull();
  });

  it('undoes a merge, but keeps an edit the user made after the import', async () => {
    const mine = makeTask({ title: 'Mine', updatedAt: 100 });
    await db.tasks.add(mine);
    const imported = makeTask({ title: 'Imported' });
    await applyImport(
      backupOf({ tasks: [{ ...mine, title: 'Theirs', updatedAt: 200 }, imported] }),
      'merge',
      NOW,
    );
    await db.tasks.update(imported.id, { title: 'Imported, then edited', updatedAt: NOW + 5 });

    await undoImport();
    expect(await db.tasks.get(mine.id)).toEqual(mine);
    expect((await db.tasks.get(imported.id))?.title).toBe('Imported, then edited');
  });

  it('keeps an import for good: the undo copy goes, the imported data stays', async () => {
    await seedRepresentative();
    await applyImport(backupOf({ tasks: [makeTask({ title: 'Imported' })] }), 'replace', NOW);
    const data = async () => {
      const { tasks, goals, checkIns } = await everything();
      return { tasks, goals, checkIns };
    };
    const imported = await data();
    expect(await readUndoInfo()).not.toBeNull();
    await keepImport();
    expect(await readUndoInfo()).toBeNull();
    expect(await db.settings.get('importUndo')).toBeUndefined();
    expect(await data()).toEqual(imported);
    await expect(undoImport()).rejects.toThrow('no longer exists');
  });

  it('reads a version-1 backup (before the Review) as one with no activity, reflections or sessions', async () => {
    await seedRepresentative();
    const v1 = JSON.parse(
      readFileSync(new URL('../fixtures/backups/valid.json', import.meta.url), 'utf8'),
    ) as { version: number; tables: Record<string, unknown[]> };
    expect(v1.version).toBe(1);
    const backup = parseBackup(JSON.stringify(v1));
    expect(backup.version).toBe(BACKUP_VERSION);
    expect(backup.tables.tasks).toEqual(v1.tables.tasks);
    expect(backup.tables).toMatchObject({ activity: [], reflections: [], coachingSessions: [] });

    // Replace restores exactly that: the tasks of the file, and no activity.
    await applyImport(backup, 'replace', NOW);
    expect(await db.tasks.count()).toBe(v1.tables.tasks!.length);
    expect(await db.activity.count()).toBe(0);
    expect(await db.reflections.count()).toBe(0);
  });

  it('merges activity as a union: a row already here is never doubled or changed', async () => {
    await seedRepresentative();
    const backup = await buildBackup(NOW);
    const extra: Activity = {
      id: 'another-device-row',
      at: NOW,
      day: '2026-11-26',
      type: 'completed',
      taskId: representativeTasks[0]!.id,
      kind: 'chore',
      updatedAt: NOW,
    };
    backup.tables.activity.push(extra);
    await applyImport(backup, 'merge', NOW);
    expect(byId(await db.activity.toArray())).toEqual(byId([...representativeActivity, extra]));
  });

  it('says so when there is no import to undo', async () => {
    await expect(undoImport()).rejects.toThrow('no longer exists');
  });
});
