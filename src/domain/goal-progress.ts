// How far a goal has come and how it is doing against its own deadline (DESIGN.md §3):
// - last progress: the latest of its completed steps' completion days, its check-ins' days and
//   its creation day; neglected when today − last progress ≥ neglectDays;
// - progress share: done steps / all steps (steps goals), or the sum of check-in amounts /
//   target (count goals), capped at 1;
// - elapsed share: (today − creation day) / (deadline − creation day), kept within 0..1;
// - behind schedule: progress share + 0.1 < elapsed share.
// Callers pass only the goal's own live (not deleted) steps and check-ins.
import { daysBetween, toDay } from './day';
import type { CheckIn, Day, Goal, Task } from './types';

const BEHIND_MARGIN = 0.1;

const later = (a: Day, b: Day) => (a > b ? a : b);

export function lastProgressDay(
  goal: Goal,
  steps: readonly Task[],
  checkIns: readonly CheckIn[],
): Day {
  let last = toDay(goal.createdAt);
  for (const step of steps) {
    if (step.status === 'done' && step.completedAt !== undefined) {
      last = later(last, toDay(step.completedAt));
    }
  }
  for (const checkIn of checkIns) last = later(last, checkIn.day);
  return last;
}

export function progressShare(
  goal: Goal,
  steps: readonly Task[],
  checkIns: readonly CheckIn[],
): number {
  if (goal.measure.type === 'count') {
    if (!(goal.measure.target > 0)) return 0;
    return clampShare(loggedAmount(checkIns) / goal.measure.target);
  }
  if (steps.length === 0) return 0;
  const done = steps.filter((step) => step.status === 'done').length;
  return clampShare(done / steps.length);
}

/** The sum of the check-ins' amounts (those without an amount count as 0). */
export function loggedAmount(checkIns: readonly CheckIn[]): number {
  // Summed in id order: float addition is not associative, and the same data must always
  // give the same total, whatever order the check-ins arrive in.
  return [...checkIns]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .reduce((sum, checkIn) => sum + (checkIn.amount ?? 0), 0);
}

/** The share of the time to the deadline that is gone; undefined without a deadline. */
export function elapsedShare(goal: Goal, today: Day): number | undefined {
  if (goal.deadline === undefined) return undefined;
  const start = toDay(goal.createdAt);
  const span = daysBetween(start, goal.deadline);
  if (span <= 0) return today >= goal.deadline ? 1 : 0;
  return clampShare(daysBetween(start, today) / span);
}

export function isBehindSchedule(progress: number, elapsed: number | undefined): boolean {
  return elapsed !== undefined && progress + BEHIND_MARGIN < elapsed;
}

function clampShare(value: number): number {
  return Math.min(1, Math.max(0, value));
}
