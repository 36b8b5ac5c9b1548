// A device link opened on this device (`#join=…`), read by the app shell the moment it starts
// or the fragment changes, and held here, in memory only, until Settings → Sync shows what
// joining would do and the user chooses "Join" or "Cancel". Never stored: a reload forgets it,
// as the address bar already has.
import type { DeviceLinkReading } from '../domain/device-link';

let pending: DeviceLinkReading | null = null;
const listeners = new Set<() => void>();

export function offerDeviceLink(reading: DeviceLinkReading): void {
  pending = reading;
  for (const listener of listeners) listener();
}

export function getDeviceLink(): DeviceLinkReading | null {
  return pending;
}

export function dropDeviceLink(): void {
  if (pending === null) return;
  pending = null;
  for (const listener of listeners) listener();
}

export function subscribeDeviceLink(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
