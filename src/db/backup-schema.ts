// The one backup schema (DESIGN.md §6), field for field the records of DESIGN.md §2 and the
// rules the repositories apply to them. It is strict: an unknown key or a missing table is an
// error, never silently dropped or defaulted, so a file from a newer app or a hand-edited file
// cannot slip fields past the importer. tests/db/backup.test.ts proves the inferred types equal
// src/domain/types.ts, so a field added there without one here fails the type check. The
// lengths and bounds are the repositories' own constants, so whatever the app stores, it can
// import again, and a file cannot bring in what the app would refuse to store.
//
// Each check's message is a phrase completing "<record>, field <name> …"; backup-parse.ts
// turns the first issue into one sentence for the user. Loaded lazily with the importer: the
// schema library never ships in the first bundle.
import * as v from 'valibot';
import { isDay } from '../domain/day';
import { isOrderKey } from '../domain/order-key';
import { CHECK_IN_NOTE_MAX_LENGTH } from '../domain/check-in-input';
import { GOAL_TEXT_MAX_LENGTH } from '../domain/goal-input';
import { NOTES_MAX_LENGTH, TITLE_MAX_LENGTH } from '../domain/task-input';
import { REFLECTION_MAX_LENGTH } from '../domain/reflection';
import { SESSION_COUNT_MAX } from '../domain/coaching';
import { ACTIVITY_TYPES } from '../domain/types';
import { BACKUP_FORMAT, BACKUP_VERSION } from './backup-format';

const LATEST_INSTANT = 8.64e15; // the largest moment a JavaScript Date can hold

const text = (max: number) =>
  v.pipe(
    v.string('must be text'),
    v.maxLength(max, `must be at most ${new Intl.NumberFormat('en').format(max)} characters`),
  );
const id = v.pipe(
  v.string('must be an id (text)'),
  v.minLength(1, 'must not be empty'),
  v.maxLength(100, 'must be an id of at most 100 characters'),
);
const titleOf = (max: number) =>
  v.pipe(
    v.string('must be text'),
    v.check(
      (value) => value.trim() === value && value.length > 0 && value.length <= max,
      `must be 1 to ${max} characters with no spaces at either end`,
    ),
  );
const day = v.pipe(
  v.string('must be a date written yyyy-MM-dd'),
  v.check(isDay, 'must be a real date written yyyy-MM-dd'),
);
const instant = v.pipe(
  v.number('must be a moment in epoch milliseconds'),
  v.integer('must be a whole number of epoch milliseconds'),
  v.minValue(0, 'must not be before 1970'),
  v.maxValue(LATEST_INSTANT, 'is too far in the future'),
);
const wholeNumber = (min: number, max: number) =>
  v.pipe(
    v.number(`must be a whole number from ${min} to ${max}`),
    v.integer(`must be a whole number from ${min} to ${max}`),
    v.minValue(min, `must be a whole number from ${min} to ${max}`),
    v.maxValue(max, `must be a whole number from ${min} to ${max}`),
  );
const orderKey = v.pipe(
  v.string('must be an order key (text)'),
  v.maxLength(200, 'must be an order key of at most 200 characters'),
  v.check(isOrderKey, 'must be an order key written by the app'),
);
const oneOf = <const T extends readonly [string, ...string[]]>(options: T) =>
  v.picklist(options, `must be one of ${options.map((o) => `“${o}”`).join(', ')}`);
const finite = (message: string) => v.pipe(v.number(message), v.finite(message));

export const recurrenceSchema = v.strictObject(
  {
    every: oneOf(['day', 'week', 'month']),
    interval: wholeNumber(1, 999),
    weekday: v.optional(wholeNumber(0, 6)),
    monthDay: v.optional(wholeNumber(1, 31)),
  },
  'must be a repeat rule',
);

export const taskSchema = v.strictObject(
  {
    id,
    title: titleOf(TITLE_MAX_LENGTH),
    notes: v.optional(text(NOTES_MAX_LENGTH)),
    kind: oneOf(['chore', 'goal']),
    goalId: v.optional(id),
    status: oneOf(['open', 'done']),
    order: orderKey,
    dueDate: v.optional(day),
    scheduledFor: v.optional(day),
    recurrence: v.optional(recurrenceSchema),
    snoozedUntil: v.optional(day),
    snoozes: wholeNumber(0, 1_000_000),
    createdAt: instant,
    updatedAt: instant,
    completedAt: v.optional(instant),
    deletedAt: v.optional(instant),
  },
  'must be a task record',
);

