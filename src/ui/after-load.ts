// Work the first screen does not need (the service worker, storage care, Today's drag layer)
// waits until the page has loaded and the browser is idle: on a slow phone every request made
// before Today paints delays that paint (Lighthouse mobile, DESIGN.md §8), and the service worker's own advice is
// to register after load.
import { useEffect, useState } from 'react';

const whenIdle = (run: () => void) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 1);
};

export function afterLoad(run: () => void): void {
  if (document.readyState === 'complete') whenIdle(run);
  else window.addEventListener('load', () => whenIdle(run), { once: true });
}

/** False until the page has loaded and the browser has had an idle moment. */
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
