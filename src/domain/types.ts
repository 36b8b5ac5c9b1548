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
