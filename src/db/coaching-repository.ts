// Coaching sessions (../domain/coaching.ts): a row per session date, its id derived from the
// date, and one programme row. Setting the next session writes the new date's row and
// soft-deletes the upcoming one it replaces; sessions already held stay, and are what numbers
// the next one. All in one transaction.
import { coachingPlan, PROGRAMME_ID, SESSION_COUNT_MAX, sessionId } from '../domain/coaching';
import { daysBetween, isDay } from '../domain/day';
import type {
  CoachingProgramme,
  CoachingRecord,
  CoachingSession,
  Day,
  Instant,
} from '../domain/types';
import { ValidationError } from '../domain/validation-error';
import { db } from './database';

export function listCoachingRecords(): Promise<CoachingRecord[]> {
  return db.coachingSessions.toArray();
}

export interface CoachingChanges {
  /** The next session's date; null: no next session planned. */
  nextSession: Day | null;
  /** The number the next session has in the programme (sessions held before it, plus one). */
  nextNumber?: number;
  /** How many sessions the programme has; null: not said. */
  sessionCount: number | null;
}

function wholeNumber(value: number, min: number, field: string, what: string): number {
  if (!Number.isInteger(value) || value < min || value > SESSION_COUNT_MAX) {
    throw new ValidationError(
      `${what} must be a whole number from ${min} to ${SESSION_COUNT_MAX}.`,
      field,
    );
  }
  return value;
}

export async function saveCoaching(
  changes: CoachingChanges,
  today: Day,
  now: Instant = Date.now(),
): Promise<void> {
  const { nextSession } = changes;
  if (nextSession !== null && (!isDay(nextSession) || daysBetween(today, nextSession) < 0)) {
    throw new ValidationError('The next session must be today or a later day.', 'nextSession');
  }
  const count =
    changes.sessionCount === null
      ? undefined
      : wholeNumber(changes.sessionCount, 1, 'sessionCount', 'The number of sessions');
  const nextNumber =
    changes.nextNumber === undefined
      ? undefined
      : wholeNumber(changes.nextNumber, 1, 'nextNumber', 'The session number');
  if (count !== undefined && nextNumber !== undefined && nextNumber > count) {
    throw new ValidationError(
      `Session ${nextNumber} cannot be part of a programme of ${count} sessions.`,
      'nextNumber',
    );
  }
  await db.transaction('rw', db.coachingSessions, async () => {
    const records = await db.coachingSessions.toArray();
    const plan = coachingPlan(records, today);
    if (plan.next && plan.next.day !== nextSession) {
      await db.coachingSessions.update(sessionId(plan.next.day), {
        deletedAt: now,
        updatedAt: now,
      });
    }
    if (nextSession !== null && plan.next?.day !== nextSession) {
      const existing = records.find((record) => record.id === sessionId(nextSession));
      const session: CoachingSession = {
        id: sessionId(nextSession),
        type: 'session',
        day: nextSession,
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
      };
      await db.coachingSessions.put(session);
    }
    const programme = records.find((record) => record.id === PROGRAMME_ID) as
      CoachingProgramme | undefined;
    // Sessions held so far (days before today) number the next one; the rest came before.
    const held = (plan.last?.number ?? 0) - (programme?.sessionsBefore ?? 0);
    const sessionsBefore =
      nextNumber === undefined ? programme?.sessionsBefore : Math.max(0, nextNumber - 1 - held);
    const next: CoachingProgramme = {
      id: PROGRAMME_ID,
      type: 'programme',
      ...(count !== undefined && { sessionCount: count }),
      ...(sessionsBefore !== undefined && sessionsBefore > 0 && { sessionsBefore }),
      createdAt: programme?.createdAt ?? now,
      updatedAt: now,
    };
    const same =
      programme?.deletedAt === undefined &&
      programme?.sessionCount === next.sessionCount &&
      (programme?.sessionsBefore ?? 0) === (next.sessionsBefore ?? 0);
    if (!same) await db.coachingSessions.put(next);
  });
}
