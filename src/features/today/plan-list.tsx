// A list of plan entries: task rows with their reasons, and prompts for goals with no next step.
import type { PlanEntry, Reason } from '../../domain/plan-types';
import type { Day } from '../../domain/types';
import { Link } from '../../ui/router';
import { EntryReasons } from './entry-reasons';
import { snoozeWithPlans } from './task-actions';
import { TaskItem } from './task-item';
import type { TaskRowState } from './use-task-row-state';

interface Props {
  entries: readonly PlanEntry[];
  today: Day;
  rows: TaskRowState;
}

// A row's dates line already says "2 days overdue", "Due today" or "Scheduled today" (with the
// dates themselves), so those reasons are not repeated in the reasons line.
const SHOWN_AS_DATES = new Set<Reason['code']>(['overdue', 'due-today', 'scheduled-today']);
const notADate = (reason: Reason) => !SHOWN_AS_DATES.has(reason.code);

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
            goal={entry.goal}
            today={today}
            onSnooze={
              entry.task.kind === 'goal' && !entry.snoozed
                ? () => void snoozeWithPlans(entry.task, entry.goal, today)
                : undefined
            }
            className={entry.snoozed ? 'task-snoozed' : undefined}
            editing={rows.editingId === entry.task.id}
            onEdit={rows.onEdit}
            onEditClose={rows.onEditClose}
            onDelete={rows.onDelete}
            details={
              <EntryReasons
                reasons={entry.reasons.filter(notADate)}
                today={today}
                goalTitle={entry.goal?.title}
              />
            }
          />
        ),
      )}
    </ul>
  );
}
