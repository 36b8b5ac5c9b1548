// What a screen reader hears during a drag, in our own words: where the item was picked up,
// where it is now and where it landed, as a position in its list ("Picked up Call the plumber.
// Position 3 of 8."). A list that accepts items from another list (Today: a chore dropped into
// the goal section) says what a drop there would do through `ForeignWords`.
import type { Active, Announcements, Over } from '@dnd-kit/core';

/** What every draggable row and drop zone tells the announcements (dnd-kit `data`). */
export interface DragData {
  /** The item's name: a task's or goal's title. */
  label: string;
  /** Which list (or drop zone) it belongs to. */
  list: string;
}

interface SortableData extends DragData {
  sortable?: { index: number; items: unknown[] };
}

const dataOf = (item: Active | Over): SortableData =>
  (item.data.current as SortableData | undefined) ?? { label: 'The item', list: '' };

/** 1-based position and list length, when the item is a row of a sortable list. */
function place(item: Active | Over): { position: number; count: number } | undefined {
  const sortable = dataOf(item).sortable;
  return sortable && { position: sortable.index + 1, count: sortable.items.length };
}

const at = (item: Active | Over) => {
  const where = place(item);
  return where ? `position ${where.position} of ${where.count}` : 'its place';
};

export interface ForeignWords<D extends DragData> {
  /** While over a row or zone of another list: what dropping there would do. */
  over: (active: D, over: D) => string;
  /** Right after a drop there. */
  dropped: (active: D, over: D) => string;
}

export const DRAG_INSTRUCTIONS =
  'To move this item, press Space or Enter. Then use the up and down arrow keys to move it, ' +
  'press Space or Enter to drop it there, or Escape to put it back.';

export function dragAnnouncements<D extends DragData>(foreign?: ForeignWords<D>): Announcements {
  const sameList = (active: Active, over: Over) => dataOf(active).list === dataOf(over).list;
  // Right after the pick-up, the item is over its own place: "Picked up …" says that already.
  let moved = false;
  return {
    onDragStart: ({ active }) => {
      moved = false;
      const where = place(active);
      const position = where ? ` Position ${where.position} of ${where.count}.` : '';
      return `Picked up ${dataOf(active).label}.${position}`;
    },
    onDragOver: ({ active, over }) => {
      const { label } = dataOf(active);
      if (!moved && over?.id === active.id) return undefined;
      moved = true;
      if (!over) return `${label} is not over a place to drop it.`;
      if (sameList(active, over)) return `${label} is now at ${at(over)}.`;
      return foreign?.over(dataOf(active) as D, dataOf(over) as D);
    },
    onDragEnd: ({ active, over }) => {
      const { label } = dataOf(active);
      if (!over) return `${label} was dropped where it was, at ${at(active)}.`;
      if (sameList(active, over)) return `${label} dropped at ${at(over)}.`;
      return foreign?.dropped(dataOf(active) as D, dataOf(over) as D);
    },
    onDragCancel: ({ active }) =>
      `Move cancelled. ${dataOf(active).label} is back at ${at(active)}.`,
  };
}

/** For dnd-kit's own live region, which we keep silent (see ./drag-area.tsx). */
export const SILENT: Announcements = {
  onDragStart: () => undefined,
  onDragOver: () => undefined,
  onDragEnd: () => undefined,
  onDragCancel: () => undefined,
};
