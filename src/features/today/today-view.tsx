// Today: capture, the goal steps above the chores, and what was done today.
import { useMemo } from 'react';
import { startOfDay } from '../../domain/day';
import type { Day, Task } from '../../domain/types';
import { useOpenTasks, useTasksDoneOn } from '../../db/use-tasks';
import { DoneToday } from './done-today';
import { EmptyToday } from './empty-today';
import { QuickAdd } from './quick-add';
import { TaskItem } from './task-item';
import { useTaskRowState, type TaskRowState } from './use-task-row-state';

const longDate = new Intl.DateTimeFormat(undefined, {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
});

export function TodayView({ today }: { today: Day }) {
  const open = useOpenTasks();
  const done = useTasksDoneOn(today);
  const { goalSteps, chores } = useMemo(
    () => ({
      goalSteps: (open ?? []).filter((task) => task.kind === 'goal'),
      chores: (open ?? []).filter((task) => task.kind === 'chore'),
    }),
    [open],
  );
  const visible = useMemo(() => [...goalSteps, ...chores], [goalSteps, chores]);
  const rows = useTaskRowState(visible);
  const loading = open === undefined || done === undefined;

  return (
    <section className="view today" aria-labelledby="today-heading">
      <header className="view-header">
        <h1 id="today-heading">Today</h1>
        <p className="view-subtitle">{longDate.format(startOfDay(today))}</p>
      </header>
      <QuickAdd today={today} />
      {loading ? (
        <p className="loading">Loading your list…</p>
      ) : visible.length === 0 && done.length === 0 ? (
        <EmptyToday />
      ) : (
        <>
          <TaskSection
            title="Goals"
            tasks={goalSteps}
            rows={rows}
            empty={NO_GOAL_STEPS}
            today={today}
          />
          <TaskSection title="Chores" tasks={chores} rows={rows} empty={NO_CHORES} today={today} />
          <DoneToday tasks={done} rows={rows} today={today} />
        </>
      )}
    </section>
  );
}

const NO_GOAL_STEPS =
  'No goal steps yet. What is one small step toward something you care about? Add it as a goal step.';
const NO_CHORES = 'No chores left. Enjoy the space.';

interface SectionProps {
  title: string;
  tasks: readonly Task[];
  rows: TaskRowState;
  empty: string;
  today: Day;
}

function TaskSection({ title, tasks, rows, empty, today }: SectionProps) {
  const id = `section-${title.toLowerCase()}`;
  return (
    <section className={`task-section ${id}`} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {tasks.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <ul className="task-list">
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
