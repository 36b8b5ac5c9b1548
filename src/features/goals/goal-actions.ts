// What the buttons of the Goals pages do. Each write reports a failure in words (nothing was
// saved), and each delete offers Undo, which brings back exactly what was deleted.
import { deleteCheckIn, restoreCheckIn } from '../../db/check-in-repository';
import {
  deleteGoal,
  markGoalAchieved,
  moveGoal,
  moveGoalBetween,
  pauseGoal,
  restoreGoal,
  resumeGoal,
} from '../../db/goal-repository';
import { moveStep } from '../../db/step-order';
import { moveTask } from '../../db/task-moves';
import { completeTask, deleteTask, reopenTask, restoreTask } from '../../db/task-repository';
import { describeWriteError } from '../../db/write-error';
import { attempt } from '../../ui/attempt';
import type { Neighbours } from '../../domain/reorder';
import type { CheckIn, Goal, Task } from '../../domain/types';
import { showToast } from '../../ui/toast-store';

const undo = (restore: () => Promise<unknown>) => ({
  label: 'Undo',
  run: () => attempt(restore, describeWriteError),
});

export async function deleteGoalWithUndo(goal: Goal): Promise<boolean> {
  const done = await attempt(() => deleteGoal(goal.id), describeWriteError);
  if (done)
    showToast(`Deleted the goal “${goal.title}”`, { action: undo(() => restoreGoal(goal.id)) });
  return done;
}

export async function setGoalStatus(goal: Goal, status: Goal['status']): Promise<boolean> {
  const write =
    status === 'paused' ? pauseGoal : status === 'achieved' ? markGoalAchieved : resumeGoal;
  const done = await attempt(() => write(goal.id), describeWriteError);
  if (!done) return false;
  if (status === 'paused') {
    showToast(`Paused “${goal.title}”: its steps stay off Today until you resume it.`);
  } else if (status === 'achieved') {
    showToast(`Well done: “${goal.title}” is achieved.`);
  } else {
    showToast(`“${goal.title}” is active again; its next step is back on Today.`);
  }
  return true;
}

export const moveGoalBy = (goal: Goal, direction: 'up' | 'down') =>
  attempt(() => moveGoal(goal.id, direction), describeWriteError);

export const moveStepBy = (step: Task, direction: 'up' | 'down') =>
  attempt(() => moveStep(step.id, direction), describeWriteError);

/** A drop: the goal (or step) goes between the two it was dropped between. */
export const moveGoalBetweenBy = (goal: Goal, neighbours: Neighbours<string>) =>
  attempt(() => moveGoalBetween(goal.id, neighbours), describeWriteError);

export const moveStepBetween = (step: Task, neighbours: Neighbours<string>) =>
  attempt(() => moveTask(step.id, neighbours), describeWriteError);

export const setStepDone = (step: Task, done: boolean) =>
  attempt(() => (done ? completeTask(step.id) : reopenTask(step.id)), describeWriteError);

export async function deleteStepWithUndo(step: Task): Promise<boolean> {
  const done = await attempt(() => deleteTask(step.id), describeWriteError);
  if (done)
    showToast(`Deleted the step “${step.title}”`, { action: undo(() => restoreTask(step.id)) });
  return done;
}

export async function deleteCheckInWithUndo(checkIn: CheckIn, label: string): Promise<boolean> {
  const done = await attempt(() => deleteCheckIn(checkIn.id), describeWriteError);
  if (done) {
    showToast(`Deleted the check-in of ${label}`, {
      action: undo(() => restoreCheckIn(checkIn.id)),
    });
  }
  return done;
}
