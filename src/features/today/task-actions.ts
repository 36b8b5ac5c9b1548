// What the buttons of a task row do. Failures never pass silently: the user sees why.
import { completeTask, deleteTask, reopenTask, restoreTask } from '../../db/task-repository';
import { describeWriteError } from '../../db/write-error';
import type { Task } from '../../domain/types';
import { showError, showToast } from '../../ui/toast-store';

export async function toggleDone(task: Task): Promise<void> {
  try {
    if (task.status === 'open') await completeTask(task.id);
    else await reopenTask(task.id);
  } catch (error) {
    showError(describeWriteError(error));
  }
}

/** Deletes at once and offers Undo, which puts the task back in its old place. */
export async function deleteWithUndo(task: Task): Promise<boolean> {
  try {
    await deleteTask(task.id);
  } catch (error) {
    showError(describeWriteError(error));
    return false;
  }
  showToast(`Deleted “${task.title}”`, {
    action: {
      label: 'Undo',
      run: () =>
        restoreTask(task.id).catch((error: unknown) => showError(describeWriteError(error))),
    },
  });
  return true;
}
