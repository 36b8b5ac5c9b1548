// The rules a task's text must meet, checked by the repository before any write (the UI shows
// the same messages, but never is the only guard). Titles are trimmed; 1 to 500 characters.
import { ValidationError } from './validation-error';

export const TITLE_MAX_LENGTH = 500;
export const NOTES_MAX_LENGTH = 5000;

const count = new Intl.NumberFormat('en');

export function cleanTitle(raw: string): string {
  const title = raw.trim();
  if (title.length === 0) {
    throw new ValidationError('Write a few words first: a task needs a title.', 'title');
  }
  if (title.length > TITLE_MAX_LENGTH) {
    throw new ValidationError(
      `That title is ${count.format(title.length)} characters long; keep it to ${TITLE_MAX_LENGTH} or fewer (notes can hold more).`,
      'title',
    );
  }
  return title;
}

/** Notes are kept as typed; blank notes are no notes. */
export function cleanNotes(raw: string | undefined): string | undefined {
  if (raw === undefined || raw.trim().length === 0) return undefined;
  if (raw.length > NOTES_MAX_LENGTH) {
    throw new ValidationError(
      `Notes are ${count.format(raw.length)} characters long; keep them to ${count.format(NOTES_MAX_LENGTH)} or fewer.`,
      'notes',
    );
  }
  return raw;
}
