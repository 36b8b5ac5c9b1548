// Today: capture, then the plan (DESIGN.md §3): every active goal's next step above the chores
// that made the cut, the rest of the chores folded into a pile, and what was done today.
import { useEffect, useMemo } from 'react';
import { startOfDay } from '../../domain/day';
import { prioritize } from '../../domain/prioritize';
import type { Plan } from '../../domain/plan-types';
import type { Day, Task } from '../../domain/types';
import { useSettings } from '../../db/use-settings';
import { markFirstScreen } from '../../ui/after-load';
import { useTodayInputs } from '../../db/use-today-inputs';
import { useTasksDoneOn } from '../../db/use-tasks';
import { DoneToday } from './done-today';
import { EmptyToday } from './empty-today';
import { QuickAdd } from './quick-add';
import { TodayBoard } from './today-board';
import { useAddedFeedback } from './use-added-feedback';
import { useTaskRowState } from './use-task-row-state';

const longDate = new Intl.DateTimeFormat(undefined, {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
});

/** The task rows on screen, top to bottom (for moving focus after a delete). */
function rowsOnScreen(plan: Plan | undefined): Task[] {
  if (!plan) return [];
  return [...plan.goals, ...plan.chores].flatMap((entry) =>
    entry.type === 'task'
      ? [entry.task]
      : entry.type === 'unlinked-rest'
        ? entry.rest.map((rest) => rest.task)
        : [],
  );
}

export function TodayView({ today }: { today: Day }) {
  const settings = useSettings();
  const inputs = useTodayInputs(today, settings?.choreCap);
  const done = useTasksDoneOn(today);
  const plan = useMemo(
    () => (inputs && settings ? prioritize({ ...inputs, today, settings }) : undefined),
    [inputs, settings, today],
  );
  const pileCount = inputs && plan ? inputs.openChoreCount - plan.chores.length : 0;
  const visible = useMemo(() => rowsOnScreen(plan), [plan]);
  const rows = useTaskRowState(visible);
  const feedback = useAddedFeedback(plan);
  const shown = plan !== undefined && done !== undefined;
  // Background work (src/ui/after-load.ts) waits for this: the list, not only the frame.
  useEffect(() => {
    if (shown) markFirstScreen();
  }, [shown]);
  const isEmpty =
    plan !== undefined &&
    plan.goals.length + plan.chores.length + pileCount === 0 &&
    done?.length === 0;

  return (
    <section className="view today" aria-labelledby="today-heading">
      <header className="view-header">
        <h1 id="today-heading">Today</h1>
        <p className="view-subtitle">{longDate.format(startOfDay(today))}</p>
      </header>
      <QuickAdd today={today} onAdded={feedback.added} />
      {!shown ? (
        <p className="loading">Loading your list…</p>
      ) : isEmpty ? (
        <EmptyToday />
      ) : (
        <>
          <TodayBoard
            plan={plan}
            pileCount={pileCount}
            today={today}
            rows={rows}
            onMoved={feedback.moved}
          />
          <DoneToday tasks={done} rows={rows} today={today} />
        </>
      )}
    </section>
  );
}
