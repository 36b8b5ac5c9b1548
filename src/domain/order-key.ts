// Order is a key on the record, not a position in an array (the excalidraw/tldraw approach):
// moving or inserting an item writes one row, never a renumbering. Keys compare by code units
// with `<` (never localeCompare); two records can end up with equal keys (two tabs, a merge),
// so every comparison breaks ties by id to stay total and deterministic.
import { generateKeyBetween } from 'fractional-indexing';
import type { OrderKey } from './types';

/**
 * A key strictly between `before` and `after`; null means the open end of the list. Callers
 * pass neighbours with strictly increasing keys (equal keys leave no room between them).
 */
export function keyBetween(before: OrderKey | null, after: OrderKey | null): OrderKey {
  if (before !== null && after !== null && !(before < after)) {
    throw new RangeError(`No key fits between ${before} and ${after}`);
  }
  return generateKeyBetween(before, after);
}

export interface Ordered {
  id: string;
  order: OrderKey;
}

export function compareByOrder(a: Ordered, b: Ordered): number {
  if (a.order !== b.order) return a.order < b.order ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return 0;
}

/** A sorted copy; the input is left as it was. */
export function sortByOrder<T extends Ordered>(items: readonly T[]): T[] {
  return [...items].sort(compareByOrder);
}
