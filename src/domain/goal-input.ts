// The rules a goal must meet before it is stored, checked by the repository before any write
// (the "New goal" flow shows the same messages part by part, but is never the only guard):
// - title: trimmed, 1..200 characters; why: up to 200; every other text up to 200, but first
//   steps, which become tasks, follow the task title rule (up to TITLE_MAX_LENGTH, 500), so a
//   step is refused by the same rule wherever it is written;
// - measure: steps, or a count with a positive finite target and a unit of up to 200;
// - deadline: optional; a real calendar day, not before today;
// - a new goal has at least one first step;
// - obstacles come in pairs: "If …" and "Then I will …" both filled, or both empty (dropped).
// Each message is written for the user; `field` names the input to mark ('steps.0',
// 'obstacles.1.strategy', …) so a form can point at it.
import { isDay } from './day';
import { TITLE_MAX_LENGTH } from './task-input';
import type { Day, GoalMeasure, Obstacle } from './types';
import { ValidationError } from './validation-error';

export const GOAL_TEXT_MAX_LENGTH = 200;

const count = new Intl.NumberFormat('en');

function tooLong(what: string, length: number, max: number): string {
  return `${what} is ${count.format(length)} characters long; keep it to ${max} or fewer.`;
}

/** Trims and checks the length; blank gives ''. */
export function cleanGoalText(
  raw: string,
  what: string,
  field: string,
  max = GOAL_TEXT_MAX_LENGTH,
): string {
  const text = raw.trim();
  if (text.length > max) throw new ValidationError(tooLong(what, text.length, max), field);
  return text;
}

export function cleanGoalTitle(raw: string): string {
  const title = cleanGoalText(raw, 'The goal', 'title');
  if (title.length === 0) {
    throw new ValidationError('Say what you want first: a goal needs a few words.', 'title');
  }
  return title;
}

export function cleanWhy(raw: string): string {
  return cleanGoalText(raw, 'Why it matters', 'why');
}

/** What the form holds for the measure; `target` may be NaN when the box is empty. */
export type MeasureInput = { type: 'steps' } | { type: 'count'; target: number; unit: string };

export function cleanMeasure(input: MeasureInput): GoalMeasure {
  if (input.type === 'steps') return { type: 'steps' };
  const { target } = input;
  if (!Number.isFinite(target) || target <= 0) {
    throw new ValidationError(
      'The target must be a number above zero, such as 20000 (words) or 12 (sessions).',
      'target',
    );
  }
  return { type: 'count', target, unit: cleanGoalText(input.unit, 'The unit', 'unit') };
}

/** Blank means no deadline. */
export function cleanDeadline(raw: string | undefined, today: Day): Day | undefined {
  const day = raw?.trim() ?? '';
  if (day.length === 0) return undefined;
  if (!isDay(day)) {
    throw new ValidationError(
      'That deadline is not a real date; pick one from the calendar.',
      'deadline',
    );
  }
  if (day < today) {
    throw new ValidationError(
      'That deadline has already passed. Pick today or a later day, or leave it empty.',
      'deadline',
    );
  }
  return day;
}

/** The first steps of a new goal: blank boxes are skipped, at least one is needed. */
export function cleanFirstSteps(raw: readonly string[]): string[] {
  const steps: string[] = [];
  raw.forEach((text, index) => {
    const step = cleanGoalText(text, `Step ${index + 1}`, `steps.${index}`, TITLE_MAX_LENGTH);
    if (step.length > 0) steps.push(step);
  });
  if (steps.length === 0) {
    throw new ValidationError(
      'Write at least one first step: something you could start this week.',
      'steps.0',
    );
  }
  return steps;
}

export interface ObstacleInput {
  /** The id of a pair that already exists; a new pair gets one when stored. */
  id?: string;
  obstacle: string;
  strategy: string;
}

/** Pairs with both halves empty are dropped; a half-filled pair is refused. */
export function cleanObstacles(raw: readonly ObstacleInput[], newId: () => string): Obstacle[] {
  const pairs: Obstacle[] = [];
  raw.forEach((pair, index) => {
    const n = index + 1;
    const obstacle = cleanGoalText(pair.obstacle, `Obstacle ${n}`, `obstacles.${index}.obstacle`);
    const strategy = cleanGoalText(pair.strategy, `Strategy ${n}`, `obstacles.${index}.strategy`);
    if (obstacle.length === 0 && strategy.length === 0) return;
    if (obstacle.length === 0) {
      throw new ValidationError(
        `Obstacle ${n} has a plan but no obstacle: what might get in the way?`,
        `obstacles.${index}.obstacle`,
      );
    }
    if (strategy.length === 0) {
      throw new ValidationError(
        `Obstacle ${n} needs a plan: what will you do when it happens?`,
        `obstacles.${index}.strategy`,
      );
    }
    pairs.push({ id: pair.id ?? newId(), obstacle, strategy });
  });
  return pairs;
}

export interface NewGoalInput {
  title: string;
  why: string;
  measure: MeasureInput;
  deadline?: string;
  steps: readonly string[];
  obstacles: readonly ObstacleInput[];
}

export interface CleanNewGoal {
  title: string;
  why: string;
  measure: GoalMeasure;
  deadline?: Day;
  steps: string[];
  obstacles: Obstacle[];
}

/** Every rule of a new goal, in the order the flow asks; throws at the first problem. */
export function cleanNewGoal(input: NewGoalInput, today: Day, newId: () => string): CleanNewGoal {
  const deadline = cleanDeadline(input.deadline, today);
  return {
    title: cleanGoalTitle(input.title),
    why: cleanWhy(input.why),
    measure: cleanMeasure(input.measure),
    ...(deadline !== undefined && { deadline }),
    steps: cleanFirstSteps(input.steps),
    obstacles: cleanObstacles(input.obstacles, newId),
  };
}

/** Fields an edit can change; `deadline: ''` or `null` removes the deadline. */
export interface GoalChanges {
  title?: string;
  why?: string;
  measure?: MeasureInput;
  deadline?: string | null;
  obstacles?: readonly ObstacleInput[];
}

export interface CleanGoalChanges {
  title?: string;
  why?: string;
  measure?: GoalMeasure;
  /** null: remove the deadline. */
  deadline?: Day | null;
  obstacles?: Obstacle[];
}

/**
 * Only the fields given are checked, so a goal whose deadline has passed can still be renamed;
 * a deadline that is set again must not lie in the past, unless it is the one already stored.
 */
export function cleanGoalChanges(
  changes: GoalChanges,
  today: Day,
  newId: () => string,
  currentDeadline?: Day,
): CleanGoalChanges {
  const clean: CleanGoalChanges = {};
  if (changes.title !== undefined) clean.title = cleanGoalTitle(changes.title);
  if (changes.why !== undefined) clean.why = cleanWhy(changes.why);
  if (changes.measure !== undefined) clean.measure = cleanMeasure(changes.measure);
  if (changes.deadline !== undefined) {
    const unchanged = changes.deadline !== null && changes.deadline === currentDeadline;
    clean.deadline = unchanged
      ? currentDeadline
      : (cleanDeadline(changes.deadline ?? undefined, today) ?? null);
  }
  if (changes.obstacles !== undefined) clean.obstacles = cleanObstacles(changes.obstacles, newId);
  return clean;
}
