// A plain list of plan entries (the folded pile): rows without drag handles.
import type { Day } from '../../domain/types';
import { EntryRow } from './entry-row';
import { entryId, type RowEntry } from './today-lists';
import type { TaskRowState } from './use-task-row-state';

interface Props {
  entries: readonly RowEntry[];
  today: Day;
  rows: TaskRowState;
}

export function PlanList({ entries, today, rows }: Props) {
  return (
    <ul className="task-list">
      {entries.map((entry) => (
        <EntryRow key={entryId(entry)} entry={entry} today={today} rows={rows} />
      ))}
    </ul>
  );
}
