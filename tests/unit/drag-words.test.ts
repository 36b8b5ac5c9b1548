import type { Active, Over } from '@dnd-kit/core';
import { describe, expect, it } from 'vitest';
import { dragAnnouncements } from '../../src/ui/drag/drag-words';

/** What dnd-kit hands the announcements: the item's data, with its place in its list. */
const item = (id: string, label: string, list: string, index: number, count = 8) =>
  ({
    id,
    data: {
      current: { label, list, sortable: { index, items: Array.from({ length: count }) } },
    },
  }) as unknown as Active & Over;

describe('drag announcements', () => {
  const plumber = item('p', 'Call the plumber', 'chores', 2);

  it('say where the item was picked up, where it is and where it landed', () => {
    const words = dragAnnouncements();
    expect(words.onDragStart({ active: plumber })).toBe(
      'Picked up Call the plumber. Position 3 of 8.',
    );
    // Over its own place right after the pick-up: already said.
    expect(words.onDragOver({ active: plumber, over: plumber })).toBeUndefined();
    const fifth = item('x', 'Pay rent', 'chores', 4);
    expect(words.onDragOver({ active: plumber, over: fifth })).toBe(
      'Call the plumber is now at position 5 of 8.',
    );
    // Back over its own place later on: that is news.
    expect(words.onDragOver({ active: plumber, over: plumber })).toBe(
      'Call the plumber is now at position 3 of 8.',
    );
    expect(words.onDragOver({ active: plumber, over: null })).toBe(
      'Call the plumber is not over a place to drop it.',
    );
    expect(words.onDragEnd({ active: plumber, over: fifth })).toBe(
      'Call the plumber dropped at position 5 of 8.',
    );
    expect(words.onDragCancel({ active: plumber, over: null })).toBe(
      'Move cancelled. Call the plumber is back at position 3 of 8.',
    );
  });

  it('let a list say what a drop into another list does', () => {
    const words = dragAnnouncements({
      over: (active, over) => `Over ${over.label}: drop to make ${active.label} a goal step.`,
      dropped: (active) => `${active.label} dropped on Goals.`,
    });
    const goalRow = item('g', 'Outline', 'goals', 0, 3);
    words.onDragStart({ active: plumber });
    expect(words.onDragOver({ active: plumber, over: goalRow })).toBe(
      'Over Outline: drop to make Call the plumber a goal step.',
    );
    expect(words.onDragEnd({ active: plumber, over: goalRow })).toBe(
      'Call the plumber dropped on Goals.',
    );
  });
});
