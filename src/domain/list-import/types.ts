// What a reader makes of a list brought in from elsewhere, before the user marks anything. Every
// reader (Todoist CSV, TickTick CSV, Markdown, plain text) produces the same shape, so the flow
// and the write never care where a list came from. Nothing is dropped without a trace: a row
// that is not brought in is counted under a reason (`skipped`), and what our model cannot hold
// (a time of day, a priority, an assignee, a repeat we cannot follow) is written into `notes`.
import type { Day, Instant, Recurrence } from '../types';

export type ListFormat = 'todoist' | 'ticktick' | 'markdown' | 'text';

export interface ImportedItem {
  /** 1-based line in the source text where the item starts (for messages and for keys). */
  line: number;
  /** Trimmed, one line, at most TITLE_MAX_LENGTH characters (a longer one is cut, see notes). */
  title: string;
  notes?: string;
  status: 'open' | 'done';
  dueDate?: Day;
  scheduledFor?: Day;
  recurrence?: Recurrence;
  /** When the source says it was done. */
  completedAt?: Instant;
  /** 0 for a top-level item, 1 for a sub-task, … */
  depth: number;
  /** The heading, section or list the item stood under, if any. */
  group?: string;
}

/** Why rows or lines of the source were not brought in as items. */
export type SkipReason =
  | 'blank' // blank rows of a CSV
  | 'settings' // Todoist's `meta` rows: view settings, not tasks
  | 'no-title' // a row with no text to make a title of
  | 'unknown-row' // a Todoist row of a type we do not know
  | 'orphan-comment' // a comment with no task above it
  | 'wont-do' // TickTick items marked "won't do"
  | 'note-item' // TickTick notes: free text, not tasks
  | 'separator'; // Markdown rules and code fences

/** What was read but not as a plain field: counted for the summary. */
export type Finding =
  | 'comment' // a comment joined to the notes of its task
  | 'time' // a time of day, kept in the notes
  | 'date-not-understood' // a date we could not read, kept in the notes
  | 'repeat-not-followed' // a repeat we cannot follow, kept in the notes
  | 'title-cut' // a title over 500 characters, cut (the whole text is in the notes)
  | 'notes-cut'; // notes over 5,000 characters, cut

export interface ListReading {
  format: ListFormat;
  items: ImportedItem[];
  skipped: Partial<Record<SkipReason, number>>;
  findings: Partial<Record<Finding, number>>;
}

/** A source that cannot be read at all; the message is written for the user. */
export class ListReadError extends Error {
  override readonly name = 'ListReadError';
}

/** A tally that counts into a record, so readers can say `tally.skip('blank')`. */
export class Tally {
  readonly skipped: Partial<Record<SkipReason, number>> = {};
  readonly findings: Partial<Record<Finding, number>> = {};
  skip(reason: SkipReason, count = 1): void {
    this.skipped[reason] = (this.skipped[reason] ?? 0) + count;
  }
  note(finding: Finding, count = 1): void {
    this.findings[finding] = (this.findings[finding] ?? 0) + count;
  }
}
