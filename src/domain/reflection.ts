// The client's reflection on a week: free text, one record per week start. Its id is derived
// from the week start, never random, so the same week written on two devices is one record
// (a sync merges the two texts as edits of one field instead of keeping two reflections).
import type { Day } from './types';
import { ValidationError } from './validation-error';

export const REFLECTION_MAX_LENGTH = 5_000;

const count = new Intl.NumberFormat('en');

export function reflectionId(weekStart: Day): string {
  return `reflection-${weekStart}`;
}

/**
 * The text as it will be stored: kept as typed (spaces and line breaks are the writer's), only
 * checked against the limit. Empty text is allowed: clearing the box clears the reflection.
 */
export function cleanReflection(text: string): string {
  if (text.length > REFLECTION_MAX_LENGTH) {
    throw new ValidationError(
      `The reflection is ${count.format(text.length)} characters long; keep it to ${count.format(REFLECTION_MAX_LENGTH)} or fewer. Nothing was lost: shorten it and it saves again.`,
      'reflection',
    );
  }
  return text;
}
