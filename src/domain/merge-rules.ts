// The merge rules of sync (DESIGN.md §9). Yjs merges each record field by field: two devices
// that edit different fields of a record both keep their edit, and two that edit the same field
// keep one of the two values, chosen by Yjs from its own client ids and clocks, never by our
// timestamps (updatedAt is just another field). A merged record can still break a rule no
// single device broke, and a document can hold what no app wrote (an older or newer app, a bug,
// a hostile peer). So every record read from the document goes through `repairRecord`, a pure,
// deterministic function of the record and the rest of the document: every device that holds
// the same document stores the same repaired records, which pass the repositories' rules.
//
// The rules, table by table (the document keeps the raw values; only what is stored is repaired):
// - The id of a record is its key in the document; an `id` field that says otherwise is ignored.
//   Fields this app does not know are dropped; a field of the wrong type or out of bounds falls
//   back to its default (an optional one is left out).
// - Texts longer than their limit are cut to it (a title is trimmed after the cut).
// - tasks: a chore keeps no goalId and a goal step no repeat rule. A step whose goal is missing
//   from the document shows unlinked (its goalId is left out of the stored record, and comes
//   back when the goal does). An open, live step of a DELETED goal shows unlinked too (one
//   device added it while another deleted the goal: it must not vanish); a deleted or done step
//   of a deleted goal keeps its goalId, so restoring the goal restores it with its history. An unusable order key becomes "a0"; equal
//   keys are fine, every comparison breaks ties by id (./order-key.ts). `snoozes` is at least
//   the number of 'snoozed' activity records of the task: two devices snoozing at once each
//   add an activity record, while the counter field keeps only one of the two increments.
// - goals: an unusable measure becomes { type: 'steps' }, an unusable status 'active'; obstacles
//   that are not complete if–then pairs are left out.
// - A record that cannot stand on its own is HELD BACK, never dropped: it stays in the document
//   and is stored once it can be (a later edit, or the record it depends on arriving): a task
//   or goal without a title, a check-in whose goal is missing or whose day is not a date,
//   activity about a missing task or goal, a reflection or coaching session whose id is not the
//   one derived from its week or day, and any entry that is not a map of fields.
// - The next occurrence of a repeating chore has an id derived from the completed occurrence
//   (./occurrence-id.ts), so two devices completing it make one next occurrence.
import { SESSION_COUNT_MAX, PROGRAMME_ID, sessionId } from './coaching';
import { CHECK_IN_NOTE_MAX_LENGTH } from './check-in-input';
import { isDay } from './day';
import { GOAL_TEXT_MAX_LENGTH } from './goal-input';
import { isOrderKey } from './order-key';
import { checkRecurrence } from './recurrence';
import { reflectionId, REFLECTION_MAX_LENGTH } from './reflection';
import { NOTES_MAX_LENGTH, TITLE_MAX_LENGTH } from './task-input';
import { ACTIVITY_TYPES, type ActivityType, type Recurrence } from './types';

export type MergeTable =
  'tasks' | 'goals' | 'checkIns' | 'activity' | 'reflections' | 'coachingSessions';

/** Whether a goal record of this id is in the document (not held back), and deleted or not. */
export type GoalPresence = 'live' | 'deleted' | 'missing';

/** What a repair may ask of the rest of the document. */
export interface MergeContext {
  goal(id: string): GoalPresence;
  /** A task record of this id is in the document (not held back). */
  hasTask(id: string): boolean;
  /** How many 'snoozed' activity records about this task the document holds. */
  snoozesRecorded(taskId: string): number;
}

export type RepairedRecord = { id: string } & Record<string, unknown>;

export const ID_MAX_LENGTH = 100;
export const FALLBACK_ORDER_KEY = 'a0';
const LATEST_INSTANT = 8.64e15;
const MAX_SNOOZES = 1_000_000;

type Raw = Readonly<Record<string, unknown>>;

const isId = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= ID_MAX_LENGTH;

/** Text cut to `max`; undefined when not text. */
const text = (value: unknown, max: number): string | undefined =>
  typeof value === 'string' ? value.slice(0, max) : undefined;

/** A title: cut to `max`, trimmed; undefined when not text or blank (the record is held back). */
export function mergedTitle(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const clean = value.trim().slice(0, max).trim();
  return clean.length > 0 ? clean : undefined;
}

const day = (value: unknown): string | undefined =>
  typeof value === 'string' && isDay(value) ? value : undefined;

const instant = (value: unknown): number | undefined =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) <= LATEST_INSTANT
    ? (value as number)
    : undefined;

