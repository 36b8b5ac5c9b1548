// What every inline edit form does the same way: Enter (submit) saves, Escape cancels, and the
// browser's own validation bubbles stay off, because our checks explain a refusal in an alert.
// A save is handed where focus was when it was asked for, so whatever it focuses once it has
// finished (the field it refused, the Edit button after closing) never takes focus from where
// the person has gone since (./focus.ts).
import { holdFocus, type FocusHold } from './focus';

export function editFormProps(save: (hold: FocusHold) => Promise<void>, cancel: () => void) {
  return {
    noValidate: true,
    onSubmit: (event: Event) => {
      event.preventDefault();
      void save(holdFocus());
    },
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      cancel();
    },
  };
}
