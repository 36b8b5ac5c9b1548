// One list sortable by drag and drop (a goal's steps, the active goals). The drop only computes
// indices and hands the pure rule (../../domain/reorder.ts) the move: the item and the two
// items it will stand between, which the caller writes (one row). The new order shows at once.
import type { DragEndEvent } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useMemo, useState, type ReactNode } from 'react';
import { moveInList, neighboursAfterMove, type Neighbours } from '../../domain/reorder';
import { DragArea } from './drag-area';
import { dragAnnouncements } from './drag-words';
import { DragOverlayRow } from './sortable-row';
import { useOptimisticOrder } from './use-optimistic-order';

interface Props<T> {
  items: readonly T[];
  /** Stable (module-level) functions: they key the shown order. */
  idOf: (item: T) => string;
  labelOf: (item: T) => string;
  /** Writes the move; resolves false when it was not saved (the old order comes back). */
  onMove: (item: T, neighbours: Neighbours<T>) => Promise<boolean>;
  /** The list itself, given the items in the order to show. */
  children: (items: readonly T[]) => ReactNode;
}

const announcements = dragAnnouncements();

export function SortableList<T>({ items, idOf, labelOf, onMove, children }: Props<T>) {
  const [shown, show, forget] = useOptimisticOrder(items, idOf);
  const ids = useMemo(() => shown.map(idOf), [shown, idOf]);
  const [activeId, setActiveId] = useState<string | null>(null);
  const active = activeId === null ? undefined : shown[ids.indexOf(activeId)];

  const drop = ({ active, over }: DragEndEvent) => {
    setActiveId(null);
    const from = ids.indexOf(String(active.id));
    const to = over ? ids.indexOf(String(over.id)) : -1;
    const neighbours = neighboursAfterMove(shown, from, to);
    const item = shown[from];
    if (!neighbours || item === undefined) return;
    show(moveInList(ids, from, to));
    void onMove(item, neighbours).then((saved) => {
      if (!saved) forget();
    });
  };

  return (
    <DragArea
      announcements={announcements}
      overlay={active === undefined ? null : <DragOverlayRow label={labelOf(active)} />}
      onDragStart={({ active }) => setActiveId(String(active.id))}
      onDragEnd={drop}
      onDragCancel={() => setActiveId(null)}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        {children(shown)}
      </SortableContext>
    </DragArea>
  );
}
