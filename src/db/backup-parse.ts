// Reads a backup file into records, or refuses it with one sentence naming the problem. Nothing
// here writes: every check (size, JSON, format, version, record count, the strict schema, then
// the rules across records) runs before an import may touch the database.
import * as v from 'valibot';
import { ValidationError } from '../domain/validation-error';
import {
  BACKUP_FORMAT,
  BACKUP_MAX_BYTES,
  BACKUP_MAX_RECORDS,
  BACKUP_TABLES,
  BACKUP_VERSION,
  TABLE_WORDS,
  type Backup,
  type BackupTable,
} from './backup-format';
import { backupSchema, backupV1Schema } from './backup-schema';
import { PROGRAMME_ID, sessionId } from '../domain/coaching';
import { reflectionId } from '../domain/reflection';

/** A refused backup; the message is written for the user. */
export class BackupError extends ValidationError {
  constructor(message: string) {
    super(message, 'backup');
  }
}

const count = new Intl.NumberFormat('en');
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const quote = (value: unknown) => {
  const shown = typeof value === 'string' ? value : JSON.stringify(value);
  return `“${shown.length > 40 ? `${shown.slice(0, 40)}…` : shown}”`;
};

function checkSize(bytes: number): void {
  if (bytes > BACKUP_MAX_BYTES) {
    throw new BackupError(
      `The file is ${megabytes(bytes)}; a backup can be at most ${megabytes(BACKUP_MAX_BYTES)}.`,
    );
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The checks that let the user tell "wrong file" from "damaged backup"; returns the file's
 * format version.
 */
function checkEnvelope(data: unknown): number {
  if (!isObject(data) || !('format' in data)) {
    throw new BackupError(
      'This file is not a Goals First backup: it has no “format” field. Choose a file made with “Export backup”.',
    );
  }
  if (data.format !== BACKUP_FORMAT) {
    throw new BackupError(
      `This file is not a Goals First backup: its format is ${quote(data.format)}, not “${BACKUP_FORMAT}”.`,
    );
  }
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new BackupError(
      `The backup’s “version” must be a whole number from 1; it is ${quote(version)}.`,
    );
  }
  if (version > BACKUP_VERSION) {
    throw new BackupError(
      `This backup was made by a newer version of Goals First (backup version ${version}; this app reads up to version ${BACKUP_VERSION}). Reload the app to update it, then import again.`,
    );
  }
  const tables = isObject(data.tables) ? Object.values(data.tables) : [];
  const records = tables.reduce<number>((sum, t) => sum + (Array.isArray(t) ? t.length : 0), 0);
  if (records > BACKUP_MAX_RECORDS) {
    throw new BackupError(
      `The backup holds ${count.format(records)} records; the limit is ${count.format(BACKUP_MAX_RECORDS)}.`,
    );
  }
  return version;
}

function recordLabel(table: BackupTable, index: number, record: unknown): string {
  const [word] = TABLE_WORDS[table];
  const id = isObject(record) && typeof record.id === 'string' ? ` (id ${quote(record.id)})` : '';
  return `${word[0]?.toUpperCase() ?? ''}${word.slice(1)} ${index + 1}${id}`;
}

/** One sentence for the first schema issue: where it is, which field, what is wrong. */
function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = issue.path ?? [];
  let where = 'The backup';
  const field: string[] = [];
  path.forEach((item, depth) => {
    const parent = path[depth - 1];
    if (
      depth === 2 &&
      item.type === 'array' &&
      typeof item.key === 'number' &&
      parent?.key !== undefined &&
      (BACKUP_TABLES as readonly unknown[]).includes(parent.key)
    ) {
      where = recordLabel(parent.key as BackupTable, item.key, item.value);
      field.length = 0;
    } else if (depth === 1 && path[0]?.key === 'tables') {
      field.length = 0;
      field.push(`table “${String(item.key)}”`);
    } else if (typeof item.key === 'number') {
      field.push(`item ${item.key + 1}`);
    } else if (!(depth === 0 && item.key === 'tables' && path.length > 1)) {
      field.push(`“${String(item.key)}”`);
    }
  });
  const name = field.pop();
  const container = field.length > 0 ? `${where}, in ${field.join(' › ')},` : where;
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    return `${container} has ${name?.startsWith('table') ? 'a' : 'a field'} ${name ?? ''} that this app does not know.`;
  }
  if (issue.type === 'strict_object' && issue.received === 'undefined' && name) {
    return `${container} lacks ${name.startsWith('table') ? 'the' : 'the field'} ${name}.`;
  }
  const found = issue.input === undefined ? '' : ` (it is ${quote(issue.input)})`;
  const place = field.length > 0 ? `${where}, in ${field.join(' › ')}` : where;
  return name
    ? `${place}: ${name.startsWith('table') ? '' : 'field '}${name} ${issue.message}${found}.`
    : `${place} ${issue.message}${found}.`;
}

