import { describe, expect, it } from 'vitest';
import type { Reason } from '../../src/domain/plan-types';
import { ordinal, reasonText } from '../../src/ui/reason-text';

const TODAY = '2026-11-10';

describe('reasons in words', () => {
  it.each<[Reason, string]>([
    [{ code: 'neglected', days: 6 }, 'No progress in 6 days'],
    [{ code: 'neglected', days: 1 }, 'No progress in 1 day'],
    [
      { code: 'behind-schedule', progress: 0.2, elapsed: 0.5 },
      'Behind schedule: 20% done, 50% of the time gone',
    ],
    [{ code: 'deadline', days: 3 }, 'Deadline in 3 days'],
    [{ code: 'deadline', days: 1 }, 'Deadline tomorrow'],
    [{ code: 'deadline', days: 0 }, 'Deadline today'],
    [{ code: 'deadline', days: -2 }, 'Deadline passed 2 days ago'],
    [{ code: 'overdue', days: 2 }, '2 days overdue'],
    [{ code: 'overdue', days: 1 }, '1 day overdue'],
    [{ code: 'due-today' }, 'Due today'],
    [{ code: 'scheduled-today' }, 'Planned for today'],
    [{ code: 'snoozed', count: 3, until: '2026-11-11' }, 'Snoozed until tomorrow · 3rd time'],
    [{ code: 'snoozed', count: 1 }, 'Snoozed 1 time so far'],
    [{ code: 'no-next-step' }, 'No next step planned'],
  ])('%j → %s', (reason, text) => {
    expect(reasonText(reason, TODAY)).toBe(text);
  });

  it('names the goal of a next step', () => {
    expect(reasonText({ code: 'next-step' }, TODAY, 'Write a novel')).toBe(
      'Next step of Write a novel',
    );
    expect(reasonText({ code: 'next-step' }, TODAY)).toBe('A step toward a goal');
  });

  it('writes English ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '101st',
    ]);
  });
});
