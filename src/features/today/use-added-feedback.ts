// Says where a task went when that may be out of sight. A step of a goal joins the end of that
// goal's plan: "Added to Write a novel, step 4 of 6" (DESIGN.md §2). A chore's visibility is
// decided by urgency (§3 rule 4): with enough overdue or due chores a new one goes straight
// into the folded pile, and a chore dropped below an urgent one that stands far down the
// manual order can land behind chores that are hidden (they then take its place on the list).
// Without a word the task would look lost.
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { Plan } from '../../domain/plan-types';
import type { OrderKey, Task } from '../../domain/types';
import { readStepPlace } from '../../db/step-place';
import { showToast, type ToastAction } from '../../ui/toast-store';

interface Watched {
  task: Task;
  /** Moves only: the key before the move, to tell a plan that has not caught up yet. */
  orderBefore?: OrderKey;
  /** The drop's Undo, offered again if the pile toast replaces the drop's own. */
  undo?: ToastAction;
  since: number;
}

export interface TaskFeedback {
  added: (task: Task) => void;
  /** After a drop among the chores was stored: `task` as it was before the move. */
  moved: (task: Task, undo?: ToastAction) => void;
}

// A watch ends after this long without an answer (a move that changed nothing, say).
const WATCH_MS = 3000;

type Verdict = 'shown' | 'piled' | 'not yet';

function verdict(plan: Plan, { task, orderBefore }: Watched): Verdict {
  const shown = plan.chores.find((entry) => entry.task.id === task.id);
  if (orderBefore === undefined) {
    if (shown) return 'shown';
    return plan.pile.some((entry) => entry.task.id === task.id) ? 'piled' : 'not yet';
  }
  if (shown) return shown.task.order === orderBefore ? 'not yet' : 'shown';
  // Still a goal step on screen: the plan has not caught up with the drop.
  const inGoals = plan.goals.some((entry) => entry.type === 'task' && entry.task.id === task.id);
  return inGoals ? 'not yet' : 'piled';
}

export function useAddedFeedback(plan: Plan | undefined): TaskFeedback {
  const watched = useRef<Watched[]>([]);

  useEffect(() => {
    if (!plan || watched.current.length === 0) return;
    const now = Date.now();
    const piled: Watched[] = [];
    watched.current = watched.current.filter((watch) => {
      const answer = verdict(plan, watch);
      if (answer === 'piled') piled.push(watch);
      return answer === 'not yet' && now - watch.since < WATCH_MS;
    });
    const last = piled[piled.length - 1];
    if (!last) return;
    const { task, orderBefore, undo } = last;
    const n = plan.chores.length;
    const went = task.kind === 'goal' ? 'is now a chore, in the pile' : 'went into the pile';
    showToast(
      orderBefore === undefined
        ? `“${task.title}” went into the pile: ${n} more urgent chores fill today’s list.`
        : `“${task.title}” ${went}: today’s ${n} chores are the urgent ones, then the first in your order.`,
      undo ? { action: undo } : {},
    );
  }, [plan]);

  const added = useCallback((task: Task) => {
    if (task.kind === 'chore') {
      watched.current.push({ task, since: Date.now() });
      return;
    }
    void readStepPlace(task).then(
      (place) => {
        if (place) {
          showToast(`Added to ${place.goalTitle}, step ${place.position} of ${place.total}`);
        }
      },
      () => undefined, // the step is saved; only the confirmation could not be worded
    );
  }, []);

  const moved = useCallback((task: Task, undo?: ToastAction) => {
    watched.current.push({
      task,
      orderBefore: task.order,
      ...(undo && { undo }),
      since: Date.now(),
    });
  }, []);

  return useMemo(() => ({ added, moved }), [added, moved]);
}
