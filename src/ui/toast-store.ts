// One toast at a time, shown by the shell's <Toaster>. Views call showToast from event handlers;
// a newer toast replaces the older one (its action, e.g. Undo, is then no longer offered). A
// nudge nobody asked for never replaces a toast the person caused: it waits until that one has
// gone (a backup reminder that arrived just after a snooze had taken the snooze's plan and its
// Undo off the screen).
export interface ToastAction {
  label: string;
  run: () => unknown;
}

export interface Toast {
  id: number;
  message: string;
  /** info: news the user caused (announced); error: a failure (an alert); nudge: a reminder
   * nobody asked for, shown but not announced, so it never interrupts nor stands in for a
   * view's own status. */
  tone: 'info' | 'error' | 'nudge';
  action?: ToastAction;
}

let current: Toast | null = null;
let waitingNudge: Toast | null = null;
let nextId = 1;
const listeners = new Set<() => void>();

function publish(toast: Toast | null) {
  current = toast;
  for (const listener of listeners) listener();
}

export function showToast(message: string, options: { action?: ToastAction } = {}): void {
  publish({ id: nextId++, message, tone: 'info', ...options });
}

export function showNudge(message: string, options: { action?: ToastAction } = {}): void {
  const nudge: Toast = { id: nextId++, message, tone: 'nudge', ...options };
  if (current && current.tone !== 'nudge') waitingNudge = nudge;
  else publish(nudge);
}

export function showError(message: string): void {
  publish({ id: nextId++, message, tone: 'error' });
}

export function dismissToast(id: number): void {
  if (current?.id !== id) return;
  const next = waitingNudge;
  waitingNudge = null;
  publish(next);
}

export function getToast(): Toast | null {
  return current;
}

export function subscribeToast(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
