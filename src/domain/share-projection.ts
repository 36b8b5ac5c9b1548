// What a coach sees of a client (DESIGN.md §9, issue 17): a projection of the client's data that
// the client's app writes into the `share:<id>` document. The rule: only what the client chose
// leaves the device. By default that is the goals (title, why, plans, progress, steps), the
// check-in amounts and the Review figures of the current week; chores only as counts. Chore
// titles, notes (of steps and check-ins) and the week's reflection are added only when ticked.
//
// The projection is built here, pure, from the records and the choices, so a property test can
// prove what never appears. It is plain JSON: the coach's device validates it on arrival
// (src/db/share-projection-schema.ts) and keeps the last one it saw.
import { coachingPlan, sessionLabel } from './coaching';
import { toDay } from './day';
import { summarizeGoal } from './goal-summary';
import { compareByOrder } from './order-key';
import { buildReview, type Review, type ReviewInput } from './review';
import type { GoalReview } from './review-goal';
import { weekOf } from './review-period';
import type { CheckIn, CoachingRecord, Day, Goal, Instant, Reflection, Task } from './types';

export const SHARE_FORMAT = 'goals-first-share';
export const SHARE_VERSION = 1;
/** Chore titles shared at most (the coach needs a sense of the pile, not all of it). */
export const SHARED_CHORE_TITLES_MAX = 50;

export interface ShareChoices {
  choreTitles: boolean;
  notes: boolean;
  reflections: boolean;
}

export const DEFAULT_SHARE_CHOICES: Readonly<ShareChoices> = {
  choreTitles: false,
  notes: false,
  reflections: false,
};

/** One goal as a coach's card shows it. */
export interface SharedGoal {
  id: string;
  title: string;
  why: string;
  status: Goal['status'];
  /** 0..1, as the goal's progress bar shows it. */
  progress: number;
  doneSteps: number;
  totalSteps: number;
  /** Count goals: the amount logged against the target. */
  logged: number;
  target?: number;
  unit?: string;
  deadline?: Day;
  behind: boolean;
  neglected: boolean;
  /** Days since the last progress. */
  idleDays: number;
  /** The next open step is snoozed today. */
  snoozed: boolean;
  /** Snoozes of its steps this week. */
  snoozesThisWeek: number;
  nextStep?: string;
}

export interface ShareProjection {
  format: typeof SHARE_FORMAT;
  version: typeof SHARE_VERSION;
  /** The client's day when this was made; the figures are as of that day. */
  today: Day;
  weekStartsOn: number;
  madeAt: Instant;
  /** What the client chose to show, so the coach's page can say what is not shared. */
  shares: ShareChoices;
  /** Active goals in the client's order, then paused ones. */
  goals: SharedGoal[];
  /** The current week's Review, its steps and check-ins without notes unless shared. */
  review: Review;
  chores: { open: number; doneThisWeek: number; titles?: string[] };
  /** The last day the client completed something, logged progress or snoozed. */
  lastActivity?: Day;
  nextSession?: { day: Day; label: string };
  /** The week's reflection, when shared and written. */
  reflection?: string;
}

export interface ShareInput extends Omit<ReviewInput, 'period'> {
  /** Open chores (deleted ones are skipped here): counted, and titled only when shared. */
  openChores: readonly Task[];
  reflections: readonly Reflection[];
  coaching: readonly CoachingRecord[];
  neglectDays: number;
  choices: ShareChoices;
  now: Instant;
}

const withoutNotes = (task: Task): Task => {
  const copy = { ...task };
  delete copy.notes;
  return copy;
};

const withoutNote = (checkIn: CheckIn): CheckIn => {
  const copy = { ...checkIn };
  delete copy.note;
  return copy;
};

