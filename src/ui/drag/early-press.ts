// A press on a drag handle that comes before the drag layer is ready must still count (issue
// 21): the layer is not in Today's first bundle (./drag-bridge.ts), and a person who grabs a
// handle the moment the list appears, or focuses it and presses Space, would otherwise drag
// nothing. Until the layer has published a row's listeners, the handle carries these catchers
// instead: a press asks for the layer at once and is kept; once the layer is ready it replays
// the press into dnd-kit's own listeners (`replayEarlyPress`), so the drag starts as if the
// layer had been there all along. A press that ended in the meantime (the button or finger
// lifted, focus left the handle, Escape) is forgotten: it was a click, not a drag.
import type { WithNative } from './with-native';
import { bindingOf, wantDrag } from './drag-bridge';

type Handler = 'onPointerDown' | 'onTouchStart' | 'onKeyDown';

interface Press {
  id: string;
  handler: Handler;
  event: Event;
  target: EventTarget;
  /** Removes the listeners that forget the press. */
  stop: () => void;
}

// The keys that lift a row with dnd-kit's keyboard sensor (./sensors.ts).
const LIFT_KEYS = new Set(['Space', 'Enter']);

let pending: Press | null = null;

function forget(): void {
  pending?.stop();
  pending = null;
}

/** Ends of a press, per kind: any of them on the page before the layer is ready forgets it. */
const ENDS: Record<Handler, readonly string[]> = {
  onPointerDown: ['pointerup', 'pointercancel'],
  onTouchStart: ['touchend', 'touchcancel'],
  onKeyDown: ['focusout'],
};

function keep(id: string, handler: Handler, event: Event): void {
  forget();
  const target = event.target;
  if (!target) return;
  const ends = ENDS[handler];
  const onEscape = (key: KeyboardEvent) => {
    if (key.key === 'Escape') forget();
  };
  const options = { capture: true, passive: true } as const;
  for (const type of ends) document.addEventListener(type, forget, options);
  document.addEventListener('keydown', onEscape, options);
  pending = {
    id,
    handler,
    event,
    target,
    stop: () => {
      for (const type of ends) document.removeEventListener(type, forget, options);
      document.removeEventListener('keydown', onEscape, options);
    },
  };
  wantDrag();
}

const catchers = new Map<string, Record<Handler, (event: never) => void>>();

/** The handle's listeners while the layer has not bound it (one stable object per row). */
export function earlyPressListeners(id: string): object {
  let found = catchers.get(id);
  if (!found) {
    found = {
      onPointerDown: (event: WithNative<PointerEvent>) => {
        // Touch is the touch sensor's (below); only the main button starts a mouse drag.
        const native = event.nativeEvent;
        if (native.pointerType !== 'touch' && native.isPrimary && native.button === 0) {
          keep(id, 'onPointerDown', native);
        }
      },
      onTouchStart: (event: WithNative<TouchEvent>) => {
        if (event.nativeEvent.touches.length === 1) keep(id, 'onTouchStart', event.nativeEvent);
      },
      onKeyDown: (event: WithNative<KeyboardEvent>) => {
        // Not prevented: dnd-kit ignores an event whose default was prevented, and a "click"
        // of the handle does nothing.
        if (LIFT_KEYS.has(event.nativeEvent.code)) keep(id, 'onKeyDown', event.nativeEvent);
      },
    };
    catchers.set(id, found);
  }
  return found;
}

/**
 * Hands a press that is still held to the drag layer, which calls this once it has bound the
 * rows on screen. dnd-kit's activators read the native event (and, for keys, the target).
 */
export function replayEarlyPress(): void {
  const press = pending;
  forget();
  if (!press) return;
  const listener = (
    bindingOf(press.id)?.listeners as Partial<Record<Handler, unknown>> | undefined
  )?.[press.handler];
  if (typeof listener !== 'function') return;
  (listener as (event: object) => void)({
    nativeEvent: press.event,
    target: press.target,
    currentTarget: press.target,
    type: press.event.type,
    defaultPrevented: false,
    preventDefault: () => undefined,
    stopPropagation: () => undefined,
  });
}
