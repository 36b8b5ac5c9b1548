// One row of a task list. The title is the row's first line of text; every control is named
// after the task ("Complete: Buy milk"), so screen readers and voice control can tell rows apart.
import { useState, type ReactNode } from 'react';
import type { Task } from '../../domain/types';
import { DeleteIcon, EditIcon } from '../../ui/icons';
import { TaskEditor } from './task-editor';
import { toggleDone } from './task-actions';

interface Props {
  task: Task;
  editing: boolean;
  onEdit: (task: Task) => void;
  onEditClose: (task: Task, saved: boolean) => void;
  onDelete: (task: Task) => void;
  /** Secondary line: the goal, the reasons for the position, … */
  details?: ReactNode;
  /** Controls before the checkbox (the drag handle). */
  leading?: ReactNode;
  className?: string;
}

export function TaskItem({
  task,
  editing,
  onEdit,
  onEditClose,
  onDelete,
  details,
  leading,
  className,
}: Props) {
  const done = task.status === 'done';
  // The box shows the new state at once; the row moves when the write lands.
  const [pendingDone, setPendingDone] = useState<boolean | null>(null);
  const toggle = async () => {
    setPendingDone(!done);
    await toggleDone(task);
    setPendingDone(null);
  };
  return (
    <li
      className={`task task-${task.kind}${done ? ' task-done' : ''}${className ? ` ${className}` : ''}`}
      data-task-id={task.id}
    >
      {editing ? (
        <TaskEditor task={task} onClose={(saved) => onEditClose(task, saved)} />
      ) : (
        <>
          <span className="task-title">{task.title}</span>
          {details && <div className="task-details">{details}</div>}
          <div className="task-controls">
            {leading}
            <input
              type="checkbox"
              className="task-check"
              data-control="complete"
              aria-label={`Complete: ${task.title}`}
              checked={pendingDone ?? done}
              onChange={() => void toggle()}
            />
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
        </>
      )}
    </li>
  );
}
