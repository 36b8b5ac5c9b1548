// The dates of a task (DESIGN.md §2), checked by the repository before any write:
// - `dueDate` is a deadline and `scheduledFor` a planned day; both are real local days;
// - only chores repeat (a goal step is done once; the goal, not the step, is what lasts);
// - a repeat counts from the due date, so a repeating chore always has one: when none is given,
//   the rule's first occurrence from today;
// - a monthly repeat stores its anchor day, taken from the due date when not given.
import { isDay } from './day';
import { anchorRecurrence, checkRecurrence, firstOccurrence } from './recurrence';
import type { Day, Recurrence, TaskKind } from './types';
import { ValidationError } from './validation-error';

export interface Schedule {
  dueDate?: Day;
  scheduledFor?: Day;
  recurrence?: Recurrence;
}

const NAMES = { dueDate: 'The due date', scheduledFor: 'The scheduled day' } as const;

export function checkDay(value: unknown, field: keyof typeof NAMES): Day {
  if (typeof value !== 'string' || !isDay(value)) {
    throw new ValidationError(
      `${NAMES[field]} must be a real calendar day, like 2027-03-12.`,
      field,
    );
  }
  return value;
}

/** The schedule a task of `kind` ends up with; throws ValidationError when it cannot have it. */
export function cleanSchedule(kind: TaskKind, schedule: Schedule, today: Day): Schedule {
  const dueDate =
    schedule.dueDate === undefined ? undefined : checkDay(schedule.dueDate, 'dueDate');
  const scheduledFor =
    schedule.scheduledFor === undefined
      ? undefined
      : checkDay(schedule.scheduledFor, 'scheduledFor');
  const dates = {
    ...(dueDate !== undefined && { dueDate }),
    ...(scheduledFor !== undefined && { scheduledFor }),
  };
  if (schedule.recurrence === undefined) return dates;
  if (kind !== 'chore') {
    throw new ValidationError(
      'Only chores repeat: a goal step is done once. Stop the repeat to make this a goal step.',
      'recurrence',
    );
  }
  const rule = checkRecurrence(schedule.recurrence);
  const due = dueDate ?? firstOccurrence(rule, today);
  return { ...dates, dueDate: due, recurrence: anchorRecurrence(rule, due) };
}
