// Moving one item of a list on screen to another place (a drag, Move up / Move down). Order is
// a key on each record (./order-key.ts), so a move never renumbers the list: the moved item gets
// one new key, between the two items it will stand between. The list on screen may be a part of
// a larger key space (Today's visible chores are a few of thousands of tasks), so the new key is
// placed against the neighbour the item passes: just after it when the item moves down, just
// before it when the item moves up. The repository finds the true neighbour of that key in the
// whole space, so rows between the two visible neighbours keep their places and no key repeats.
import { compareByOrder, type Ordered } from './order-key';
import { ValidationError } from './validation-error';

/** The items a moved item will stand between; absent: the open end of the list. */
export interface Neighbours<T> {
  before?: T | undefined;
  after?: T | undefined;
}

/** A copy of `items` with the item at `from` moved to index `to` (dnd-kit's arrayMove). */
export function moveInList<T>(items: readonly T[], from: number, to: number): T[] {
  const copy = [...items];
  const [moved] = copy.splice(from, 1);
  if (moved !== undefined) copy.splice(to, 0, moved);
  return copy;
}

/**
 * Where the item at `from` ends up when it is moved to index `to`: its new neighbours. Null
 * when nothing moves (same index, or an index outside the list).
 */
export function neighboursAfterMove<T>(
  items: readonly T[],
  from: number,
  to: number,
): Neighbours<T> | null {
  const inside = (index: number) => Number.isInteger(index) && index >= 0 && index < items.length;
  if (from === to || !inside(from) || !inside(to)) return null;
  const moved = moveInList(items, from, to);
  return { before: moved[to - 1], after: moved[to + 1] };
}

/** Neighbours found in the wrong order: the list changed under the move (another tab). */
export const listChangedError = () =>
  new ValidationError(
    'The list changed while you were moving this, so it stayed where it was. Please try again.',
    'order',
  );

/** The key a moved item needs: just after `anchor`, or just before it. */
export type MoveAnchor<T> = { side: 'after'; anchor: T } | { side: 'before'; anchor: T };

/**
 * Which neighbour the moved item passes, and so which side of it the new key goes. Null when the
 * item already stands between the two (nothing to write). Neighbours in the wrong order mean
 * the list changed under the move; that is refused rather than guessed.
 */
export function anchorForMove<T extends Ordered>(
  moved: Ordered,
  { before, after }: Neighbours<T>,
): MoveAnchor<T> | null {
  if (before && after && before.order > after.order) throw listChangedError();
  const belowBefore = before === undefined || compareByOrder(before, moved) < 0;
  const aboveAfter = after === undefined || compareByOrder(moved, after) < 0;
  if (belowBefore && aboveAfter) return null;
  // It sorts above `before` now: it moved down past it. Otherwise it moved up past `after`.
  if (before && !belowBefore) return { side: 'after', anchor: before };
  return after ? { side: 'before', anchor: after } : null;
}
