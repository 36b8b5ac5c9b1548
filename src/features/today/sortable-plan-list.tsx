// Today's sortable lists: one <ul> holding the rows of one or more lists (the goal section
// shows its goals, then the goal steps that belong to no goal, as one list). Each row has its
// drag handle from the start; the drag itself arrives with the drag layer (./today-drag-layer),
// which binds these rows through src/ui/drag/drag-bridge.ts without remounting them; a press
// that comes before it is kept for it (src/ui/drag/early-press.ts).
import { memo } from 'react';
import type { Day } from '../../domain/types';
import { attach, useRowBinding, wantDrag } from '../../ui/drag/drag-bridge';
import { DragHandle } from '../../ui/drag/drag-handle';
import { earlyPressListeners } from '../../ui/drag/early-press';
import { EntryRow } from './entry-row';
import { entryId, entryLabel, type RowEntry } from './today-lists';
import type { TaskRowState } from './use-task-row-state';

interface Props {
  entries: readonly RowEntry[];
  today: Day;
  rows: TaskRowState;
}

export function SortablePlanList({ entries, today, rows }: Props) {
  return (
    <ul className="task-list">
      {entries.map((entry) => (
        <SortableEntry key={entryId(entry)} entry={entry} today={today} rows={rows} />
      ))}
    </ul>
  );
}

interface EntryProps {
  entry: RowEntry;
  today: Day;
  rows: TaskRowState;
}

/**
 * Every change to the list (a quick add, a tick) computes a new plan, with new but mostly equal
 * entries; a row renders again only when what it shows changed. A drop re-renders the lists in
 * their new order with the rows unchanged (their drag state comes through the bridge). Entries
 * are compared by content, not by `updatedAt`: an import or its Undo can bring back a record
 * with an older one.
 */
const sameRow = (a: EntryProps, b: EntryProps) =>
  a.today === b.today &&
  a.rows === b.rows &&
  (a.entry === b.entry || JSON.stringify(a.entry) === JSON.stringify(b.entry));

const SortableEntry = memo(function SortableEntry({ entry, today, rows }: EntryProps) {
  const id = entryId(entry);
  const label = entryLabel(entry);
  const binding = useRowBinding(id);
  const editing = entry.type === 'task' && rows.editingId === entry.task.id;
  const className = [binding?.isDragging && 'is-dragging', binding?.className]
    .filter(Boolean)
    .join(' ');
  return (
    <EntryRow
      entry={entry}
      today={today}
      rows={rows}
      rowRef={attach('row', id)}
      style={binding?.style}
      className={className}
      leading={
        editing ? undefined : (
          <DragHandle
            label={label}
            attach={attach('handle', id)}
            attributes={binding?.attributes}
            // Until the layer binds the handle, a press on it is kept for the layer.
            listeners={binding?.listeners ?? earlyPressListeners(id)}
            onNear={wantDrag}
          />
        )
      }
    />
  );
}, sameRow);
