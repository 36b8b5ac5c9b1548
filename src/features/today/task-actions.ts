// What the buttons of a task row do. Failures never pass silently: the user sees why.
import {
  completeTask,
  deleteTask,
  reopenTask,
  restoreTask,
  skipOccurrence,
  updateTask,
} from '../../db/task-repository';
import { describeWriteError } from '../../db/write-error';
import type { Day, Task } from '../../domain/types';
import { showError, showToast } from '../../ui/toast-store';

/** How a row names a day in a message ("Fri", "28 Feb"). */
export type DayNamer = (day: Day) => string;

/** Completing a repeating chore says when the next one is due, so its new row is no surprise. */
export async function toggleDone(task: Task, nameDay?: DayNamer): Promise<void> {
  try {
    if (task.status === 'open') {
      const next = await completeTask(task.id);
      if (next?.dueDate !== undefined && nameDay) {
        showToast(`Done. “${task.title}” is next due ${nameDay(next.dueDate)}`);
      }
    } else {
      await reopenTask(task.id);
    }
  } catch (error) {
    showError(describeWriteError(error));
  }
}

/** Moves a repeating chore to its next occurrence and offers Undo (the old dates come back). */
export async function skipWithUndo(task: Task, nameDay: DayNamer): Promise<void> {
  let dueDate: Day;
  try {
    dueDate = await skipOccurrence(task.id);
  } catch (error) {
    showError(describeWriteError(error));
    return;
  }
  showToast(`Skipped “${task.title}”: next due ${nameDay(dueDate)}`, {
    action: {
      label: 'Undo',
      run: () =>
        updateTask(task.id, {
          dueDate: task.dueDate ?? null,
          scheduledFor: task.scheduledFor ?? null,
        }).catch((error: unknown) => showError(describeWriteError(error))),
    },
  });
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
