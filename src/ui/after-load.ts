// Work the first screen does not need (the service worker, storage care and sync, Today's drag
// layer) waits until the page has loaded, the first screen is up (Today has shown its list or
// its empty state, not only its frame) and the browser is idle: on a slow phone every request
// and every chunk evaluated before Today shows its content delays that content (Lighthouse
// mobile counts all of it against the largest contentful paint, DESIGN.md §8; on a first visit
// the database is still being created while the page is idle, so idle alone came too early).
// The service worker's own advice is to register after load.
import { useEffect, useState } from 'react';

/** Past this, after load, background work starts even if no view said its screen is up. */
const FIRST_SCREEN_WAIT_MS = 3000;

let firstScreenUp = false;
const waitingForFirstScreen: (() => void)[] = [];

/** The first view has shown its content (or cannot: a database problem, another route). */
export function markFirstScreen(): void {
  if (firstScreenUp) return;
  firstScreenUp = true;
  for (const run of waitingForFirstScreen.splice(0)) run();
}

const whenIdle = (run: () => void) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 1);
};

const whenFirstScreen = (run: () => void) => {
  if (firstScreenUp) {
    run();
    return;
  }
  waitingForFirstScreen.push(run);
  setTimeout(markFirstScreen, FIRST_SCREEN_WAIT_MS);
};

export function afterLoad(run: () => void): void {
  const start = () => whenFirstScreen(() => whenIdle(run));
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}

/** False until the page has loaded, the first screen is up and the browser has been idle. */
export function useAfterLoad(): boolean {
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    let live = true;
    afterLoad(() => {
      if (live) setLoaded(true);
    });
    return () => {
      live = false;
    };
  }, []);
  return loaded;
}
