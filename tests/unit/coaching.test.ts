import { describe, expect, it } from 'vitest';
import { coachingPlan, PROGRAMME_ID, sessionId, sessionLabel } from '../../src/domain/coaching';
import type { CoachingRecord } from '../../src/domain/types';

const session = (day: string, deletedAt?: number): CoachingRecord => ({
  id: sessionId(day),
  type: 'session',
  day,
  createdAt: 1,
  updatedAt: 1,
  ...(deletedAt !== undefined && { deletedAt }),
});
const programme = (fields: { sessionCount?: number; sessionsBefore?: number }): CoachingRecord => ({
  id: PROGRAMME_ID,
  type: 'programme',
  createdAt: 1,
  updatedAt: 1,
  ...fields,
});

describe('coaching sessions', () => {
  it('numbers the next session after the ones held, and knows the last one', () => {
    const records = [
      programme({ sessionCount: 8 }),
      session('2026-11-05'),
      session('2026-10-15'),
      session('2026-11-19'),
    ];
    expect(coachingPlan(records, '2026-11-10')).toEqual({
      next: { day: '2026-11-19', number: 3 },
      last: { day: '2026-11-05', number: 2 },
      sessionCount: 8,
    });
    expect(sessionLabel(3, 8)).toBe('Session 3 of 8');
    expect(sessionLabel(3)).toBe('Session 3');
  });

  it('keeps a session on today as the next one; it is the last one from the day after', () => {
    const records = [session('2026-11-05'), session('2026-11-19')];
    expect(coachingPlan(records, '2026-11-19').next).toEqual({ day: '2026-11-19', number: 2 });
    expect(coachingPlan(records, '2026-11-20')).toEqual({
      last: { day: '2026-11-19', number: 2 },
    });
  });

  it('counts sessions held before the app knew of them, and ignores deleted sessions', () => {
    const records = [
      programme({ sessionsBefore: 2 }),
      session('2026-11-04', 5),
      session('2026-11-05'),
    ];
    expect(coachingPlan(records, '2026-11-01').next).toEqual({ day: '2026-11-05', number: 3 });
  });

  it('has nothing to say without sessions', () => {
    expect(coachingPlan([], '2026-11-01')).toEqual({});
  });
});
