// One row of a task list. The title is the row's first line of text; every control is named
// after the task ("Complete: Buy milk"), so screen readers and voice control can tell rows apart.
import { lazy, Suspense, useState, type CSSProperties, type ReactNode, type Ref } from 'react';
import { dayLabel, midSentence } from '../../domain/day-labels';
import type { Day, Goal, Task } from '../../domain/types';
import { DeleteIcon, EditIcon, SkipIcon, SnoozeIcon } from '../../ui/icons';
import type { FocusHold } from '../../ui/focus';
import { useWeekStart } from '../../ui/week-start-context';
import { TaskDates, hasDates } from './task-dates';
import { skipWithUndo, toggleDone } from './task-actions';

// The edit form (dates, repeat) is not needed to show the list: it loads on the first "Edit".
const TaskEditor = lazy(() =>
  import('./task-editor').then((module) => ({ default: module.TaskEditor })),
);

interface Props {
  task: Task;
  /** The goal of a goal step: for the editor's picker. */
  goal?: Goal | undefined;
  /** Offered on open goal steps that are not snoozed already. */
  onSnooze?: (() => void) | undefined;
  /** The local day, for dates relative to today (from useToday, rolls over at midnight). */
  today: Day;
  editing: boolean;
  onEdit: (task: Task) => void;
  onEditClose: (task: Task, saved: boolean, hold?: FocusHold) => void;
  onDelete: (task: Task) => void;
  /** Secondary line: the goal, the reasons for the position, … */
  details?: ReactNode;
  /** Controls before the checkbox (the drag handle). */
  leading?: ReactNode;
  className?: string;
  /** For a sortable row: its element and its drag transform. */
  rowRef?: Ref<HTMLLIElement>;
  style?: CSSProperties;
}

export function TaskItem({
  task,
  goal,
  onSnooze,
  today,
  editing,
  onEdit,
  onEditClose,
  onDelete,
  details,
  leading,
  className,
  rowRef,
  style,
}: Props) {
  const done = task.status === 'done';
  const weekStartsOn = useWeekStart();
  const nameDay = (day: Day) => midSentence(dayLabel(day, today, { weekStartsOn }));
  const dated = hasDates(task);
  // The box shows the new state at once. It keeps showing it until the row itself changes
  // status (the live query can land a moment after the write), and goes back if the write fails.
  const [pending, setPending] = useState<{ from: Task['status']; to: boolean } | null>(null);
  const checked = pending?.from === task.status ? pending.to : done;
  const toggle = async () => {
    setPending({ from: task.status, to: !done });
    if (!(await toggleDone(task, nameDay))) setPending(null);
  };
  return (
    <li
      ref={rowRef}
      style={style}
      className={`task task-${task.kind}${done ? ' task-done' : ''}${className ? ` ${className}` : ''}`}
      data-task-id={task.id}
    >
      {editing ? (
        <Suspense fallback={<p className="loading">Opening the editor…</p>}>
          <TaskEditor
            task={task}
            goal={goal}
            today={today}
            onClose={(saved, hold) => onEditClose(task, saved, hold)}
          />
        </Suspense>
      ) : (
        <>
          <span className="task-title">{task.title}</span>
          {(Boolean(details) || dated) && (
            <div className="task-details">
              {details}
              {dated && <TaskDates task={task} today={today} />}
            </div>
          )}
          <div className="task-controls">
            {leading}
            <input
              type="checkbox"
              className="task-check"
              data-control="complete"
              aria-label={`Complete: ${task.title}`}
              checked={checked}
              onChange={() => void toggle()}
            />
            <div className="task-actions">
              {!done && task.recurrence && (
                <button
                  type="button"
                  className="icon-button"
                  data-control="skip"
                  aria-label={`Skip: ${task.title}`}
                  title="Skip to the next time"
                  onClick={() => void skipWithUndo(task, nameDay)}
                >
                  <SkipIcon />
                </button>
              )}
              {onSnooze && (
                <button
                  type="button"
                  className="icon-button"
                  data-control="snooze"
                  aria-label={`Snooze: ${task.title}`}
                  title="Not today: snooze until tomorrow"
                  onClick={onSnooze}
                >
                  <SnoozeIcon />
                </button>
              )}
              <button
                type="button"
                className="icon-button"
                data-control="edit"
                aria-label={`Edit: ${task.title}`}
                onClick={() => onEdit(task)}
              >
                <EditIcon />
              </button>
              <button
                type="button"
                className="icon-button"
                data-control="delete"
                aria-label={`Delete: ${task.title}`}
                onClick={() => onDelete(task)}
              >
                <DeleteIcon />
              </button>
            </div>
          </div>
        </>
      )}
    </li>
  );
}
