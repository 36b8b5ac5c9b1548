// What the coach's cards (and the client's preview of them) say about a shared goal.
import { describe, expect, it } from 'vitest';
import type { SharedGoal } from '../../src/domain/share-projection';
import {
  attentionWords,
  sharedProgressRange,
  sharedProgressText,
} from '../../src/ui/coach/share-text';

const goal = (fields: Partial<SharedGoal> = {}): SharedGoal => ({
  id: 'g',
  title: 'Run a 10k',
  why: '',
  status: 'active',
  progress: 0.5,
  doneSteps: 1,
  totalSteps: 2,
  logged: 0,
  behind: false,
  neglected: false,
  idleDays: 0,
  snoozed: false,
  snoozesThisWeek: 0,
  ...fields,
});

describe('a shared goal in words', () => {
  it('says its progress as the Goals view does, and gives the bar its quantities', () => {
    expect(sharedProgressText(goal())).toBe('1 of 2 steps done');
    expect(sharedProgressText(goal({ totalSteps: 0, doneSteps: 0 }))).toBe('No steps planned yet');
    const counted = goal({ target: 12, unit: 'books', logged: 5 });
    expect(sharedProgressText(counted)).toBe('5 of 12 books');
    expect(sharedProgressRange(counted)).toEqual({ value: 5, max: 12 });
    expect(sharedProgressRange(goal())).toEqual({ value: 1, max: 2 });
  });

  it('names what needs attention: neglected, behind schedule, snoozed, paused', () => {
    expect(attentionWords(goal())).toEqual([]);
    expect(
      attentionWords(
        goal({ neglected: true, idleDays: 5, behind: true, snoozed: true, snoozesThisWeek: 1 }),
      ),
    ).toEqual([
      'Neglected: no progress for 5 days',
      'Behind schedule',
      'Next step snoozed',
      'Snoozed 1 time this week',
    ]);
    expect(attentionWords(goal({ status: 'paused' }))).toEqual(['Paused']);
  });
});
