// Moving keyboard focus after something the person did, without ever taking it from where they
// put it since. Many moves come late: a form's refusal focuses its field once the alert has
// rendered, a row's control once a live query has re-rendered the list, a field once a save
// has failed. Meanwhile the person may have clicked another field and started typing there;
// focus taken then sends their keystrokes into the wrong box (issue 21). So a late move is
// made only from where the action left focus:
// - focus is still on the control the person used (`origin`), or
// - focus was lost to <body> (the control was unmounted by the change itself) and the person
//   has pressed no key and no pointer since.

/** How many keys and pointer presses the person has made, counted from the first hold. */
let inputs = 0;
let counting = false;

function countInputs(): void {
  if (counting) return;
  counting = true;
  const count = () => {
    inputs++;
  };
  const options = { capture: true, passive: true } as const;
  document.addEventListener('keydown', count, options);
  document.addEventListener('pointerdown', count, options);
}

export interface FocusHold {
  /** Focuses `target` unless the person has moved focus since; true when focus is there. */
  moveTo: (target: HTMLElement | null | undefined) => boolean;
}

/**
 * Marks where focus is now, at the moment of the person's action (call it in the handler, before
 * any await), for a move that comes later.
 */
export function holdFocus(): FocusHold {
  countInputs();
  let origin = document.activeElement;
  const since = inputs;
  return {
    moveTo(target) {
      if (!target) return false;
      const active = document.activeElement;
      if (active === target) return true;
      const lost = active === null || active === document.body;
      if (active !== origin && !(lost && inputs === since)) return false;
      target.focus();
      origin = target;
      return document.activeElement === target;
    },
  };
}

/**
 * Moves focus to a control that a pending re-render is about to show or move (a row after its
 * edit, the next row after a delete). Live queries re-render a few frames after a write
 * resolves, and a row that changes section is unmounted and mounted again, which drops focus to
 * <body>; so for about half a second this puts focus back on the control whenever it was lost,
 * and uses `fallback` if the control never appears; always only as `hold` allows.
 */
export function focusWhenPresent(
  selector: string,
  fallback?: string,
  hold: FocusHold = holdFocus(),
  frames = 30,
): void {
  let focused = false;
  const tick = (left: number) => {
    const element = document.querySelector<HTMLElement>(selector);
    if (element && hold.moveTo(element)) focused = true;
    if (left > 0) requestAnimationFrame(() => tick(left - 1));
    else if (!focused && fallback) hold.moveTo(document.querySelector<HTMLElement>(fallback));
  };
  tick(frames);
}

/** The selector of one control of one task row, e.g. its "complete" checkbox. */
export const taskControl = (taskId: string, control: 'complete' | 'edit' | 'delete') =>
  `[data-task-id="${CSS.escape(taskId)}"] [data-control="${control}"]`;

/**
 * A ref that focuses its element as it appears: for a form opened by a click, whose first
 * field is what the person came for. Not the `autoFocus` prop: React focused such a field
 * itself, Preact only writes the HTML attribute, which a browser honours once per page load.
 */
export const focusOnMount = (element: HTMLElement | null): void => element?.focus();
