import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareByOrder, isOrderKey, keyBetween, sortByOrder } from '../../src/domain/order-key';

describe('order keys', () => {
  it('always finds a key strictly between two neighbours, however often it is asked', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 60 }), (choices) => {
        // Keep inserting at the left or right edge of a shrinking gap.
        let low: string | null = null;
        let high: string | null = null;
        for (const goLeft of choices) {
          const key = keyBetween(low, high);
          if (low !== null) expect(low < key).toBe(true);
          if (high !== null) expect(key < high).toBe(true);
          if (goLeft) high = key;
          else low = key;
        }
      }),
    );
  });

  it('refuses neighbours with no room between them', () => {
    expect(() => keyBetween('a1', 'a1')).toThrow(RangeError);
    expect(() => keyBetween('a2', 'a1')).toThrow(RangeError);
  });

  it('compares by code units, not by locale, and breaks ties by id', () => {
    const items = [
      { id: 'b', order: 'a1' },
      { id: 'a', order: 'a1' },
      { id: 'c', order: 'Zz' },
      { id: 'd', order: 'a0V' },
    ];
    expect(sortByOrder(items).map((item) => item.id)).toEqual(['c', 'd', 'a', 'b']);
    expect(compareByOrder(items[0]!, items[0]!)).toBe(0);
  });

  it('sorts a copy and leaves the input alone', () => {
    const items = [
      { id: 'x', order: 'a2' },
      { id: 'y', order: 'a1' },
    ];
    sortByOrder(items);
    expect(items.map((item) => item.id)).toEqual(['x', 'y']);
  });
});

describe('isOrderKey', () => {
  it('accepts every key keyBetween makes', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 30 }), (lefts) => {
        let low: string | null = null;
        let high: string | null = null;
        for (const left of lefts) {
          const key = keyBetween(low, high);
          expect(isOrderKey(key)).toBe(true);
          if (left) high = key;
          else low = key;
        }
      }),
    );
  });

  it.each(['', 'a', 'zzzz', 'a0 ', 'a00', '<img>'])('refuses %j', (key) => {
    expect(isOrderKey(key)).toBe(false);
  });
});
