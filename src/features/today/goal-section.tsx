// Today's goal section: every active goal's next step (or a prompt to plan one), above every
// chore. Goals with no recent progress are grouped first, under "Needs attention"; goal steps
// that belong to no goal come last, the first few of them, then a prompt to give the rest a
// goal (./unlinked-rest.tsx). Each group is sortable by drag (./today-lists.ts).
import type { Day } from '../../domain/types';
import { useDropZone } from './drop-zone';
import { SortablePlanList } from './sortable-plan-list';
import type { TodayLists } from './today-lists';
import { UnlinkedRest } from './unlinked-rest';
import type { TaskRowState } from './use-task-row-state';

interface Props {
  lists: TodayLists;
  today: Day;
  rows: TaskRowState;
}

export function GoalSection({ lists, today, rows }: Props) {
  const { attention, goals, unlinked, unlinkedRest } = lists;
  const empty = attention.length + goals.length + unlinked.length === 0;
  const { attach, className: zoneClass } = useDropZone('goal-zone');
  return (
    <section
      ref={attach}
      className={`task-section goal-section${zoneClass ? ` ${zoneClass}` : ''}`}
      aria-labelledby="goals-heading"
    >
      <h2 id="goals-heading">Goals</h2>
      {empty && (
        <p className="empty">
          No goal steps yet. What is one small step toward something you care about? Add it as a
          goal step.
        </p>
      )}
      {attention.length > 0 && (
        <section className="attention-group" aria-labelledby="attention-heading">
          <h3 id="attention-heading">Needs attention</h3>
          <SortablePlanList entries={attention} today={today} rows={rows} />
        </section>
      )}
      {goals.length + unlinked.length > 0 && (
        <SortablePlanList entries={[...goals, ...unlinked]} today={today} rows={rows} />
      )}
      {unlinkedRest.length > 0 && <UnlinkedRest rest={unlinkedRest} today={today} rows={rows} />}
    </section>
  );
}
