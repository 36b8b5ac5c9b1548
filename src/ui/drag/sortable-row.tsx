// A row of a sortable list: dnd-kit's useSortable, with the handle's part (setActivatorNodeRef,
// attributes, listeners) kept apart for ./drag-handle.tsx, and no sliding under
// prefers-reduced-motion. Also the overlay that follows the pointer during a drag.
import type { DraggableAttributes, DraggableSyntheticListeners } from '@dnd-kit/core';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { CSSProperties } from 'react';
import { HandleIcon } from '../icons';
import { usePrefersReducedMotion } from '../use-reduced-motion';
import { DragHandle } from './drag-handle';
import type { DragData } from './drag-words';

export interface RowHandle {
  /** Gives dnd-kit the handle's element (setActivatorNodeRef). */
  attach: (element: HTMLElement | null) => void;
  attributes: DraggableAttributes;
  listeners: DraggableSyntheticListeners;
}

interface Options {
  /** Not draggable now (a row being edited). */
  disabled?: boolean;
  /** Whether the item being dragged may be dropped here; false leaves this row out. */
  droppable?: boolean;
}

export function useSortableRow(id: string, data: DragData, options: Options = {}) {
  const reduced = usePrefersReducedMotion();
  const sortable = useSortable({
    id,
    data,
    disabled: { draggable: options.disabled ?? false, droppable: options.droppable === false },
    // Rows make way for the dragged one by sliding; under reduced motion they jump.
    ...(reduced && { transition: null }),
  });
  const style: CSSProperties = {
    transform: CSS.Translate.toString(sortable.transform),
    transition: sortable.transition,
  };
  const handle: RowHandle = {
    attach: sortable.setActivatorNodeRef,
    attributes: sortable.attributes,
    listeners: sortable.listeners,
  };
  return {
    /** Gives dnd-kit the row's element (setNodeRef). */
    attach: sortable.setNodeRef,
    style,
    handle,
    /** This row is the one picked up (the overlay stands in for it meanwhile). */
    isDragging: sortable.isDragging,
    /** The dragged item is over this row. */
    isOver: sortable.isOver,
  };
}

/**
 * What a sortable list item takes (a goal card, a step on its goal's page): its element, its
 * movement while others make way, the mark of the row picked up, and its handle, shown only
 * when there is something to reorder.
 */
export function useSortableItem(id: string, data: DragData, withHandle: boolean) {
  const row = useSortableRow(id, data);
  return {
    rowRef: row.attach,
    style: row.style,
    className: row.isDragging ? 'is-dragging' : undefined,
    leading: withHandle && (
      <DragHandle
        label={data.label}
        attach={row.handle.attach}
        attributes={row.handle.attributes}
        listeners={row.handle.listeners}
      />
    ),
  };
}

/** What follows the pointer: the row's title with the handle's grip, for sight only. */
export function DragOverlayRow({ label, className }: { label: string; className?: string }) {
  return (
    <div className={`drag-overlay${className ? ` ${className}` : ''}`} aria-hidden="true">
      <HandleIcon />
      <span className="drag-overlay-title">{label}</span>
    </div>
  );
}
