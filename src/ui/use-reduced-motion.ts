// Whether the user asked for less motion: animations then jump straight to the end (the
// lesson's resorting list, drag and drop).
import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

// jsdom and some embedded browsers have no matchMedia: then nothing was asked for.
const query = () => (typeof window.matchMedia === 'function' ? window.matchMedia(QUERY) : null);

function subscribe(onChange: () => void): () => void {
  const list = query();
  list?.addEventListener('change', onChange);
  return () => list?.removeEventListener('change', onChange);
}

export const usePrefersReducedMotion = () =>
  useSyncExternalStore(subscribe, () => query()?.matches ?? false);
