// The chores that made the cut for today (sortable by drag), then the rest folded into a pile.
// The pile is only counted until the user opens it; it then reads and shows pages of 200 rows,
// so a backlog of thousands never turns into thousands of rows (or reads) at once; the button
// always says exactly how many rows it will add. Its rows have no drag handle: the sortable
// list stays short with any number of tasks.
import { useMemo, useState } from 'react';
import { choreEntry } from '../../domain/plan-chores';
import type { TaskEntry } from '../../domain/plan-types';
import type { Day } from '../../domain/types';
import { usePileChores } from '../../db/use-today-inputs';
import { useDropZone } from './drop-zone';
import { PlanList } from './plan-list';
import { SortablePlanList } from './sortable-plan-list';
import type { TaskRowState } from './use-task-row-state';

interface Props {
  chores: readonly TaskEntry[];
  /** How many open chores wait in the pile. */
  pileCount: number;
  today: Day;
  rows: TaskRowState;
}

const PAGE = 200;
const count = new Intl.NumberFormat();
const moreChores = (n: number) => `Show ${count.format(n)} more ${n === 1 ? 'chore' : 'chores'}`;

export function ChoreSection({ chores, pileCount, today, rows }: Props) {
  const [shown, setShown] = useState(0);
  const shownIds = useMemo(() => chores.map((entry) => entry.task.id), [chores]);
  const pileTasks = usePileChores(shownIds, Math.min(shown, pileCount));
  const visiblePile = useMemo(
    () => (pileTasks ?? []).map((task) => choreEntry(task, today)),
    [pileTasks, today],
  );
  const hidden = pileCount - visiblePile.length;
  const { attach, className: zoneClass } = useDropZone('chore-zone');
  return (
    <section
      ref={attach}
      className={`task-section chore-section${zoneClass ? ` ${zoneClass}` : ''}`}
      aria-labelledby="chores-heading"
    >
      <h2 id="chores-heading">Chores</h2>
      {chores.length === 0 ? (
        <p className="empty">No chores left. Enjoy the space.</p>
      ) : (
        <SortablePlanList entries={chores} today={today} rows={rows} />
      )}
      {visiblePile.length > 0 && (
        <div className="pile" id="chore-pile">
          <h3 className="pile-heading">
            The pile <span className="count">{count.format(pileCount)}</span>
          </h3>
          <PlanList entries={visiblePile} today={today} rows={rows} />
        </div>
      )}
      <div className="pile-controls">
        {hidden > 0 && (
          <button
            type="button"
            className="pile-toggle"
            aria-controls="chore-pile"
            aria-expanded={shown > 0}
            onClick={() => setShown(shown + PAGE)}
          >
            {moreChores(Math.min(PAGE, hidden))}
          </button>
        )}
        {shown > 0 && (
          <button type="button" className="pile-toggle" onClick={() => setShown(0)}>
            Fold the pile
          </button>
        )}
      </div>
    </section>
  );
}
