// The Review in words: the summary sentence of a period, its dates, each goal's movement. Every
// chart of the Review has one of these sentences as its text equivalent, so nothing is told by
// colour or shape alone. Month and weekday names come from Intl (no locale data ships).
import { startOfDay } from '../../domain/day';
import type { Review } from '../../domain/review';
import type { GoalReview, ProgressAt } from '../../domain/review-goal';
import type { Period } from '../../domain/review-period';
import type { Day } from '../../domain/types';

const number = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });
const dayMonth = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const dayMonthYear = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});
const weekdayShort = new Intl.DateTimeFormat(undefined, { weekday: 'short' });
const weekdayLong = new Intl.DateTimeFormat(undefined, { weekday: 'long' });

export const count = (n: number, one: string, many = `${one}s`) =>
  `${number.format(n)} ${n === 1 ? one : many}`;
export const percent = (share: number) => `${Math.round(share * 100)}%`;

/** "Mon", "Tue" … for a chart's axis. */
export const shortWeekday = (day: Day) => weekdayShort.format(startOfDay(day));
export const longWeekday = (day: Day) => weekdayLong.format(startOfDay(day));

/** "12 Nov", or "12 Nov 2025" outside the year of `today`. */
export function shortDate(day: Day, today: Day): string {
  const date = startOfDay(day);
  return day.slice(0, 4) === today.slice(0, 4) ? dayMonth.format(date) : dayMonthYear.format(date);
}

/** "9 – 15 Nov 2026". */
export function periodText(period: Period): string {
  const end = startOfDay(period.end);
  if (period.start === period.end) return dayMonthYear.format(end);
  return dayMonthYear.formatRange(startOfDay(period.start), end);
}

/** "2 goal steps and 3 chores done", the period's summary sentence (DESIGN.md §10). */
export function summarySentence(review: Review): string {
  const { goalSteps, chores } = review.totals;
  return `${count(goalSteps, 'goal step')} and ${count(chores, 'chore')} done`;
}

/** What the share says about the balance, in plain words. */
export function shareSentence(review: Review): string {
  if (review.goalShare === undefined) return 'Nothing was marked done in this period.';
  return `Goal steps were ${percent(review.goalShare)} of everything done.`;
}

/** A day of the balance chart in words: "Mon: 1 goal step, 2 chores". */
export function dayBalanceText(day: { day: Day; goalSteps: number; chores: number }): string {
  return `${longWeekday(day.day)}: ${count(day.goalSteps, 'goal step')}, ${count(day.chores, 'chore')}`;
}

/** "2 of 5 steps done" or "35 of 100 pages". */
export function progressAtText(goal: GoalReview['goal'], at: ProgressAt): string {
  if (goal.measure.type === 'count') {
    const unit = goal.measure.unit ? ` ${goal.measure.unit}` : '';
    return `${number.format(at.logged)} of ${number.format(goal.measure.target)}${unit}`;
  }
  if (at.totalSteps === 0) return 'no steps planned';
  return `${number.format(at.doneSteps)} of ${count(at.totalSteps, 'step')} done`;
}

/** "From 20% to 35% (20 to 35 of 100 pages)" or "Still at 40%". */
export function movementText(review: GoalReview): string {
  const from = percent(review.start.share);
  const to = percent(review.end.share);
  const detail = progressAtText(review.goal, review.end);
  return from === to ? `Still at ${to} (${detail})` : `From ${from} to ${to} (now ${detail})`;
}

/** The bar's quantities at the end: done steps of all steps, or the amount toward the target. */
export function progressRange(review: GoalReview): { value: number; max: number } {
  const { measure } = review.goal;
  return measure.type === 'count'
    ? { value: review.end.logged, max: measure.target }
    : { value: review.end.doneSteps, max: review.end.totalSteps };
}

/** "Check-ins: 2 (15 pages)", the sparkline's text equivalent. */
export function checkInText(review: GoalReview): string {
  const n = review.checkIns.length;
  if (n === 0) return 'No check-ins';
  if (review.goal.measure.type !== 'count') return count(n, 'check-in');
  const logged = review.checkInsByDay.reduce((sum, amount) => sum + amount, 0);
  const unit = review.goal.measure.unit ? ` ${review.goal.measure.unit}` : '';
  return `${count(n, 'check-in')} (${number.format(logged)}${unit})`;
}

export function idleText(review: GoalReview): string {
  if (review.longestIdleRun === 0) return 'Progress every day';
  return `Longest stretch without progress: ${count(review.longestIdleRun, 'day')}`;
}

export const EVENT_WORDS = {
  'goal-achieved': 'Achieved',
  'goal-paused': 'Paused',
  'goal-resumed': 'Resumed',
} as const;
