// Says where a just-added task went. A step of a goal joins the end of that goal's plan, which
// may be far from sight: "Added to Write a novel, step 4 of 6" (DESIGN.md §2). A new chore goes
// on top of the chores, but which chores are visible is decided by urgency (§3 rule 4): with
// enough overdue or due chores, the new one goes straight into the folded pile, and without a
// word the add would look lost.
import { useCallback, useEffect, useRef } from 'react';
import type { Plan } from '../../domain/plan-types';
import type { Task } from '../../domain/types';
import { readStepPlace } from '../../db/step-place';
import { showToast } from '../../ui/toast-store';

export function useAddedFeedback(plan: Plan | undefined): (task: Task) => void {
  const pending = useRef<Task[]>([]);

  useEffect(() => {
    if (!plan || pending.current.length === 0) return;
    const piled = new Set(plan.pile.map((entry) => entry.task.id));
    const shown = new Set(plan.chores.map((entry) => entry.task.id));
    // The plan may not hold the new task yet (the live query is a frame behind the write).
    const landed = pending.current.filter((task) => piled.has(task.id) || shown.has(task.id));
    pending.current = pending.current.filter((task) => !landed.includes(task));
    const lost = landed.filter((task) => piled.has(task.id));
    const last = lost[lost.length - 1];
    if (last) {
      showToast(
        `“${last.title}” went into the pile: ${plan.chores.length} more urgent chores fill today’s list.`,
      );
    }
  }, [plan]);

  return useCallback((task: Task) => {
    if (task.kind === 'chore') {
      pending.current.push(task);
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
}
