// While something the person asked for is still being saved, leaving the page asks first (the
// browser's own "Leave site?" prompt). Quick add empties its box at once so typing can go on,
// and writes a moment later; a tab closed or reloaded in that moment would lose the task. The
// listener exists only while work is pending: an idle page keeps no beforeunload listener
// (which would also keep it out of the back/forward cache).
let pending = 0;

function askBeforeLeaving(event: BeforeUnloadEvent): void {
  event.preventDefault();
}

/** Holds the page until the returned release is called (once; later calls do nothing). */
export function guardLeaving(): () => void {
  if (pending++ === 0) window.addEventListener('beforeunload', askBeforeLeaving);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--pending === 0) window.removeEventListener('beforeunload', askBeforeLeaving);
  };
}
