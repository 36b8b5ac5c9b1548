// Whether this device syncs, as the outbox middleware needs to know it: synchronously, on every
// write. The switch is device-local state (a row of `settings`, never in a backup or the Y.Doc),
// loaded into memory when the database opens and passed to the other tabs of this browser by a
// BroadcastChannel when it flips.
//
// A tab that has not heard of the flip yet must still not let a write slip past the outbox: a
// write it makes while its switch reads "off" double-checks the stored row inside its own
// transaction (./outbox-middleware.ts). IndexedDB orders transactions on the same store, so
// such a write either commits before sync was turned on (and the bridge's first start, which
// pushes every row the Y.Doc lacks, reads it) or sees the row and records itself.

/** The `settings` row holding the switch: `true` while this device syncs. */
export const SYNC_SETTING_KEY = 'syncEnabled';

export class SyncSwitch {
  /** True while this device records changes for sync. */
  on = false;
  private channel: BroadcastChannel | undefined;
  private readonly listeners = new Set<(on: boolean) => void>();

  constructor(private readonly dbName: string) {}

  /** Starts listening to the other tabs (none in Node tests without BroadcastChannel). */
  listen(): void {
    if (this.channel || typeof BroadcastChannel === 'undefined') return;
    this.channel = new BroadcastChannel(`goals-first-sync-switch:${this.dbName}`);
    this.channel.onmessage = (event: MessageEvent) => {
      if (typeof event.data === 'boolean') this.flip(event.data);
    };
  }

  /** Sets this tab's switch and tells the other tabs. */
  set(on: boolean): void {
    this.flip(on);
    this.channel?.postMessage(on);
  }

  /** Calls `listener` whenever the switch flips, here or in another tab; returns the unsubscribe. */
  onChange(listener: (on: boolean) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private flip(on: boolean): void {
    const changed = on !== this.on;
    this.on = on;
    if (changed) for (const listener of this.listeners) listener(on);
  }

  close(): void {
    this.channel?.close();
    this.channel = undefined;
  }
}
