// One drag-and-drop area: dnd-kit's DndContext with the sensors of ./sensors.ts, our spoken
// instructions and announcements, and a drag overlay (the row that follows the pointer).
//
// Announcements go to our own live region. dnd-kit's region has role="status", and it would
// stand beside the app's toasts (also a status) for as long as a list is on screen: two
// statuses, where the app keeps one that exists only while it has news. So dnd-kit's
// accessibility markup renders into a hidden element (its instructions, referenced by each
// handle's aria-describedby, are read from there; hidden text still names and describes) and
// is given no announcements, while ours speaks through a plain aria-live region.
// Under prefers-reduced-motion the overlay does not glide into place on drop.
import {
  closestCenter,
  DndContext,
  DragOverlay,
  useDndMonitor,
  type Announcements,
  type CollisionDetection,
  type DndContextProps,
} from '@dnd-kit/core';
import { useMemo, useState, type ReactNode } from 'react';
import { usePrefersReducedMotion } from '../use-reduced-motion';
import { DRAG_INSTRUCTIONS, SILENT } from './drag-words';
import { useDragSensors } from './sensors';
import './drag.css';

type Handlers = Pick<
  DndContextProps,
  'onDragStart' | 'onDragMove' | 'onDragOver' | 'onDragEnd' | 'onDragCancel'
>;

interface Props extends Handlers {
  announcements: Announcements;
  /** Which droppable the dragged item is over; default: the one with the closest centre. */
  collisionDetection?: CollisionDetection;
  /** What follows the pointer while an item is dragged; null when nothing is. */
  overlay: ReactNode;
  /** No drop animation (a drop that sends the item to another list, which it animates to). */
  noDropAnimation?: boolean;
  children: ReactNode;
}

export function DragArea({
  announcements,
  collisionDetection,
  overlay,
  noDropAnimation,
  children,
  ...handlers
}: Props) {
  const sensors = useDragSensors();
  const reduced = usePrefersReducedMotion();
  const [host, setHost] = useState<HTMLElement | null>(null);
  const accessibility = useMemo(
    () => ({
      announcements: SILENT,
      screenReaderInstructions: { draggable: DRAG_INSTRUCTIONS },
      ...(host && { container: host }),
    }),
    [host],
  );
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection ?? closestCenter}
      accessibility={accessibility}
      {...handlers}
    >
      {children}
      <DragAnnouncer announcements={announcements} />
      <DragOverlay dropAnimation={reduced || noDropAnimation ? null : undefined}>
        {overlay}
      </DragOverlay>
      <div hidden ref={setHost} />
    </DndContext>
  );
}

function DragAnnouncer({ announcements }: { announcements: Announcements }) {
  const [text, setText] = useState('');
  const say = (words: string | undefined) => {
    if (words !== undefined) setText(words);
  };
  useDndMonitor({
    onDragStart: (event) => say(announcements.onDragStart(event)),
    onDragOver: (event) => say(announcements.onDragOver(event)),
    onDragEnd: (event) => say(announcements.onDragEnd(event)),
    onDragCancel: (event) => say(announcements.onDragCancel(event)),
  });
  return (
    <div className="visually-hidden" aria-live="assertive" aria-atomic="true">
      {text}
    </div>
  );
}
