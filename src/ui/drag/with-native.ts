// What dnd-kit's listeners and activators are called with: an event that carries the browser's
// event as `nativeEvent` (preact/compat sets it on every event it hands a handler).
export interface WithNative<E extends Event> {
  nativeEvent: E;
}
