// The "New goal" flow's draft: what the person has typed so far, kept as typed (strings) so
// Back and Next never lose or reformat anything. Each part of the flow is checked with the
// domain's own rules (the repository checks all of them again on save). The draft is mirrored
// in sessionStorage, so a reload, or a detour to another page of the app, keeps it for as long
// as the tab lives; saving or cancelling clears it.
import {
  cleanDeadline,
  cleanFirstSteps,
  cleanGoalTitle,
  cleanMeasure,
  cleanObstacles,
  cleanWhy,
  type MeasureInput,
  type NewGoalInput,
} from '../../domain/goal-input';
import type { Day } from '../../domain/types';

export interface PairDraft {
  /** Keeps React's rows stable while pairs are added and removed. */
  key: string;
  obstacle: string;
  strategy: string;
}

export interface GoalDraft {
  title: string;
  why: string;
  measure: 'steps' | 'count';
  target: string;
  unit: string;
  deadline: string;
  steps: string[];
  obstacles: PairDraft[];
}

export const FIRST_STEP_BOXES = 3;

export const newPair = (): PairDraft => ({ key: crypto.randomUUID(), obstacle: '', strategy: '' });

export const emptyDraft = (): GoalDraft => ({
  title: '',
  why: '',
  measure: 'steps',
  target: '',
  unit: '',
  deadline: '',
  steps: Array.from({ length: FIRST_STEP_BOXES }, () => ''),
  obstacles: [newPair()],
});

/** An empty box is NaN, which the rules refuse with their own message. */
export function parseNumber(raw: string): number {
  return raw.trim() === '' ? Number.NaN : Number(raw);
}

export function measureInput(draft: Pick<GoalDraft, 'measure' | 'target' | 'unit'>): MeasureInput {
  return draft.measure === 'steps'
    ? { type: 'steps' }
    : { type: 'count', target: parseNumber(draft.target), unit: draft.unit };
}

export function toNewGoalInput(draft: GoalDraft): NewGoalInput {
  return {
    title: draft.title,
    why: draft.why,
    measure: measureInput(draft),
    deadline: draft.deadline,
    steps: draft.steps,
    obstacles: draft.obstacles,
  };
}

export type FlowPartId = 'what' | 'measure' | 'steps' | 'obstacles' | 'review';

export const FLOW_PARTS: readonly FlowPartId[] = [
  'what',
  'measure',
  'steps',
  'obstacles',
  'review',
];

const noId = () => '';

/** Throws the ValidationError of the first problem in one part of the flow. */
export function checkPart(part: FlowPartId, draft: GoalDraft, today: Day): void {
  switch (part) {
    case 'what':
      cleanGoalTitle(draft.title);
      cleanWhy(draft.why);
      return;
    case 'measure':
      cleanMeasure(measureInput(draft));
      cleanDeadline(draft.deadline, today);
      return;
    case 'steps':
      cleanFirstSteps(draft.steps);
      return;
    case 'obstacles':
      cleanObstacles(draft.obstacles, noId);
      return;
    case 'review':
      return;
  }
}

/** The index of the first part that does not pass (the review when all do). */
export function firstOpenPart(draft: GoalDraft, today: Day): number {
  const index = FLOW_PARTS.findIndex((part) => {
    try {
      checkPart(part, draft, today);
      return false;
    } catch {
      return true;
    }
  });
  return index === -1 ? FLOW_PARTS.length - 1 : index;
}

export function isBlank(draft: GoalDraft): boolean {
  const texts = [
    draft.title,
    draft.why,
    draft.target,
    draft.unit,
    draft.deadline,
    ...draft.steps,
    ...draft.obstacles.flatMap((pair) => [pair.obstacle, pair.strategy]),
  ];
  return texts.every((text) => text.trim() === '');
}

const STORAGE_KEY = 'goals-first:new-goal-draft';

const isText = (value: unknown): value is string => typeof value === 'string';

/** A stored draft is only trusted when it has the shape this code writes. */
function isDraft(value: unknown): value is GoalDraft {
  const draft = value as Partial<GoalDraft> | null;
  return (
    typeof draft === 'object' &&
    draft !== null &&
    [draft.title, draft.why, draft.target, draft.unit, draft.deadline].every(isText) &&
    (draft.measure === 'steps' || draft.measure === 'count') &&
    Array.isArray(draft.steps) &&
    draft.steps.length === FIRST_STEP_BOXES &&
    draft.steps.every(isText) &&
    Array.isArray(draft.obstacles) &&
    draft.obstacles.every(
      (pair) => isText(pair.key) && isText(pair.obstacle) && isText(pair.strategy),
    )
  );
}

export function loadDraft(): GoalDraft {
  try {
    const stored = sessionStorage.getItem(STORAGE_KEY);
    const draft: unknown = stored === null ? null : JSON.parse(stored);
    if (isDraft(draft)) return draft;
  } catch {
    // Storage blocked or a damaged entry: start afresh rather than fail.
  }
  return emptyDraft();
}

export function storeDraft(draft: GoalDraft): void {
  try {
    if (isBlank(draft)) sessionStorage.removeItem(STORAGE_KEY);
    else sessionStorage.setItem(STORAGE_KEY, JSON.stringify(draft));
  } catch {
    // Without storage the draft lives as long as the page; nothing else depends on it.
  }
}

export function clearDraft(): void {
  try {
    sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing stored, nothing to clear.
  }
}
