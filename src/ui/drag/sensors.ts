// How a drag starts, for every kind of input (DESIGN.md §10; issue 6 item 4):
// - mouse and pen: after the pointer moves 5 px with the button down, so a plain click on the
//   handle stays a click;
// - touch: after a 250 ms press that stays within 5 px, so a swipe over the list scrolls it;
//   the pointer sensor leaves touch alone, or the two would race for the same finger;
// - keyboard: Space or Enter on the handle lifts, arrow keys move to the next place in the
//   list, Space or Enter drops, Escape cancels (dnd-kit's sortable keyboard coordinates); the
//   keys after the lift count from the moment it happens (PromptKeyboardSensor below).
import {
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type PointerSensorOptions,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import type { WithNative } from './with-native';

class MouseAndPenSensor extends PointerSensor {
  static override activators = [
    {
      eventName: 'onPointerDown' as const,
      handler: (
        { nativeEvent: event }: WithNative<PointerEvent>,
        options: PointerSensorOptions,
      ) => {
        if (!event.isPrimary || event.button !== 0 || event.pointerType === 'touch') return false;
        options.onActivation?.({ event });
        return true;
      },
    },
  ];
}

/** The parts of dnd-kit 6's KeyboardSensor that `attach` uses (private in its types). */
interface KeyboardSensorInternals {
  props: { event: Event };
  listeners: { add: (type: string, listener: (event: Event) => void) => void };
  windowListeners: { add: (type: string, listener: () => void) => void };
  handleStart: () => void;
  handleKeyDown: (event: Event) => void;
  handleCancel: () => void;
}

/**
 * dnd-kit's keyboard sensor starts listening for the keys that follow a lift only after a
 * timer, so that the key that lifted the row does not also drop it. On a busy device that timer
 * waits behind the work of the lift, and an arrow pressed meanwhile is lost (issue 21: the
 * keyboard drag test lost its first ArrowDown on a loaded machine). This one listens at once
 * and skips the lifting key itself, which is still on its way up to the document.
 */
class PromptKeyboardSensor extends KeyboardSensor {}

const keyboardProto = KeyboardSensor.prototype as unknown as Partial<KeyboardSensorInternals>;
// Only over the dnd-kit this was written for; another version keeps its own behaviour.
if (typeof keyboardProto.handleKeyDown === 'function' && 'attach' in keyboardProto) {
  Object.defineProperty(PromptKeyboardSensor.prototype, 'attach', {
    value(this: KeyboardSensorInternals) {
      this.handleStart();
      this.windowListeners.add('resize', this.handleCancel);
      this.windowListeners.add('visibilitychange', this.handleCancel);
      const lifting = this.props.event;
      this.listeners.add('keydown', (event) => {
        if (event !== lifting) this.handleKeyDown(event);
      });
    },
  });
}

export function useDragSensors() {
  return useSensors(
    useSensor(MouseAndPenSensor, { activationConstraint: { distance: 5 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 5 } }),
    useSensor(PromptKeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
}
