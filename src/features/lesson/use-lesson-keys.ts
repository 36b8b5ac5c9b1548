// Presenting from the keyboard (or a presentation clicker, which sends Page Up / Page Down):
// Right and Left arrows, Page Down and Page Up step; Home and End jump to the first and last
// step. Keys typed into a text field stay the field's (moving the caret), and keys with Alt,
// Ctrl or Meta stay the browser's (Alt+Left is its own Back).
import { useEffect } from 'react';

const TEXT_FIELD = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';

export function targetStep(key: string, step: number, count: number): number | undefined {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
      return Math.min(step + 1, count);
    case 'ArrowLeft':
    case 'PageUp':
      return Math.max(step - 1, 1);
    case 'Home':
      return 1;
    case 'End':
      return count;
    default:
      return undefined;
  }
}

export function useLessonKeys(step: number, count: number, go: (step: number) => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.target instanceof Element && event.target.closest(TEXT_FIELD)) return;
      const target = targetStep(event.key, step, count);
      if (target === undefined) return;
      event.preventDefault();
      go(target);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [step, count, go]);
}
