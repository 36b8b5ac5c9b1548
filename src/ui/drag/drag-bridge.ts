// Lets rows that render up front take part in drag and drop that loads later. dnd-kit does not
// fit in Today's first bundle (DESIGN.md §8: ≤ 130 KB gzip), so Today's rows are plain
// components that render their drag handle at once, and the drag layer (dnd-kit and the drop
// rules) loads once the browser is idle after the first render, or sooner on the first sign of
// use: a pointer moving over the page, a key, a touch, or focus on a handle. The layer does not
// wrap the rows, so loading it never remounts them (a click in progress, focus and an open
// editor stay as they are). Instead it talks to them through this module:
// - rows and handles register their elements here (`attach`), and the layer hands them to
//   dnd-kit (setNodeRef, setActivatorNodeRef);
// - the layer publishes each row's binding (the handle's attributes and listeners, the row's
//   transform while others make way, whether it is the row being dragged), and the row renders
//   it (`useRowBinding`);
// - a press on a handle before the layer is ready is kept and handed to the layer once it is
//   (./early-press.ts).
import { useSyncExternalStore, type CSSProperties } from 'react';

export interface RowBinding {
  /** dnd-kit's attributes and listeners, for the handle only (never the row). */
  attributes?: object;
  listeners?: object | undefined;
  style?: CSSProperties;
  isDragging?: boolean;
  /** Drop hints: a drop on this row (or section) would land here. */
  className?: string | undefined;
}

export type Part = 'row' | 'handle';

type Listeners = Map<string, Set<() => void>>;

function subscribeTo(listeners: Listeners, key: string, listener: () => void): () => void {
  let set = listeners.get(key);
  if (!set) listeners.set(key, (set = new Set()));
  set.add(listener);
  return () => {
    set.delete(listener);
    if (set.size === 0) listeners.delete(key);
  };
}

const notify = (listeners: Listeners, key: string) => {
  for (const listener of listeners.get(key) ?? []) listener();
};

const bindings = new Map<string, RowBinding>();
const bindingListeners: Listeners = new Map();

const sameStyle = (a: CSSProperties = {}, b: CSSProperties = {}) =>
  a.transform === b.transform && a.transition === b.transition;

const same = (a: RowBinding | undefined, b: RowBinding | undefined) =>
  a === b ||
  (a !== undefined &&
    b !== undefined &&
    a.attributes === b.attributes &&
    a.listeners === b.listeners &&
    a.isDragging === b.isDragging &&
    a.className === b.className &&
    sameStyle(a.style, b.style));

/** Called by the drag layer; undefined takes the binding away. */
export function publishBinding(id: string, binding: RowBinding | undefined): void {
  if (same(bindings.get(id), binding)) return;
  if (binding) bindings.set(id, binding);
  else bindings.delete(id);
  notify(bindingListeners, id);
}

export const bindingOf = (id: string): RowBinding | undefined => bindings.get(id);

export function useRowBinding(id: string): RowBinding | undefined {
  return useSyncExternalStore(
    (listener) => subscribeTo(bindingListeners, id, listener),
    () => bindings.get(id),
  );
}

const elements = new Map<string, HTMLElement>();
const elementListeners: Listeners = new Map();
const attachers = new Map<string, (element: HTMLElement | null) => void>();

/** A stable callback ref that registers the row's (or its handle's) element. */
export function attach(part: Part, id: string): (element: HTMLElement | null) => void {
  const key = `${part}:${id}`;
  let attacher = attachers.get(key);
  if (!attacher) {
    // Kept for good (one small function per row ever shown): a callback that changed identity
    // would make React detach and attach the element on every render, dnd-kit included.
    attacher = (element) => {
      if (element) elements.set(key, element);
      else elements.delete(key);
      notify(elementListeners, key);
    };
    attachers.set(key, attacher);
  }
  return attacher;
}

export const elementOf = (part: Part, id: string): HTMLElement | null =>
  elements.get(`${part}:${id}`) ?? null;

export const onElement = (part: Part, id: string, listener: () => void): (() => void) =>
  subscribeTo(elementListeners, `${part}:${id}`, listener);

let wanted = false;
const wantedListeners = new Set<() => void>();

/** The user may be about to drag: load the drag layer. */
export function wantDrag(): void {
  if (wanted) return;
  wanted = true;
  for (const listener of wantedListeners) listener();
}

export function useDragWanted(): boolean {
  return useSyncExternalStore(
    (listener) => {
      wantedListeners.add(listener);
      return () => wantedListeners.delete(listener);
    },
    () => wanted,
  );
}
