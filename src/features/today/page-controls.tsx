// The buttons under a folded list that opens a page at a time (the chore pile, the goal steps
// without a goal): "Show the next N …" while more wait, and one toggle that opens and folds, so
// focus stays on it either way. When the last page opens, the "next" button goes, so focus
// waits on the toggle instead of falling to the page.
import { useRef } from 'react';

interface Props {
  /** The id of the list these buttons open. */
  controls: string;
  open: boolean;
  /** Rows not shown yet while open. */
  unread: number;
  page: number;
  /** "Show the next 200 of the pile". */
  nextLabel: (rows: number) => string;
  /** What the toggle says, open or folded. */
  toggleLabel: string;
  /** Whether the toggle is there at all (a pile of none has none). */
  toggleShown?: boolean;
  onNextPage: () => void;
  onToggle: () => void;
}

export function PageControls({
  controls,
  open,
  unread,
  page,
  nextLabel,
  toggleLabel,
  toggleShown = true,
  onNextPage,
  onToggle,
}: Props) {
  const toggle = useRef<HTMLButtonElement>(null);
  return (
    <div className="pile-controls">
      {open && unread > 0 && (
        <button
          type="button"
          className="pile-toggle"
          onClick={() => {
            if (unread <= page) toggle.current?.focus();
            onNextPage();
          }}
        >
          {nextLabel(Math.min(page, unread))}
        </button>
      )}
      {toggleShown && (
        <button
          ref={toggle}
          type="button"
          className="pile-toggle"
          aria-controls={controls}
          aria-expanded={open}
          onClick={onToggle}
        >
          {toggleLabel}
        </button>
      )}
    </div>
  );
}
