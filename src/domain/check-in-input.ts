// The rules of a check-in (logged progress), checked by the repository before any write:
// - the day is a real calendar day, and not in the future (progress is logged, not planned);
// - an amount, when given, is a number above zero; a count goal needs one, since its progress
//   is the sum of the amounts;
// - the note is optional, up to 500 characters; a check-in of a steps goal says something:
//   a note or an amount.
import { isDay } from './day';
import type { Day, GoalMeasure } from './types';
import { ValidationError } from './validation-error';

export const CHECK_IN_NOTE_MAX_LENGTH = 500;

const count = new Intl.NumberFormat('en');

export interface CheckInInput {
  /** undefined: no amount; NaN: the box held something that is not a number. */
  amount?: number;
  note?: string;
  day: string;
}

export interface CleanCheckIn {
  amount?: number;
  note?: string;
  day: Day;
}

export function cleanCheckIn(input: CheckInInput, measure: GoalMeasure, today: Day): CleanCheckIn {
  const { amount } = input;
  const needsAmount = measure.type === 'count';
  if (amount === undefined && needsAmount) {
    throw new ValidationError(
      `Enter how much you did, in ${measure.unit || 'the goal’s unit'}.`,
      'amount',
    );
  }
  if (amount !== undefined && (!Number.isFinite(amount) || amount <= 0)) {
    throw new ValidationError('The amount must be a number above zero.', 'amount');
  }
  const note = input.note?.trim() ?? '';
  if (note.length > CHECK_IN_NOTE_MAX_LENGTH) {
    throw new ValidationError(
      `The note is ${count.format(note.length)} characters long; keep it to ${CHECK_IN_NOTE_MAX_LENGTH} or fewer.`,
      'note',
    );
  }
  if (amount === undefined && note.length === 0) {
    throw new ValidationError('Say what you did: write a note or an amount.', 'note');
  }
  const day = input.day.trim();
  if (!isDay(day)) {
    throw new ValidationError('That day is not a real date; pick one from the calendar.', 'day');
  }
  if (day > today) {
    throw new ValidationError('Progress can only be logged for today or an earlier day.', 'day');
  }
  return {
    day,
    ...(amount !== undefined && { amount }),
    ...(note.length > 0 && { note }),
  };
}
