// Today's goal section and chores, sortable by drag (the rules: ./today-lists.ts). A move shows
// its new order at once (before the write lands) and writes one key. The drag layer (dnd-kit,
// the drop rules, the "which goal?" dialog) is not in the first bundle: it loads when the
// browser is idle after the first render, or on the first sign of use, and binds the rows
// already on screen (src/ui/drag/drag-bridge.ts); a press that comes before it is ready is
// handed to it once it is (src/ui/drag/early-press.ts).
import { lazy, Suspense, useEffect, useMemo } from 'react';
import type { Plan } from '../../domain/plan-types';
import type { Day, Task } from '../../domain/types';
import { afterLoad } from '../../ui/after-load';
import { useDragWanted, wantDrag } from '../../ui/drag/drag-bridge';
import type { ToastAction } from '../../ui/toast-store';
import { useOptimisticOrder } from '../../ui/drag/use-optimistic-order';
import { ChoreSection } from './chore-section';
import { GoalSection } from './goal-section';
import { entryId, splitPlan, type ListId, type TodayLists } from './today-lists';
import type { TaskRowState } from './use-task-row-state';
import './today-drag.css';

const TodayDragLayer = lazy(() =>
  import('./today-drag-layer').then((module) => ({ default: module.TodayDragLayer })),
);

/** Shows a list in a new order at once, or takes that back (the write failed). */
export interface ListOrder {
  show: (list: ListId, ids: readonly string[]) => void;
  forget: (list: ListId) => void;
}

// Any of these on the page means a person is here and may drag soon.
const SIGNS_OF_USE = ['pointermove', 'pointerdown', 'keydown', 'touchstart'] as const;

/** Loads the drag layer once the browser is idle after this first render, or at first use. */
function useDragLayer(): boolean {
  const wanted = useDragWanted();
  useEffect(() => afterLoad(wantDrag), []);
  useEffect(() => {
    if (wanted) return;
    const options = { capture: true, passive: true } as const;
    for (const type of SIGNS_OF_USE) document.addEventListener(type, wantDrag, options);
    return () => {
      for (const type of SIGNS_OF_USE) document.removeEventListener(type, wantDrag, options);
    };
  }, [wanted]);
  return wanted;
}

interface Props {
  plan: Plan;
  /** How many open chores wait in the pile (the plan holds only the window's share of it). */
  pileCount: number;
  today: Day;
  rows: TaskRowState;
  /** A drop among the chores was stored; `task` as it was before (it may be out of sight now). */
  onMoved: (task: Task, undo?: ToastAction) => void;
}

export function TodayBoard({ plan, pileCount, today, rows, onMoved }: Props) {
  const lists = useMemo(() => splitPlan(plan), [plan]);
  const [attention, showAttention, forgetAttention] = useOptimisticOrder(lists.attention, entryId);
  const [goals, showGoals, forgetGoals] = useOptimisticOrder(lists.goals, entryId);
  const [unlinked, showUnlinked, forgetUnlinked] = useOptimisticOrder(lists.unlinked, entryId);
  const [chores, showChores, forgetChores] = useOptimisticOrder(lists.chores, entryId);
  const shown: TodayLists = useMemo(
    () => ({ attention, goals, unlinked, chores, unlinkedRest: lists.unlinkedRest }),
    [attention, goals, unlinked, chores, lists.unlinkedRest],
  );
  const order: ListOrder = {
    show: (list, ids) =>
      ({ attention: showAttention, goals: showGoals, unlinked: showUnlinked, chores: showChores })[
        list
      ](ids),
    forget: (list) =>
      ({
        attention: forgetAttention,
        goals: forgetGoals,
        unlinked: forgetUnlinked,
        chores: forgetChores,
      })[list](),
  };
  const dragWanted = useDragLayer();

  return (
    <>
      <GoalSection lists={shown} today={today} rows={rows} />
      <ChoreSection chores={chores} pileCount={pileCount} today={today} rows={rows} />
      {dragWanted && (
        <Suspense fallback={null}>
          <TodayDragLayer
            lists={shown}
            editingId={rows.editingId}
            order={order}
            onMoved={onMoved}
          />
        </Suspense>
      )}
    </>
  );
}
