// How a drag starts, for every kind of input (DESIGN.md §10; issue 6 item 4):
// - mouse and pen: after the pointer moves 5 px with the button down, so a plain click on the
//   handle stays a click;
// - touch: after a 250 ms press that stays within 5 px, so a swipe over the list scrolls it;
//   the pointer sensor leaves touch alone, or the two would race for the same finger;
// - keyboard: Space or Enter on the handle lifts, arrow keys move to the next place in the
//   list, Space or Enter drops, Escape cancels (dnd-kit's sortable keyboard coordinates).
import {
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type PointerSensorOptions,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import type { PointerEvent } from 'react';

class MouseAndPenSensor extends PointerSensor {
  static override activators = [
    {
      eventName: 'onPointerDown' as const,
      handler: ({ nativeEvent: event }: PointerEvent, options: PointerSensorOptions) => {
        if (!event.isPrimary || event.button !== 0 || event.pointerType === 'touch') return false;
        options.onActivation?.({ event });
        return true;
      },
    },
  ];
}

export function useDragSensors() {
  return useSensors(
    useSensor(MouseAndPenSensor, { activationConstraint: { distance: 5 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
}