const whole = (value: unknown, min: number, max: number): number | undefined =>
  Number.isInteger(value) && (value as number) >= min && (value as number) <= max
    ? (value as number)
    : undefined;

const positive = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;

const orderKey = (value: unknown): string =>
  typeof value === 'string' && value.length <= 200 && isOrderKey(value)
    ? value
    : FALLBACK_ORDER_KEY;

function oneOf<T extends string>(value: unknown, options: readonly T[], fallback: T): T {
  return options.includes(value as T) ? (value as T) : fallback;
}

/** Copies the defined entries only, so an absent optional field is absent, not undefined. */
function compact(record: Record<string, unknown>): RepairedRecord {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) if (value !== undefined) result[key] = value;
  return result as RepairedRecord;
}

/** createdAt and updatedAt: unusable → 0 (they never decide a merge, so any value is safe). */
function stamps(raw: Raw): { createdAt: number; updatedAt: number } {
  const createdAt = instant(raw.createdAt) ?? 0;
  return { createdAt, updatedAt: instant(raw.updatedAt) ?? createdAt };
}

/** A deleted record stays deleted even when its stamp is unusable. */
const deletedAt = (value: unknown): number | undefined =>
  value === undefined ? undefined : (instant(value) ?? 0);

function recurrence(value: unknown): Recurrence | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  try {
    return checkRecurrence(value);
  } catch {
    return undefined;
  }
}

function repairTask(id: string, raw: Raw, context: MergeContext): RepairedRecord | undefined {
  const name = mergedTitle(raw.title, TITLE_MAX_LENGTH);
  if (name === undefined) return undefined;
  const kind = raw.kind === 'goal' ? 'goal' : 'chore';
  const status = raw.status === 'done' ? 'done' : 'open';
  const removed = deletedAt(raw.deletedAt);
  const goal = kind === 'goal' && isId(raw.goalId) ? context.goal(raw.goalId) : 'missing';
  // An open, live step of a deleted goal (added on one device while another deleted the goal)
  // shows unlinked rather than nowhere; deleted and done steps keep their goal for its restore
  // and its history.
  const keepsGoal =
    goal === 'live' || (goal === 'deleted' && (status === 'done' || removed !== undefined));
  const goalId = keepsGoal ? (raw.goalId as string) : undefined;
  const notes = text(raw.notes, NOTES_MAX_LENGTH);
  const snoozes = Math.min(
    MAX_SNOOZES,
    Math.max(whole(raw.snoozes, 0, MAX_SNOOZES) ?? 0, context.snoozesRecorded(id)),
  );
  return compact({
    id,
    title: name,
    notes: notes?.trim() ? notes : undefined,
    kind,
    goalId,
    status,
    order: orderKey(raw.order),
    dueDate: day(raw.dueDate),
    scheduledFor: day(raw.scheduledFor),
    recurrence: kind === 'chore' ? recurrence(raw.recurrence) : undefined,
    snoozedUntil: day(raw.snoozedUntil),
    snoozes,
    ...stamps(raw),
    completedAt: instant(raw.completedAt),
    deletedAt: removed,
  });
}

function measure(value: unknown): Record<string, unknown> {
  const raw = (typeof value === 'object' && value !== null ? value : {}) as Raw;
  const target = positive(raw.target);
  const unit = text(raw.unit, GOAL_TEXT_MAX_LENGTH);
  if (raw.type === 'count' && target !== undefined && unit !== undefined) {
    return { type: 'count', target, unit };
  }
  return { type: 'steps' };
}

function obstacles(value: unknown): Record<string, unknown>[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    const raw = (typeof item === 'object' && item !== null ? item : {}) as Raw;
    const obstacle = text(raw.obstacle, GOAL_TEXT_MAX_LENGTH);
    const strategy = text(raw.strategy, GOAL_TEXT_MAX_LENGTH);
    if (!isId(raw.id) || obstacle === undefined || strategy === undefined) return [];
    return [{ id: raw.id, obstacle, strategy }];
  });
}

function repairGoal(id: string, raw: Raw): RepairedRecord | undefined {
  const name = mergedTitle(raw.title, GOAL_TEXT_MAX_LENGTH);
  if (name === undefined) return undefined;
  return compact({
    id,
    title: name,
    why: text(raw.why, GOAL_TEXT_MAX_LENGTH) ?? '',
    measure: measure(raw.measure),
    deadline: day(raw.deadline),
    status: oneOf(raw.status, ['active', 'paused', 'achieved'], 'active'),
    obstacles: obstacles(raw.obstacles),
    order: orderKey(raw.order),
    ...stamps(raw),
    achievedAt: instant(raw.achievedAt),
    deletedAt: deletedAt(raw.deletedAt),
  });
}