/** A goal's review with only what may be shared. */
function shareGoalReview(goal: GoalReview, notes: boolean): GoalReview {
  const step = (task: Task) => (notes ? task : withoutNotes(task));
  return {
    ...goal,
    stepsDone: goal.stepsDone.filter((task) => task.kind === 'goal').map(step),
    slipped: goal.slipped.filter((task) => task.kind === 'goal').map(step),
    checkIns: goal.checkIns.map((checkIn) => (notes ? checkIn : withoutNote(checkIn))),
    // A snooze's step is named only while it is a goal step (a step may since have become a
    // chore, whose title is not shared unless ticked; "a step" is enough then).
    snoozes: goal.snoozes.map((snooze) => {
      const { task, ...rest } = snooze;
      return task?.kind === 'goal' ? { ...rest, task: step(task) } : rest;
    }),
  };
}

const latest = (days: Iterable<Day | undefined>): Day | undefined => {
  let last: Day | undefined;
  for (const day of days) if (day !== undefined && (last === undefined || day > last)) last = day;
  return last;
};

export function projectShare(input: ShareInput): ShareProjection {
  const { today, weekStartsOn, choices } = input;
  const period = weekOf(today, weekStartsOn);
  const review = buildReview({ ...input, period });
  const live = (row: { deletedAt?: number }) => row.deletedAt === undefined;

  const snoozesOf = new Map(review.goals.map((goal) => [goal.goal.id, goal.snoozes.length]));
  // The Review's records may hold a task twice (a step that is also a recent completion).
  const tasks = [...new Map(input.tasks.map((task) => [task.id, task])).values()];
  const goals = input.goals
    .filter((goal) => live(goal) && goal.status !== 'achieved')
    .sort((a, b) => (a.status === b.status ? compareByOrder(a, b) : a.status === 'active' ? -1 : 1))
    .map((goal): SharedGoal => {
      const summary = summarizeGoal(goal, tasks, input.checkIns, today, input.neglectDays);
      const next = summary.nextStep;
      return {
        id: goal.id,
        title: goal.title,
        why: goal.why,
        status: goal.status,
        progress: summary.progress,
        doneSteps: summary.doneSteps,
        totalSteps: summary.totalSteps,
        logged: summary.logged,
        ...(goal.measure.type === 'count' && {
          target: goal.measure.target,
          unit: goal.measure.unit,
        }),
        ...(goal.deadline !== undefined && { deadline: goal.deadline }),
        behind: summary.behind,
        neglected: goal.status === 'active' && summary.neglected,
        idleDays: summary.idleDays,
        snoozed: next?.snoozedUntil !== undefined && next.snoozedUntil > today,
        snoozesThisWeek: snoozesOf.get(goal.id) ?? 0,
        ...(next && { nextStep: next.title }),
      };
    });

  const openChores = input.openChores
    .filter((task) => live(task) && task.kind === 'chore' && task.status === 'open')
    .sort(compareByOrder);
  const chores: ShareProjection['chores'] = {
    open: openChores.length,
    doneThisWeek: review.totals.chores,
  };
  if (choices.choreTitles) {
    chores.titles = openChores.slice(0, SHARED_CHORE_TITLES_MAX).map((task) => task.title);
  }

  const lastActivity = latest([
    ...tasks.map((task) =>
      task.status === 'done' && task.completedAt !== undefined && live(task)
        ? toDay(task.completedAt)
        : undefined,
    ),
    ...input.checkIns.filter(live).map((checkIn) => checkIn.day),
    ...input.activity.map((row) => row.day),
  ]);
  const plan = coachingPlan(input.coaching, today);

  const projection: ShareProjection = {
    format: SHARE_FORMAT,
    version: SHARE_VERSION,
    today,
    weekStartsOn,
    madeAt: input.now,
    shares: { ...choices },
    goals,
    review: { ...review, goals: review.goals.map((goal) => shareGoalReview(goal, choices.notes)) },
    chores,
  };
  if (lastActivity !== undefined && lastActivity <= today) projection.lastActivity = lastActivity;
  if (plan.next) {
    projection.nextSession = {
      day: plan.next.day,
      label: sessionLabel(plan.next.number, plan.sessionCount),
    };
  }
  if (choices.reflections) {
    const text = input.reflections.find(
      (reflection) => live(reflection) && reflection.weekStart === period.start,
    )?.text;
    if (text) projection.reflection = text;
  }
  return projection;
}
