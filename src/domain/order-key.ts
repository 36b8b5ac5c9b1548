// Order is a key on the record, not a position in an array (the excalidraw/tldraw approach):
// moving or inserting an item writes one row, never a renumbering. Keys compare by code units
// with `<` (never localeCompare); two records can end up with equal keys (two tabs, a merge),
// so every comparison breaks ties by id to stay total and deterministic.
import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';
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

/** `count` increasing keys strictly between `before` and `after` (a block inserted at once). */
export function keysBetween(
  before: OrderKey | null,
  after: OrderKey | null,
  count: number,
): OrderKey[] {
  if (before !== null && after !== null && !(before < after)) {
    throw new RangeError(`No key fits between ${before} and ${after}`);
  }
  return generateNKeysBetween(before, after, count);
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

/** Whether `value` is a well-formed key (an import must not bring in a key no insert can use). */
export function isOrderKey(value: string): boolean {
  if (!/^[0-9A-Za-z]+$/.test(value)) return false;
  // generateKeyBetween validates its bounds; a key at either end of the key space cannot grow
  // in one direction, so it is valid when either direction works.
  for (const [before, after] of [
    [value, null],
    [null, value],
  ] as const) {
    try {
      generateKeyBetween(before, after);
      return true;
    } catch {
      // try the other direction
    }
  }
  return false;
}
