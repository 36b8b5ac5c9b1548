// A shared client's figures in words (issue 17): what the coach's cards and the client's preview
// of them say. Pure, so each sentence is tested.
import type { SharedGoal, ShareProjection } from '../../domain/share-projection';
import type { Day } from '../../domain/types';
import { dayText, formatAmount } from '../goal-text';

const plural = (n: number, one: string, many = `${one}s`) =>
  `${formatAmount(n)} ${n === 1 ? one : many}`;

/** "2 of 12 books" or "1 of 3 steps done". */
export function sharedProgressText(goal: SharedGoal): string {
  if (goal.target !== undefined) {
    const unit = goal.unit ? ` ${goal.unit}` : '';
    return `${formatAmount(goal.logged)} of ${formatAmount(goal.target)}${unit}`;
  }
  if (goal.totalSteps === 0) return 'No steps planned yet';
  return `${formatAmount(goal.doneSteps)} of ${plural(goal.totalSteps, 'step')} done`;
}

/** The bar's quantities, as on the Goals view. */
export function sharedProgressRange(goal: SharedGoal): { value: number; max: number } {
  return goal.target !== undefined
    ? { value: goal.logged, max: goal.target }
    : { value: goal.doneSteps, max: goal.totalSteps };
}

/** What needs the coach's attention about a goal: neglected, behind schedule, snoozed. */
export function attentionWords(goal: SharedGoal): string[] {
  const words: string[] = [];
  if (goal.neglected) words.push(`Neglected: no progress for ${plural(goal.idleDays, 'day')}`);
  if (goal.behind) words.push('Behind schedule');
  if (goal.snoozed) words.push('Next step snoozed');
  if (goal.snoozesThisWeek > 0) {
    words.push(`Snoozed ${plural(goal.snoozesThisWeek, 'time')} this week`);
  }
  if (goal.status === 'paused') words.push('Paused');
  return words;
}

/** How many goals need attention, for the card's headline. */
export function attentionCount(projection: ShareProjection): number {
  return projection.goals.filter((goal) => goal.status === 'active' && attentionWords(goal).length)
    .length;
}

export function lastActivityText(projection: ShareProjection, today: Day): string {
  const day = projection.lastActivity;
  return day === undefined ? 'No activity yet' : `Last activity: ${dayText(day, today)}`;
}

export function nextSessionText(projection: ShareProjection, today: Day): string {
  const next = projection.nextSession;
  return next === undefined
    ? 'No session planned'
    : `Next session: ${next.label}, ${dayText(next.day, today)}`;
}

export function choresText(projection: ShareProjection): string {
  const { open, doneThisWeek } = projection.chores;
  return `${plural(open, 'open chore')} · ${plural(doneThisWeek, 'chore')} done this week`;
}
