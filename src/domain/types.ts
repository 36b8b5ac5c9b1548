// The shapes of the user's data, field for field as DESIGN.md §2 fixes them. Later changes may
// add optional fields; they never rename one. Every value is plain JSON (day strings, epoch
// numbers) so records can be exported, merged and synced as they are.

/** A local calendar day, 'yyyy-MM-dd' (never derived from toISOString, which is UTC). */
export type Day = string;
/** Epoch milliseconds. */
export type Instant = number;
/** A fractional-indexing key; compare with `<` (code-unit order), ties broken by id. */
export type OrderKey = string;

export type TaskKind = 'chore' | 'goal';
export type TaskStatus = 'open' | 'done';

export interface Recurrence {
  every: 'day' | 'week' | 'month';
  interval: number;
  weekday?: number;
  monthDay?: number;
}

export interface Task {
  id: string;
  title: string;
  notes?: string;
  /** 'goal' marks a goal step. */
  kind: TaskKind;
  goalId?: string;
  status: TaskStatus;
  order: OrderKey;
  dueDate?: Day;
  scheduledFor?: Day;
  recurrence?: Recurrence;
  snoozedUntil?: Day;
  snoozes: number;
  createdAt: Instant;
  updatedAt: Instant;
  completedAt?: Instant;
  deletedAt?: Instant;
}

export type GoalStatus = 'active' | 'paused' | 'achieved';

export type GoalMeasure = { type: 'steps' } | { type: 'count'; target: number; unit: string };

export interface Obstacle {
  id: string;
  obstacle: string;
  strategy: string;
}

export interface Goal {
  id: string;
  title: string;
  why: string;
  measure: GoalMeasure;
  deadline?: Day;
  status: GoalStatus;
  obstacles: Obstacle[];
  order: OrderKey;
  createdAt: Instant;
  updatedAt: Instant;
  achievedAt?: Instant;
  deletedAt?: Instant;
}

export interface CheckIn {
  id: string;
  goalId: string;
  day: Day;
  amount?: number;
  note?: string;
  createdAt: Instant;
  updatedAt: Instant;
  deletedAt?: Instant;
}

/**
 * What an activity row records. Only what a review needs (DESIGN.md §4): the moments the records
 * themselves cannot tell afterwards (a snooze, a skip, a reopen, a pause), and the ones they can,
 * kept with the kind and goal the task had at that moment.
 */
export const ACTIVITY_TYPES = [
  'added',
  'completed',
  'reopened',
  'snoozed',
  'skipped',
  'deleted',
  'restored',
  'goal-achieved',
  'goal-paused',
  'goal-resumed',
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

/** An if–then plan as it was shown at a snooze (a copy: the goal's plans may change later). */
export interface PlanShown {
  obstacle: string;
  strategy: string;
}

/**
 * One append-only row per change a review looks back on, written in the same transaction as the
 * change. Rows are never edited or deleted; two devices can record the same change, so figures
 * count distinct tasks (or task-days), never rows.
 */
export interface Activity {
  id: string;
  at: Instant;
  /** The local day of `at` on the device that recorded it. */
  day: Day;
  type: ActivityType;
  /** Task events: the task; goal events have none. */
  taskId?: string;
  /** Goal events: the goal; task events: the goal the step belonged to at that moment. */
  goalId?: string;
  /** Task events: chore or goal step at that moment. */
  kind?: TaskKind;
  /** 'snoozed': the if–then plans shown with the snooze (none when the goal had none). */
  plans?: PlanShown[];
  /** Equal to `at`: a row is never changed, but every synced row carries updatedAt. */
  updatedAt: Instant;
}

/**
 * The client's own words on a week. One per week start: the id is derived from the week start
 * (src/domain/reflection.ts), so two devices writing the same week make one record.
 */
export interface Reflection {
  id: string;
  weekStart: Day;
  text: string;
  createdAt: Instant;
  updatedAt: Instant;
  deletedAt?: Instant;
}

/**
 * A coaching session on a date. The id is derived from the date, so two devices noting the same
 * session make one record; moving a session soft-deletes its row and writes the new date's.
 * The sessions held so far are counted from these rows, never kept as a counter (§9).
 */
export interface CoachingSession {
  id: string;
  type: 'session';
  day: Day;
  createdAt: Instant;
  updatedAt: Instant;
  deletedAt?: Instant;
}

/** The programme: one record (a fixed id), each field merged on its own. */
export interface CoachingProgramme {
  id: string;
  type: 'programme';
  /** How many sessions the programme has. */
  sessionCount?: number;
  /** Sessions held before the first one noted here, so numbering starts where the client is. */
  sessionsBefore?: number;
  createdAt: Instant;
  updatedAt: Instant;
  deletedAt?: Instant;
}

export type CoachingRecord = CoachingSession | CoachingProgramme;

/** Device-local preferences; not part of the user's synced data. */
export interface Settings {
  neglectDays: number;
  choreCap: number;
  stepsPerGoal: number;
  weekStartsOn?: number;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  neglectDays: 3,
  choreCap: 5,
  stepsPerGoal: 1,
};
