// One entry of Today's plan as a row: a task (TaskItem with its reasons), or a prompt to plan
// the next step of a goal that has none. A sortable list passes the row's element, its drag
// transform and its handle (`leading`); the pile's rows come without.
import type { CSSProperties, ReactNode, Ref } from 'react';
import type { Reason } from '../../domain/plan-types';
import type { Day } from '../../domain/types';
import { Link } from '../../ui/router';
import { EntryReasons } from './entry-reasons';
import type { RowEntry } from './today-lists';
import { snoozeWithPlans } from './task-actions';
import { TaskItem } from './task-item';
import type { TaskRowState } from './use-task-row-state';

export interface RowExtras {
  rowRef?: Ref<HTMLLIElement>;
  style?: CSSProperties;
  leading?: ReactNode;
  /** Drag states: the picked-up row, a drop target. */
  className?: string;
}

interface Props extends RowExtras {
  entry: RowEntry;
  today: Day;
  rows: TaskRowState;
}

// A row's dates line already says "2 days overdue", "Due today" or "Scheduled today" (with the
// dates themselves), so those reasons are not repeated in the reasons line.
const SHOWN_AS_DATES = new Set<Reason['code']>(['overdue', 'due-today', 'scheduled-today']);
const notADate = (reason: Reason) => !SHOWN_AS_DATES.has(reason.code);

const classes = (...names: (string | false | undefined)[]) =>
  names.filter(Boolean).join(' ') || undefined;

export function EntryRow({ entry, today, rows, rowRef, style, leading, className }: Props) {
  if (entry.type === 'prompt') {
    return (
      <li
        ref={rowRef}
        style={style}
        className={classes('task task-prompt', className)}
        data-goal-id={entry.goal.id}
      >
        <span className="task-title">
          <Link href={`/goals/${entry.goal.id}`}>Plan the next step for {entry.goal.title}</Link>
        </span>
        <div className="task-details">
          <EntryReasons
            reasons={entry.reasons.filter((reason) => reason.code !== 'no-next-step')}
            today={today}
          />
        </div>
        {leading}
      </li>
    );
  }
  return (
    <TaskItem
      task={entry.task}
      goal={entry.goal}
      today={today}
      onSnooze={
        entry.task.kind === 'goal' && !entry.snoozed
          ? () => void snoozeWithPlans(entry.task, entry.goal, today)
          : undefined
      }
      className={classes(entry.snoozed && 'task-snoozed', className)}
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
      leading={leading}
      rowRef={rowRef}
      style={style}
    />
  );
}
