import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyBetween, sortByOrder } from '../../src/domain/order-key';
import { anchorForMove, moveInList, neighboursAfterMove } from '../../src/domain/reorder';
import { ValidationError } from '../../src/domain/validation-error';

const list = ['a', 'b', 'c', 'd'];

describe('neighboursAfterMove', () => {
  it('names the items the moved one will stand between', () => {
    expect(neighboursAfterMove(list, 0, 2)).toEqual({ before: 'c', after: 'd' });
    expect(neighboursAfterMove(list, 3, 1)).toEqual({ before: 'a', after: 'b' });
    expect(neighboursAfterMove(list, 2, 0)).toEqual({ before: undefined, after: 'a' });
    expect(neighboursAfterMove(list, 1, 3)).toEqual({ before: 'd', after: undefined });
  });

  it('is null when nothing moves or an index is outside the list', () => {
    expect(neighboursAfterMove(list, 1, 1)).toBeNull();
    expect(neighboursAfterMove(list, -1, 2)).toBeNull();
    expect(neighboursAfterMove(list, 0, 4)).toBeNull();
  });

  it('leaves its input as it was', () => {
    const items = Object.freeze([...list]);
    expect(moveInList(items, 0, 3)).toEqual(['b', 'c', 'd', 'a']);
    expect(items).toEqual(list);
  });
});

const keyed = (ids: string[]) => {
  let key: string | null = null;
  return ids.map((id) => ({ id, order: (key = keyBetween(key, null)) }));
};

describe('anchorForMove', () => {
  const [a, b, c, d] = keyed(['a', 'b', 'c', 'd']) as [
    { id: string; order: string },
    { id: string; order: string },
    { id: string; order: string },
    { id: string; order: string },
  ];

  it('goes just after the neighbour it passes moving down, just before it moving up', () => {
    expect(anchorForMove(a, { before: c, after: d })).toEqual({ side: 'after', anchor: c });
    expect(anchorForMove(d, { before: a, after: b })).toEqual({ side: 'before', anchor: b });
    expect(anchorForMove(a, { before: d })).toEqual({ side: 'after', anchor: d });
    expect(anchorForMove(d, { after: a })).toEqual({ side: 'before', anchor: a });
  });

  it('is null when the item already stands between its neighbours', () => {
    expect(anchorForMove(b, { before: a, after: c })).toBeNull();
    expect(anchorForMove(a, { after: b })).toBeNull();
    expect(anchorForMove(d, {})).toBeNull();
  });

  it('refuses neighbours in the wrong order (the list changed meanwhile)', () => {
    expect(() => anchorForMove(a, { before: d, after: c })).toThrow(ValidationError);
  });

  it('lands every move where it was dropped (property)', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 2, max: 12 })
          .chain((n) => fc.tuple(fc.constant(n), fc.nat(n - 1), fc.nat(n - 1))),
        ([n, from, to]) => {
          const items = keyed(Array.from({ length: n }, (_, i) => `item-${i}`));
          const neighbours = neighboursAfterMove(items, from, to);
          if (!neighbours) return from === to;
          const moved = items[from]!;
          const anchor = anchorForMove(moved, neighbours);
          if (!anchor) return false;
          // The key space here is the list itself, so a key next to the anchor is its true
          // neighbour; the repository does the same against the whole key space.
          const index = items.indexOf(anchor.anchor);
          const other = items[anchor.side === 'after' ? index + 1 : index - 1];
          const order =
            anchor.side === 'after'
              ? keyBetween(anchor.anchor.order, other?.order ?? null)
              : keyBetween(other?.order ?? null, anchor.anchor.order);
          const result = sortByOrder(
            items.map((item) => (item === moved ? { ...item, order } : item)),
          );
          expect(result.map((item) => item.id)).toEqual(
            moveInList(items, from, to).map((item) => item.id),
          );
          return true;
        },
      ),
    );
  });
});