/** Rules across records that a per-record schema cannot see. */
function checkReferences(tables: Backup['tables']): void {
  for (const table of BACKUP_TABLES) {
    const seen = new Map<string, number>();
    tables[table].forEach((record, index) => {
      const first = seen.get(record.id);
      if (first !== undefined) {
        throw new BackupError(
          `${recordLabel(table, index, record)} has the same id as ${TABLE_WORDS[table][0]} ${first + 1}; every id must be unique.`,
        );
      }
      seen.set(record.id, index);
    });
  }
  const goalIds = new Set(tables.goals.map((goal) => goal.id));
  const taskIds = new Set(tables.tasks.map((task) => task.id));
  tables.tasks.forEach((task, index) => {
    if (task.kind === 'goal' && task.recurrence !== undefined) {
      throw new BackupError(
        `${recordLabel('tasks', index, task)} is a goal step but repeats; only chores repeat.`,
      );
    }
    if (task.goalId === undefined) return;
    if (task.kind === 'chore') {
      throw new BackupError(
        `${recordLabel('tasks', index, task)} is a chore but names a goal; only goal steps belong to a goal.`,
      );
    }
    if (!goalIds.has(task.goalId)) {
      throw new BackupError(
        `${recordLabel('tasks', index, task)} belongs to goal ${quote(task.goalId)}, which is not in the backup.`,
      );
    }
  });
  tables.checkIns.forEach((checkIn, index) => {
    if (!goalIds.has(checkIn.goalId)) {
      throw new BackupError(
        `${recordLabel('checkIns', index, checkIn)} belongs to goal ${quote(checkIn.goalId)}, which is not in the backup.`,
      );
    }
  });
  checkReviewReferences(tables, taskIds, goalIds);
}

/** The Review's tables (backup version 2): what activity is about, and the derived ids. */
function checkReviewReferences(
  tables: Backup['tables'],
  taskIds: ReadonlySet<string>,
  goalIds: ReadonlySet<string>,
): void {
  tables.activity.forEach((row, index) => {
    // Tasks and goals are only ever soft-deleted, so what activity is about is always kept.
    if (row.taskId !== undefined && !taskIds.has(row.taskId)) {
      throw new BackupError(
        `${recordLabel('activity', index, row)} is about task ${quote(row.taskId)}, which is not in the backup.`,
      );
    }
    if (row.goalId !== undefined && !goalIds.has(row.goalId)) {
      throw new BackupError(
        `${recordLabel('activity', index, row)} is about goal ${quote(row.goalId)}, which is not in the backup.`,
      );
    }
  });
  tables.reflections.forEach((reflection, index) => {
    const expected = reflectionId(reflection.weekStart);
    if (reflection.id !== expected) {
      throw new BackupError(
        `${recordLabel('reflections', index, reflection)} is for the week of ${reflection.weekStart}, whose reflection has the id ${quote(expected)}.`,
      );
    }
  });
  tables.coachingSessions.forEach((record, index) => {
    const expected = record.type === 'session' ? sessionId(record.day) : PROGRAMME_ID;
    if (record.id !== expected) {
      const what = record.type === 'session' ? `the session of ${record.day}` : 'the programme';
      throw new BackupError(
        `${recordLabel('coachingSessions', index, record)} is ${what}, whose id is ${quote(expected)}.`,
      );
    }
  });
}

/** A checked file of any version this app reads, as the current version's backup. */
function readTables(data: unknown, version: number): Backup {
  if (version === 1) {
    const result = v.safeParse(backupV1Schema, data, { abortEarly: true });
    if (!result.success) throw new BackupError(describeIssue(result.issues[0]));
    // Made before the Review existed: it restores with no activity, reflections or sessions.
    const tables = { ...result.output.tables, activity: [], reflections: [], coachingSessions: [] };
    return { ...result.output, version: BACKUP_VERSION, tables };
  }
  const result = v.safeParse(backupSchema, data, { abortEarly: true });
  if (!result.success) throw new BackupError(describeIssue(result.issues[0]));
  return result.output;
}

/** The records of a backup's text, or a BackupError naming the first problem. */
export function parseBackup(text: string): Backup {
  // Cheap upper bound first (UTF-8 never takes more than 3 bytes per UTF-16 unit).
  if (text.length * 3 > BACKUP_MAX_BYTES) checkSize(new TextEncoder().encode(text).length);
  if (text.trim() === '') throw new BackupError('The file is empty.');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new BackupError(
      'This file is not a backup: it is not valid JSON. Choose a file made with “Export backup”.',
    );
  }
  const version = checkEnvelope(data);
  const backup = readTables(data, version);
  checkReferences(backup.tables);
  return backup;
}

/** Reads and checks a chosen file; its size is checked before it is read at all. */
export async function readBackupFile(file: Blob): Promise<Backup> {
  checkSize(file.size);
  return parseBackup(await file.text());
}
