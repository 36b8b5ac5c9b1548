// What was completed today, folded by default. Each row keeps its checked box, so a slip of the
// finger is one click to undo, and the day's progress stays in sight.
import { useState } from 'react';
import type { Day, Task } from '../../domain/types';
import { TaskItem } from './task-item';
import type { TaskRowState } from './use-task-row-state';

interface Props {
  tasks: readonly Task[];
  rows: TaskRowState;
  today: Day;
}

export function DoneToday({ tasks, rows, today }: Props) {
  const [open, setOpen] = useState(false);
  if (tasks.length === 0) return null;
  return (
    <section className="done-today" aria-labelledby="done-today-heading">
      <h2 id="done-today-heading">
        <button
          type="button"
          className="disclosure"
          aria-expanded={open}
          aria-controls="done-today-list"
          onClick={() => setOpen(!open)}
        >
          Done today <span className="count">{tasks.length}</span>
        </button>
      </h2>
      {open && (
        <ul id="done-today-list" className="task-list">
          {tasks.map((task) => (
            <TaskItem
              key={task.id}
              task={task}
              today={today}
              editing={rows.editingId === task.id}
              onEdit={rows.onEdit}
              onEditClose={rows.onEditClose}
              onDelete={rows.onDelete}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
