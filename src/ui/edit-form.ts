// What every inline edit form does the same way: Enter (submit) saves, Escape cancels, and the
// browser's own validation bubbles stay off, because our checks explain a refusal in an alert.
import type { KeyboardEvent, SyntheticEvent } from 'react';

export function editFormProps(save: () => Promise<void>, cancel: () => void) {
  return {
    noValidate: true,
    onSubmit: (event: SyntheticEvent) => {
      event.preventDefault();
      void save();
    },
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      cancel();
    },
  };
}