const measureSchema = v.variant(
  'type',
  [
    v.strictObject({ type: v.literal('steps') }),
    v.strictObject({
      type: v.literal('count'),
      target: v.pipe(finite('must be a number above 0'), v.gtValue(0, 'must be a number above 0')),
      unit: text(GOAL_TEXT_MAX_LENGTH),
    }),
  ],
  'must be “steps” or “count”',
);

export const goalSchema = v.strictObject(
  {
    id,
    title: titleOf(GOAL_TEXT_MAX_LENGTH),
    why: text(GOAL_TEXT_MAX_LENGTH),
    measure: measureSchema,
    deadline: v.optional(day),
    status: oneOf(['active', 'paused', 'achieved']),
    obstacles: v.array(
      v.strictObject(
        { id, obstacle: text(GOAL_TEXT_MAX_LENGTH), strategy: text(GOAL_TEXT_MAX_LENGTH) },
        'must be an obstacle with its strategy',
      ),
      'must be a list',
    ),
    order: orderKey,
    createdAt: instant,
    updatedAt: instant,
    achievedAt: v.optional(instant),
    deletedAt: v.optional(instant),
  },
  'must be a goal record',
);

export const checkInSchema = v.strictObject(
  {
    id,
    goalId: id,
    day,
    amount: v.optional(
      v.pipe(finite('must be a number above 0'), v.gtValue(0, 'must be a number above 0')),
    ),
    note: v.optional(text(CHECK_IN_NOTE_MAX_LENGTH)),
    createdAt: instant,
    updatedAt: instant,
    deletedAt: v.optional(instant),
  },
  'must be a check-in record',
);

const plansShown = v.array(
  v.strictObject(
    { obstacle: text(GOAL_TEXT_MAX_LENGTH), strategy: text(GOAL_TEXT_MAX_LENGTH) },
    'must be an if–then plan',
  ),
  'must be a list',
);

export const activitySchema = v.strictObject(
  {
    id,
    at: instant,
    day,
    type: oneOf(ACTIVITY_TYPES),
    taskId: v.optional(id),
    goalId: v.optional(id),
    kind: v.optional(oneOf(['chore', 'goal'])),
    plans: v.optional(plansShown),
    updatedAt: instant,
  },
  'must be an activity record',
);

export const reflectionSchema = v.strictObject(
  {
    id,
    weekStart: day,
    text: text(REFLECTION_MAX_LENGTH),
    createdAt: instant,
    updatedAt: instant,
    deletedAt: v.optional(instant),
  },
  'must be a reflection record',
);

export const coachingRecordSchema = v.variant(
  'type',
  [
    v.strictObject({
      id,
      type: v.literal('session'),
      day,
      createdAt: instant,
      updatedAt: instant,
      deletedAt: v.optional(instant),
    }),
    v.strictObject({
      id,
      type: v.literal('programme'),
      sessionCount: v.optional(wholeNumber(1, SESSION_COUNT_MAX)),
      sessionsBefore: v.optional(wholeNumber(0, SESSION_COUNT_MAX)),
      createdAt: instant,
      updatedAt: instant,
      deletedAt: v.optional(instant),
    }),
  ],
  'must be a coaching record of type “session” or “programme”',
);

const envelope = {
  format: v.literal(BACKUP_FORMAT, `must be “${BACKUP_FORMAT}”`),
  exportedAt: instant,
  appVersion: text(50),
};

const tablesV1 = {
  tasks: v.array(taskSchema, 'must be a list of tasks'),
  goals: v.array(goalSchema, 'must be a list of goals'),
  checkIns: v.array(checkInSchema, 'must be a list of check-ins'),
};

export const backupSchema = v.strictObject(
  {
    ...envelope,
    version: v.literal(BACKUP_VERSION, `must be ${BACKUP_VERSION}`),
    tables: v.strictObject(
      {
        ...tablesV1,
        activity: v.array(activitySchema, 'must be a list of activity records'),
        reflections: v.array(reflectionSchema, 'must be a list of reflections'),
        coachingSessions: v.array(coachingRecordSchema, 'must be a list of coaching records'),
      },
      'must be an object holding the tables',
    ),
  },
  'must be an object',
);

/** A file of backup version 1 (before the Review's tables): read, then given empty ones. */
export const backupV1Schema = v.strictObject(
  {
    ...envelope,
    version: v.literal(1, 'must be 1'),
    tables: v.strictObject(tablesV1, 'must be an object holding the tables'),
  },
  'must be an object',
);
