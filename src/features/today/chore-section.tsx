// The chores that made the cut for today (sortable by drag), then the rest folded into a pile.
// The folded pile is only counted, and its button says how many chores it holds (DESIGN.md
// §10: "Show N more chores"). Open, it reads and shows pages of 200 rows, so a backlog of
// thousands never turns into thousands of rows (or reads) at once; the button at its end says
// exactly how many rows it will add. Its rows have no drag handle: the sortable list stays
// short with any number of tasks.
import { useMemo, useState } from 'react';
import { choreEntry } from '../../domain/plan-chores';
import type { TaskEntry } from '../../domain/plan-types';
import type { Day } from '../../domain/types';
import { usePileChores } from '../../db/use-today-inputs';
import { useDropZone } from './drop-zone';
import { PageControls } from './page-controls';
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
const PILE_ID = 'chore-pile';
const count = new Intl.NumberFormat();
const moreChores = (n: number) => `Show ${count.format(n)} more ${n === 1 ? 'chore' : 'chores'}`;

export function ChoreSection({ chores, pileCount, today, rows }: Props) {
  const [pages, setPages] = useState(0); // 0: folded
  const open = pages > 0 && pileCount > 0;
  const shownIds = useMemo(() => chores.map((entry) => entry.task.id), [chores]);
  const pileTasks = usePileChores(shownIds, open ? Math.min(pages * PAGE, pileCount) : 0);
  const visiblePile = useMemo(
    () => (pileTasks ?? []).map((task) => choreEntry(task, today)),
    [pileTasks, today],
  );
  const unread = pileCount - visiblePile.length;
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
      {open && visiblePile.length > 0 && (
        <div className="pile" id={PILE_ID}>
          <h3 className="pile-heading">
            The pile <span className="count">{count.format(pileCount)}</span>
          </h3>
          <PlanList entries={visiblePile} today={today} rows={rows} />
        </div>
      )}
      <PageControls
        controls={PILE_ID}
        open={open}
        unread={unread}
        page={PAGE}
        nextLabel={(rows) => `Show the next ${count.format(rows)} of the pile`}
        toggleLabel={open ? 'Fold the pile' : moreChores(pileCount)}
        toggleShown={pileCount > 0}
        onNextPage={() => setPages(pages + 1)}
        onToggle={() => setPages(open ? 0 : 1)}
      />
    </section>
  );
}
