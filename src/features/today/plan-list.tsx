// A list of plan entries: task rows with their reasons, and prompts for goals with no next step.
import type { PlanEntry } from '../../domain/plan-types';
import type { Day } from '../../domain/types';
import { Link } from '../../ui/router';
import { EntryReasons } from './entry-reasons';
import { TaskItem } from './task-item';
import type { TaskRowState } from './use-task-row-state';

interface Props {
  entries: readonly PlanEntry[];
  today: Day;
  rows: TaskRowState;
}

export function PlanList({ entries, today, rows }: Props) {
  return (
    <ul className="task-list">
      {entries.map((entry) =>
        entry.type === 'prompt' ? (
          <li key={`prompt-${entry.goal.id}`} className="task task-prompt">
            <span className="task-title">
              <Link href={`/goals/${entry.goal.id}`}>
                Plan the next step for {entry.goal.title}
              </Link>
            </span>
            <div className="task-details">
              <EntryReasons
                reasons={entry.reasons.filter((reason) => reason.code !== 'no-next-step')}
                today={today}
              />
            </div>
          </li>
        ) : (
          <TaskItem
            key={entry.task.id}
            task={entry.task}
            className={entry.snoozed ? 'task-snoozed' : undefined}
            editing={rows.editingId === entry.task.id}
            onEdit={rows.onEdit}
            onEditClose={rows.onEditClose}
            onDelete={rows.onDelete}
            details={
              <EntryReasons reasons={entry.reasons} today={today} goalTitle={entry.goal?.title} />
            }
          />
        ),
      )}
    </ul>
  );
}
