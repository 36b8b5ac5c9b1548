// The drag handle of a row: an icon-only button named "Move: <title>" (DESIGN.md §10). dnd-kit's
// listeners and attributes go on it, never on the row: a row that is itself a button would stop
// being a list item for screen readers and nest every other control inside a button.
import type { Ref } from 'react';
import { HandleIcon } from '../icons';
import './drag-handle.css';

interface Props {
  label: string;
  attach: Ref<HTMLButtonElement>;
  attributes?: object | undefined;
  listeners?: object | undefined;
  /** The pointer or focus arrived: drag and drop may be needed soon. */
  onNear?: () => void;
}

export function DragHandle({ label, attach, attributes, listeners, onNear }: Props) {
  return (
    <button
      type="button"
      className="icon-button drag-handle"
      data-control="move"
      ref={attach}
      onFocus={onNear}
      onPointerEnter={onNear}
      {...attributes}
      {...listeners}
      aria-label={`Move: ${label}`}
      title="Drag to move, or press Space to pick up"
    >
      <HandleIcon />
    </button>
  );
}
