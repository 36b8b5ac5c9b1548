// All tasks: every open task in the user's own order, as written, goal steps and chores
// interleaved, with the burial diagnosis on top. Only the rows on screen are rendered (the
// window virtualizer), so 10,000 tasks scroll smoothly.
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useMemo, useState } from 'react';
import { diagnose } from '../../domain/diagnose';
import { useOpenTasks } from '../../db/use-tasks';
import { DiagnosisSummary } from './diagnosis-summary';
import './all-tasks.css';

const ROW_HEIGHT = 52;

export function AllTasksView() {
  const tasks = useOpenTasks();
  const diagnosis = useMemo(() => (tasks ? diagnose(tasks) : undefined), [tasks]);
  const goalSteps = useMemo(
    () => tasks?.filter((task) => task.kind === 'goal').length ?? 0,
    [tasks],
  );
  // The list's distance from the top of the page, which the window virtualizer needs.
  const [scrollMargin, setScrollMargin] = useState(0);
  const listRef = useCallback((list: HTMLUListElement | null) => {
    if (list) setScrollMargin(list.getBoundingClientRect().top + window.scrollY);
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: tasks?.length ?? 0,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    scrollMargin,
  });

  return (
    <section className="view all-tasks" aria-labelledby="all-heading">
      <header className="view-header">
        <h1 id="all-heading">All tasks</h1>
        <p className="view-subtitle">Your open tasks in the order you wrote them</p>
      </header>
      {!tasks || !diagnosis ? (
        <p className="loading">Loading your list…</p>
      ) : (
        <>
          <DiagnosisSummary
            diagnosis={diagnosis}
            goalSteps={goalSteps}
            chores={tasks.length - goalSteps}
          />
          <ul
            ref={listRef}
            className="all-list"
            aria-label="All open tasks"
            style={{ height: virtualizer.getTotalSize() }}
          >
            {virtualizer.getVirtualItems().map((row) => {
              const task = tasks[row.index];
              if (!task) return null;
              return (
                <li
                  key={task.id}
                  className={`all-row all-row-${task.kind}`}
                  aria-setsize={tasks.length}
                  aria-posinset={row.index + 1}
                  style={{
                    transform: `translateY(${row.start - virtualizer.options.scrollMargin}px)`,
                  }}
                >
                  <span className="all-title">{task.title}</span>
                  <span className="all-position" aria-label={`position ${row.index + 1}`}>
                    {row.index + 1}
                  </span>
                  <span className="all-kind">{task.kind === 'goal' ? 'Goal step' : 'Chore'}</span>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
