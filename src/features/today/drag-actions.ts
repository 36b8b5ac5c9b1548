// What a drop on Today writes (./today-lists.ts decides which). A move within a list writes one
// key; a drop into the other section changes what the task is, says so, and offers Undo, which
// puts back exactly what it was. Failures never pass silently: the user sees why.
import { moveGoalBetween } from '../../db/goal-repository';
import { makeChore, makeGoalStep, moveTask, undoTaskMove } from '../../db/task-moves';
import type { NeighbourIds } from '../../db/task-moves';
import { describeWriteError } from '../../db/write-error';
import { attempt } from '../../ui/attempt';
import type { Task } from '../../domain/types';
import { focusWhenPresent, holdFocus, type FocusHold } from '../../ui/focus';
import { showError, showToast, type ToastAction } from '../../ui/toast-store';
import { NEW_TASK_INPUT_ID } from './quick-add';

const handleOf = (taskId: string) => `[data-task-id="${CSS.escape(taskId)}"] [data-control="move"]`;

export const moveGoalTo = (goalId: string, neighbours: NeighbourIds) =>
  attempt(() => moveGoalBetween(goalId, neighbours), describeWriteError);

export const moveTaskTo = (taskId: string, neighbours: NeighbourIds) =>
  attempt(() => moveTask(taskId, neighbours), describeWriteError);

const undo = (previous: Task): ToastAction => ({
  label: 'Undo',
  run: () => attempt(() => undoTaskMove(previous), describeWriteError),
});

/**
 * Focus goes (back) to the row's handle: after a move into the other section, where the row is
 * mounted anew, and after the "which goal?" dialog closes; `hold`: where focus was at the drop
 * or the dialog's choice.
 */
export const keepFocus = (taskId: string, hold: FocusHold = holdFocus()) =>
  focusWhenPresent(handleOf(taskId), `#${NEW_TASK_INPUT_ID}`, hold);

/** A chore dropped into the goal section, once its goal (or none) is chosen. */
export async function makeGoalStepWithUndo(
  task: Task,
  goal: { id: string; title: string } | undefined,
): Promise<void> {
  const hold = holdFocus();
  let previous: Task;
  try {
    previous = await makeGoalStep(task.id, goal?.id);
  } catch (error) {
    showError(describeWriteError(error));
    return;
  }
  const what = goal ? `the next step of ${goal.title}` : 'a goal step';
  const repeat = previous.recurrence ? ' It no longer repeats.' : '';
  showToast(`“${task.title}” is now ${what}.${repeat}`, { action: undo(previous) });
  keepFocus(task.id, hold);
}

/** A goal step dropped among the chores; resolves to its Undo once stored, or null. */
export async function makeChoreWithUndo(
  task: Task,
  neighbours: NeighbourIds,
  goalTitle: string | undefined,
): Promise<ToastAction | null> {
  const hold = holdFocus();
  let previous: Task;
  try {
    previous = await makeChore(task.id, neighbours);
  } catch (error) {
    showError(describeWriteError(error));
    return null;
  }
  const was = goalTitle ? `, no longer a step of ${goalTitle}` : '';
  const action = undo(previous);
  showToast(`“${task.title}” is now a chore${was}.`, { action });
  keepFocus(task.id, hold);
  return action;
}
