// Today's goal section: every active goal's next step (or a prompt to plan one), above every
// chore. Goals with no recent progress are grouped first, under "Needs attention".
import type { PlanEntry } from '../../domain/plan-types';
import type { Day } from '../../domain/types';
import { PlanList } from './plan-list';
import type { TaskRowState } from './use-task-row-state';

interface Props {
  entries: readonly PlanEntry[];
  today: Day;
  rows: TaskRowState;
}

const needsAttention = (entry: PlanEntry) =>
  entry.type === 'task' ? entry.needsAttention : entry.reasons.some((r) => r.code === 'neglected');

export function GoalSection({ entries, today, rows }: Props) {
  const attention = entries.filter(needsAttention);
  const rest = entries.filter((entry) => !needsAttention(entry));
  return (
    <section className="task-section goal-section" aria-labelledby="goals-heading">
      <h2 id="goals-heading">Goals</h2>
      {entries.length === 0 && (
        <p className="empty">
          No goal steps yet. What is one small step toward something you care about? Add it as a
          goal step.
        </p>
      )}
      {attention.length > 0 && (
        <section className="attention-group" aria-labelledby="attention-heading">
          <h3 id="attention-heading">Needs attention</h3>
          <PlanList entries={attention} today={today} rows={rows} />
        </section>
      )}
      {rest.length > 0 && <PlanList entries={rest} today={today} rows={rows} />}
    </section>
  );
}
