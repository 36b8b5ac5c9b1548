// Says where a just-added task went when the user cannot see it land. A new chore goes on top
// of the chores, but which chores are visible is decided by urgency (DESIGN.md §3 rule 4): with
// enough overdue or due chores, the new one goes straight into the folded pile, and without a
// word the add would look lost.
import { useCallback, useEffect, useRef } from 'react';
import type { Plan } from '../../domain/plan-types';
import type { Task } from '../../domain/types';
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
    if (task.kind === 'chore') pending.current.push(task);
  }, []);
}
