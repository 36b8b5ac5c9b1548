// The sync status of this device, as the leading tab tells it (src/sync/device-session.ts).
// Loads the sync code only when sync is on (it is loaded already then, by the app's starter).
//
// A quick edit turns "Synced" into "Syncing" and back within a tenth of a second; a status
// region announcing both at every keystroke would be noise, so "Syncing" after "Synced" shows
// only once it has lasted a moment.
import { useEffect, useState } from 'react';
import type { SyncView } from '../../sync/sync-view';

const SYNCING_SHOWN_AFTER_MS = 700;

/** Passes views on to `set`, holding back a "syncing" that follows "synced" for a moment. */
function steady(set: (view: SyncView) => void) {
  let last: SyncView | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const show = (view: SyncView) => {
    last = view;
    set(view);
  };
  return {
    deliver(view: SyncView) {
      clearTimeout(timer);
      if (view.state === 'syncing' && last?.state === 'synced') {
        timer = setTimeout(() => show(view), SYNCING_SHOWN_AFTER_MS);
      } else {
        show(view);
      }
    },
    stop: () => clearTimeout(timer),
  };
}

export function useSyncView(active: boolean): SyncView | undefined {
  const [view, setView] = useState<SyncView | undefined>(undefined);
  useEffect(() => {
    if (!active) return undefined;
    let live = true;
    let unsubscribe: (() => void) | undefined;
    const shown = steady(setView);
    void import('../../sync/device-session').then((session) => {
      if (!live) return;
      shown.deliver(session.currentSyncView());
      unsubscribe = session.subscribeSyncView((next) => shown.deliver(next));
    });
    return () => {
      live = false;
      shown.stop();
      unsubscribe?.();
    };
  }, [active]);
  return view;
}
