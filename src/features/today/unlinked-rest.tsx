// The goal steps that belong to no goal beyond the few the goal section shows (DESIGN.md §3
// rule 2): a prompt to give them a goal, and one button that opens them (a page of 200 rows at
// a time, like the pile) and folds them again. Each row's "Edit" has the Goal picker; a step
// given a goal leaves this heap and takes its turn with that goal. No drag handles here: the
// sortable lists stay short however many steps wait.
import { useState } from 'react';
import type { TaskEntry } from '../../domain/plan-types';
import type { Day } from '../../domain/types';
import { Link } from '../../ui/router';
import { PageControls } from './page-controls';
import { PlanList } from './plan-list';
import type { TaskRowState } from './use-task-row-state';

interface Props {
  rest: readonly TaskEntry[];
  today: Day;
  rows: TaskRowState;
}

const PAGE = 200;
const REST_ID = 'unlinked-rest';
const count = new Intl.NumberFormat();
const steps = (n: number) => `${count.format(n)} more goal ${n === 1 ? 'step' : 'steps'}`;

export function UnlinkedRest({ rest, today, rows }: Props) {
  const [pages, setPages] = useState(0); // 0: folded
  const open = pages > 0;
  const shown = open ? rest.slice(0, pages * PAGE) : [];
  const unread = rest.length - shown.length;
  return (
    <div className="unlinked-rest">
      <p className="unlinked-rest-prompt">
        {steps(rest.length)} without a goal wait here. Give each one a goal (“Edit”, then “Goal”),
        or <Link href="/goals/new">set up the goal</Link> they belong to: a heap of steps toward
        nothing in particular is just another pile.
      </p>
      {open && (
        <div id={REST_ID}>
          <PlanList entries={shown} today={today} rows={rows} />
        </div>
      )}
      <PageControls
        controls={REST_ID}
        open={open}
        unread={unread}
        page={PAGE}
        nextLabel={(rows) => `Show the next ${count.format(rows)} without a goal`}
        toggleLabel={
          open ? 'Fold the steps without a goal' : `Show ${steps(rest.length)} without a goal`
        }
        onNextPage={() => setPages(pages + 1)}
        onToggle={() => setPages(open ? 0 : 1)}
      />
    </div>
  );
}
