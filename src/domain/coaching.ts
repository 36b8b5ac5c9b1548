// Coaching sessions: the dates of the sessions and how many the programme has. Stored as one row
// per session (its id derived from its date) and one programme row, so two devices noting the
// same session make one record and each field merges on its own (DESIGN.md §9). The number of a
// session is counted from the rows, never kept as a counter two devices could both bump.
//
// A session on `today` is still the next one (the client prepares for it that day); it becomes
// the last session the day after.
import { daysBetween } from './day';
import type { CoachingProgramme, CoachingRecord, CoachingSession, Day } from './types';

export const PROGRAMME_ID = 'programme';
export const SESSION_COUNT_MAX = 200;

export function sessionId(day: Day): string {
  return `session-${day}`;
}

export interface CoachingPlan {
  /** The first session on or after today. */
  next?: { day: Day; number: number };
  /** The latest session before today. */
  last?: { day: Day; number: number };
  /** How many sessions the programme has, when the client said so. */
  sessionCount?: number;
}

const isSession = (record: CoachingRecord): record is CoachingSession =>
  record.type === 'session' && record.deletedAt === undefined;

export function findProgramme(records: readonly CoachingRecord[]): CoachingProgramme | undefined {
  return records.find(
    (record): record is CoachingProgramme =>
      record.type === 'programme' && record.deletedAt === undefined,
  );
}

export function coachingPlan(records: readonly CoachingRecord[], today: Day): CoachingPlan {
  const programme = findProgramme(records);
  const before = programme?.sessionsBefore ?? 0;
  // Distinct days: rows are keyed by day, but a hand-made backup could hold two.
  const days = [...new Set(records.filter(isSession).map((session) => session.day))].sort();
  const pastCount = days.filter((day) => daysBetween(today, day) < 0).length;
  const next = days[pastCount];
  const last = days[pastCount - 1];
  const plan: CoachingPlan = {};
  if (next !== undefined) plan.next = { day: next, number: before + pastCount + 1 };
  if (last !== undefined) plan.last = { day: last, number: before + pastCount };
  if (programme?.sessionCount !== undefined) plan.sessionCount = programme.sessionCount;
  return plan;
}

/** "Session 3 of 8", or "Session 3" when the programme's length is not known. */
export function sessionLabel(number: number, sessionCount?: number): string {
  return sessionCount === undefined ? `Session ${number}` : `Session ${number} of ${sessionCount}`;
}