function repairCheckIn(id: string, raw: Raw, context: MergeContext): RepairedRecord | undefined {
  const checkInDay = day(raw.day);
  if (!isId(raw.goalId) || context.goal(raw.goalId) === 'missing' || checkInDay === undefined) {
    return undefined;
  }
  return compact({
    id,
    goalId: raw.goalId,
    day: checkInDay,
    amount: positive(raw.amount),
    note: text(raw.note, CHECK_IN_NOTE_MAX_LENGTH),
    ...stamps(raw),
    deletedAt: deletedAt(raw.deletedAt),
  });
}

function plans(value: unknown): Record<string, unknown>[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.flatMap((item: unknown) => {
    const raw = (typeof item === 'object' && item !== null ? item : {}) as Raw;
    const obstacle = text(raw.obstacle, GOAL_TEXT_MAX_LENGTH);
    const strategy = text(raw.strategy, GOAL_TEXT_MAX_LENGTH);
    return obstacle === undefined || strategy === undefined ? [] : [{ obstacle, strategy }];
  });
}

function repairActivity(id: string, raw: Raw, context: MergeContext): RepairedRecord | undefined {
  const at = instant(raw.at);
  const activityDay = day(raw.day);
  if (
    at === undefined ||
    activityDay === undefined ||
    !ACTIVITY_TYPES.includes(raw.type as ActivityType)
  ) {
    return undefined;
  }
  // What the row is about must be in the document; a row about nothing says nothing.
  if (raw.taskId !== undefined && !(isId(raw.taskId) && context.hasTask(raw.taskId)))
    return undefined;
  if (raw.goalId !== undefined && !(isId(raw.goalId) && context.goal(raw.goalId) !== 'missing')) {
    return undefined;
  }
  return compact({
    id,
    at,
    day: activityDay,
    type: raw.type,
    taskId: raw.taskId,
    goalId: raw.goalId,
    kind: raw.kind === 'chore' || raw.kind === 'goal' ? raw.kind : undefined,
    plans: plans(raw.plans),
    updatedAt: instant(raw.updatedAt) ?? at,
  });
}

function repairReflection(id: string, raw: Raw): RepairedRecord | undefined {
  const weekStart = day(raw.weekStart);
  if (weekStart === undefined || id !== reflectionId(weekStart)) return undefined;
  return compact({
    id,
    weekStart,
    text: text(raw.text, REFLECTION_MAX_LENGTH) ?? '',
    ...stamps(raw),
    deletedAt: deletedAt(raw.deletedAt),
  });
}

function repairCoaching(id: string, raw: Raw): RepairedRecord | undefined {
  if (raw.type === 'session') {
    const sessionDay = day(raw.day);
    if (sessionDay === undefined || id !== sessionId(sessionDay)) return undefined;
    return compact({
      id,
      type: 'session',
      day: sessionDay,
      ...stamps(raw),
      deletedAt: deletedAt(raw.deletedAt),
    });
  }
  if (raw.type !== 'programme' || id !== PROGRAMME_ID) return undefined;
  return compact({
    id,
    type: 'programme',
    sessionCount: whole(raw.sessionCount, 1, SESSION_COUNT_MAX),
    sessionsBefore: whole(raw.sessionsBefore, 0, SESSION_COUNT_MAX),
    ...stamps(raw),
    deletedAt: deletedAt(raw.deletedAt),
  });
}

/**
 * The record to store for document entry `id` of `table`, repaired by the rules above, or
 * undefined when it is held back.
 */
export function repairRecord(
  table: MergeTable,
  id: string,
  fields: object,
  context: MergeContext,
): RepairedRecord | undefined {
  if (!isId(id)) return undefined;
  const raw = fields as Raw;
  switch (table) {
    case 'tasks':
      return repairTask(id, raw, context);
    case 'goals':
      return repairGoal(id, raw);
    case 'checkIns':
      return repairCheckIn(id, raw, context);
    case 'activity':
      return repairActivity(id, raw, context);
    case 'reflections':
      return repairReflection(id, raw);
    case 'coachingSessions':
      return repairCoaching(id, raw);
  }
}

/**
 * Fields a repair ties together: when a device changes one of them, it writes all of them, so
 * the document never pairs its new kind with a goal or repeat rule left from before (a chore
 * made a goal step must not pick up a goalId the chore was only hiding).
 */
export const COUPLED_FIELDS: Readonly<Partial<Record<MergeTable, readonly string[]>>> = {
  tasks: ['kind', 'goalId', 'recurrence'],
  coachingSessions: ['type', 'day', 'sessionCount', 'sessionsBefore'],
};
