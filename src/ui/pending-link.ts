// A link opened on this device (a device link `#join=…`, a coach link `#share=…`), read by the
// app shell the moment it starts or the fragment changes, and held here, in memory only, until
// the view it leads to shows what it would do and the user chooses. Never stored: a reload
// forgets it, as the address bar already has.
import type { DeviceLinkReading } from '../domain/device-link';

export interface PendingLink {
  offer: (reading: DeviceLinkReading) => void;
  get: () => DeviceLinkReading | null;
  drop: () => void;
  subscribe: (listener: () => void) => () => void;
}

export function pendingLink(): PendingLink {
  let pending: DeviceLinkReading | null = null;
  const listeners = new Set<() => void>();
  const tell = () => {
    for (const listener of listeners) listener();
  };
  return {
    offer: (reading) => {
      pending = reading;
      tell();
    },
    get: () => pending,
    drop: () => {
      if (pending === null) return;
      pending = null;
      tell();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
