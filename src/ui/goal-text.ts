// A goal's figures in the words people use: "12,400 of 20,000 words", "Deadline Fri 28 Feb",
// "Behind schedule", "Last progress 3 days ago". Month and weekday names come from Intl, so
// no locale bundle ships.
import { addDays, daysBetween, startOfDay } from '../domain/day';
import type { GoalSummary } from '../domain/goal-summary';
import type { Day } from '../domain/types';

const number = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });
const weekday = new Intl.DateTimeFormat(undefined, { weekday: 'short' });
const dayMonth = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const dayMonthYear = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});

const plural = (n: number, one: string, many: string) =>
  `${number.format(n)} ${n === 1 ? one : many}`;
const percent = (share: number) => `${Math.round(share * 100)}%`;

export const formatAmount = (amount: number) => number.format(amount);

/** "Today", "Tomorrow", "Yesterday", "Fri" within the coming week, "28 Feb", "28 Feb 2028". */
export function dayText(day: Day, today: Day): string {
  const offset = daysBetween(today, day);
  if (offset === 0) return 'Today';
  if (offset === 1) return 'Tomorrow';
  if (offset === -1) return 'Yesterday';
  const date = startOfDay(day);
  if (offset > 1 && offset < 7) return weekday.format(date);
  return day.slice(0, 4) === today.slice(0, 4) ? dayMonth.format(date) : dayMonthYear.format(date);
}

/** "12,400 of 20,000 words" or "2 of 5 steps done". */
export function progressText(summary: GoalSummary): string {
  const { measure } = summary.goal;
  if (measure.type === 'count') {
    const unit = measure.unit ? ` ${measure.unit}` : '';
    return `${number.format(summary.logged)} of ${number.format(measure.target)}${unit}`;
  }
  if (summary.totalSteps === 0) return 'No steps planned yet';
  return `${number.format(summary.doneSteps)} of ${plural(summary.totalSteps, 'step', 'steps')} done`;
}

/** The bar's quantities: done steps of all steps, or the amount toward the target. */
export function progressRange(summary: GoalSummary): { value: number; max: number } {
  const { measure } = summary.goal;
  return measure.type === 'count'
    ? { value: summary.logged, max: measure.target }
    : { value: summary.doneSteps, max: summary.totalSteps };
}

export function deadlineText(summary: GoalSummary, today: Day): string | undefined {
  const { deadline } = summary.goal;
  if (deadline === undefined || summary.daysLeft === undefined) return undefined;
  const when = dayText(deadline, today);
  if (summary.daysLeft === -1) return 'Deadline passed yesterday';
  if (summary.daysLeft < 0)
    return `Deadline passed ${plural(-summary.daysLeft, 'day', 'days')} ago`;
  if (summary.daysLeft <= 1) return `Deadline ${when.toLowerCase()}`;
  return `Deadline ${when} · ${plural(summary.daysLeft, 'day', 'days')} left`;
}

/** On track or behind, for active goals with a deadline. */
export function scheduleText(summary: GoalSummary): string | undefined {
  if (summary.elapsed === undefined) return undefined;
  if (summary.behind) {
    return `Behind schedule: ${percent(summary.progress)} done, ${percent(summary.elapsed)} of the time gone`;
  }
  return 'On track';
}

/** When it last moved (a step done, progress logged); a goal with neither counts from its start. */
export function lastProgressText(summary: GoalSummary, today: Day): string {
  const days = summary.idleDays;
  if (summary.doneSteps === 0 && summary.checkIns.length === 0) {
    if (days === 0) return 'Started today';
    return `No progress since it started ${plural(days, 'day', 'days')} ago`;
  }
  if (days === 0) return 'Moved today';
  if (summary.lastProgress === addDays(today, -1)) return 'Last moved yesterday';
  return `Last moved ${plural(days, 'day', 'days')} ago`;
}

export function snoozeText(count: number): string | undefined {
  return count > 0 ? `Snoozed ${plural(count, 'time', 'times')}` : undefined;
}
