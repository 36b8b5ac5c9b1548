// What the buttons of a task row do. Failures never pass silently: the user sees why.
import {
  completeTask,
  deleteTask,
  reopenTask,
  restoreTask,
  skipOccurrence,
  snoozeTask,
  updateTask,
} from '../../db/task-repository';
import { describeWriteError } from '../../db/write-error';
import type { Day, Goal, Task } from '../../domain/types';
import { ordinal } from '../../ui/reason-text';
import { navigate } from '../../ui/router';
import { showError, showToast } from '../../ui/toast-store';

/** How a row names a day in a message ("Fri", "28 Feb"). */
export type DayNamer = (day: Day) => string;

/**
 * Completing a repeating chore says when the next one is due, so its new row is no surprise.
 * Resolves to whether the change was saved.
 */
export async function toggleDone(task: Task, nameDay?: DayNamer): Promise<boolean> {
  try {
    if (task.status === 'open') {
      const next = await completeTask(task.id);
      if (next?.dueDate !== undefined && nameDay) {
        showToast(`Done. “${task.title}” is next due ${nameDay(next.dueDate)}`);
      }
    } else {
      await reopenTask(task.id);
    }
    return true;
  } catch (error) {
    showError(describeWriteError(error));
    return false;
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

/**
 * Snoozes a goal step until tomorrow (DESIGN.md §3 rule 3) and, right then, puts the goal's own
 * if–then plans in front of the user: a snooze is the moment an obstacle shows up, and the
 * strategy decided in advance is what helps. A goal without plans is offered its page to make one.
 * The plans shown are the ones the snooze's activity row records (for the Review).
 */
export async function snoozeWithPlans(
  task: Task,
  goal: Goal | undefined,
  today: Day,
): Promise<void> {
  try {
    const { task: snoozed, plans } = await snoozeTask(task.id, today);
    const head = `Snoozed until tomorrow, the ${ordinal(snoozed.snoozes)} time.`;
    if (plans.length > 0) {
      const sentences = plans.map((pair) => `If ${pair.obstacle}, then I will ${pair.strategy}.`);
      showToast(`${head} Your plan: ${sentences.join(' ')}`);
    } else if (goal) {
      showToast(`${head} What got in the way? Plan for it on the goal’s page.`, {
        action: { label: 'Open goal', run: () => navigate(`/goals/${goal.id}`) },
      });
    } else {
      showToast(head);
    }
  } catch (error) {
    showError(describeWriteError(error));
  }
}
