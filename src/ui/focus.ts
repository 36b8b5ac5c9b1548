// Moves keyboard focus to a control that a pending re-render is about to show or move (a row
// after its edit, the next row after a delete). Live queries re-render a few frames after a
// write resolves, and a row that changes section is unmounted and mounted again, which drops
// focus to <body>; so for about half a second this puts focus back on the control whenever it
// was lost, and uses `fallback` if the control never appears. A user who moved focus on
// purpose is left alone.
export function focusWhenPresent(selector: string, fallback?: string, frames = 30): void {
  let focused = false;
  const tick = (left: number) => {
    const element = document.querySelector<HTMLElement>(selector);
    const active = document.activeElement;
    const lost = active === null || active === document.body;
    if (element && active !== element && (!focused || lost)) {
      element.focus();
      focused = true;
    }
    if (left > 0) requestAnimationFrame(() => tick(left - 1));
    else if (!focused && fallback) document.querySelector<HTMLElement>(fallback)?.focus();
  };
  tick(frames);
}

/** The selector of one control of one task row, e.g. its "complete" checkbox. */
export const taskControl = (taskId: string, control: 'complete' | 'edit' | 'delete') =>
  `[data-task-id="${CSS.escape(taskId)}"] [data-control="${control}"]`;
