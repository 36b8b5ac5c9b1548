// What a coach's device accepts as a client's projection (src/domain/share-projection.ts). It
// arrives from the network, written by another person's app: read it as hostile. It is text of
// bounded length, parsed, then checked field for field with bounded lists, so a damaged or
// malicious share document can neither crash the Clients page nor fill the coach's storage.
// The records inside (goals, steps, check-ins) use the backup's own record schemas.
import * as v from 'valibot';
import { isDay } from '../domain/day';
import { GOAL_TEXT_MAX_LENGTH } from '../domain/goal-input';
import { REFLECTION_MAX_LENGTH } from '../domain/reflection';
import { TITLE_MAX_LENGTH } from '../domain/task-input';
import {
  SHARE_FORMAT,
  SHARE_VERSION,
  SHARED_CHORE_TITLES_MAX,
  type ShareProjection,
} from '../domain/share-projection';
import { checkInSchema, goalSchema, taskSchema } from './backup-schema';

/** The largest projection text a coach's device reads (a busy week is a few tens of KB). */
export const SHARE_TEXT_MAX_LENGTH = 1_000_000;

const LIST_MAX = 1_000;
const day = v.pipe(v.string(), v.check(isDay));
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1e9));
const amount = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1e12));
const share = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1));
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const list = <T extends v.GenericSchema>(item: T, max = LIST_MAX) =>
  v.pipe(v.array(item), v.maxLength(max));

const progressAt = v.object({
  share,
  doneSteps: count,
  totalSteps: count,
  logged: amount,
});

const goalReview = v.object({
  goal: goalSchema,
  start: progressAt,
  end: progressAt,
  stepsDone: list(taskSchema),
  checkIns: list(checkInSchema),
  checkInsByDay: list(amount, 400),
  progressDays: count,
  longestIdleRun: count,
  snoozes: list(
    v.object({
      taskId: text(100),
      goalId: v.optional(text(100)),
      day,
      task: v.optional(taskSchema),
    }),
  ),
  plansOffered: list(
    v.object({
      plan: v.object({
        obstacle: text(GOAL_TEXT_MAX_LENGTH),
        strategy: text(GOAL_TEXT_MAX_LENGTH),
      }),
      times: count,
    }),
  ),
  slipped: list(taskSchema),
  events: list(
    v.object({ type: v.picklist(['goal-achieved', 'goal-paused', 'goal-resumed']), day }),
  ),
});

const review = v.object({
  period: v.object({ start: day, end: day }),
  days: list(v.object({ day, goalSteps: count, chores: count }), 400),
  totals: v.object({ goalSteps: count, chores: count, checkIns: count, snoozes: count }),
  goalShare: v.optional(share),
  goals: list(goalReview, 200),
  map: list(list(v.object({ day, progress: count, future: v.boolean() }), 7), 12),
  unknownBefore: v.optional(day),
});

const sharedGoal = v.object({
  id: text(100),
  title: text(GOAL_TEXT_MAX_LENGTH),
  why: text(GOAL_TEXT_MAX_LENGTH),
  status: v.picklist(['active', 'paused', 'achieved']),
  progress: share,
  doneSteps: count,
  totalSteps: count,
  logged: amount,
  target: v.optional(amount),
  unit: v.optional(text(GOAL_TEXT_MAX_LENGTH)),
  deadline: v.optional(day),
  behind: v.boolean(),
  neglected: v.boolean(),
  idleDays: count,
  snoozed: v.boolean(),
  snoozesThisWeek: count,
  nextStep: v.optional(text(TITLE_MAX_LENGTH)),
});

const projectionSchema = v.object({
  format: v.literal(SHARE_FORMAT),
  version: v.literal(SHARE_VERSION),
  today: day,
  weekStartsOn: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(6)),
  madeAt: v.pipe(v.number(), v.finite(), v.minValue(0)),
  shares: v.object({ choreTitles: v.boolean(), notes: v.boolean(), reflections: v.boolean() }),
  goals: list(sharedGoal, 200),
  review,
  chores: v.object({
    open: count,
    doneThisWeek: count,
    titles: v.optional(list(text(TITLE_MAX_LENGTH), SHARED_CHORE_TITLES_MAX)),
  }),
  lastActivity: v.optional(day),
  nextSession: v.optional(v.object({ day, label: text(100) })),
  reflection: v.optional(text(REFLECTION_MAX_LENGTH)),
});

/** The projection in `text`, or undefined when it is not one this app can show. */
export function readProjection(text: unknown): ShareProjection | undefined {
  if (typeof text !== 'string' || text.length > SHARE_TEXT_MAX_LENGTH) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  const result = v.safeParse(projectionSchema, parsed);
  return result.success ? result.output : undefined;
}
