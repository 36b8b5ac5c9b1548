import { describe, expect, it } from 'vitest';
import { startOfDay } from '../../src/domain/day';
import { summarizeGoal } from '../../src/domain/goal-summary';
import type { Day } from '../../src/domain/types';
import {
  dayText,
  deadlineText,
  lastProgressText,
  progressRange,
  progressText,
  scheduleText,
} from '../../src/ui/goal-text';
import { makeCheckIn, makeGoal, makeTask } from '../fixtures/builders';

const TODAY = '2026-11-10'; // a Tuesday
const at = (day: Day) => startOfDay(day).getTime() + 12 * 3600_000;
const number = new Intl.NumberFormat();

describe('goal figures in words', () => {
  it('says days the way people do', () => {
    expect(dayText(TODAY, TODAY)).toBe('Today');
    expect(dayText('2026-11-11', TODAY)).toBe('Tomorrow');
    expect(dayText('2026-11-09', TODAY)).toBe('Yesterday');
    const friday = new Intl.DateTimeFormat(undefined, { weekday: 'short' }).format(
      startOfDay('2026-11-13'),
    );
    expect(dayText('2026-11-13', TODAY)).toBe(friday);
    expect(dayText('2027-06-30', TODAY)).toMatch(/2027/);
    expect(dayText('2026-12-24', TODAY)).not.toMatch(/2026/);
  });

  it('gives a count goal’s amount toward its target, with its unit', () => {
    const goal = makeGoal({ measure: { type: 'count', target: 20000, unit: 'words' } });
    const logs = [5000, 7400].map((amount) => makeCheckIn({ goalId: goal.id, amount }));
    const summary = summarizeGoal(goal, [], logs, TODAY);
    expect(progressText(summary)).toBe(`${number.format(12400)} of ${number.format(20000)} words`);
    expect(progressRange(summary)).toEqual({ value: 12400, max: 20000 });
  });

  it('gives a steps goal’s done steps of all steps', () => {
    const goal = makeGoal();
    const steps = [
      makeTask({ kind: 'goal', goalId: goal.id, status: 'done', completedAt: at(TODAY) }),
      makeTask({ kind: 'goal', goalId: goal.id }),
    ];
    const summary = summarizeGoal(goal, steps, [], TODAY);
    expect(progressText(summary)).toBe('1 of 2 steps done');
    expect(progressRange(summary)).toEqual({ value: 1, max: 2 });
    expect(progressText(summarizeGoal(goal, [], [], TODAY))).toBe('No steps planned yet');
  });

  it('says whether a goal with a deadline is on track or behind, and how long is left', () => {
    const goal = makeGoal({ createdAt: at('2026-11-01'), deadline: '2026-11-21' });
    const idle = summarizeGoal(goal, [makeTask({ kind: 'goal', goalId: goal.id })], [], TODAY);
    expect(scheduleText(idle)).toBe('Behind schedule: 0% done, 45% of the time gone');
    expect(deadlineText(idle, TODAY)).toMatch(/^Deadline .* · 11 days left$/);
    const due = summarizeGoal({ ...goal, deadline: '2026-11-11' }, [], [], TODAY);
    expect(deadlineText(due, TODAY)).toBe('Deadline tomorrow');
    const passed = summarizeGoal({ ...goal, deadline: '2026-11-09' }, [], [], TODAY);
    expect(deadlineText(passed, TODAY)).toBe('Deadline passed yesterday');
    const long = summarizeGoal({ ...goal, deadline: '2026-11-05' }, [], [], TODAY);
    expect(deadlineText(long, TODAY)).toBe('Deadline passed 5 days ago');
    expect(scheduleText(summarizeGoal(makeGoal(), [], [], TODAY))).toBeUndefined();
  });

  it('says when a goal last moved, or how long it has waited since it started', () => {
    const goal = makeGoal({ createdAt: at('2026-11-03') });
    expect(lastProgressText(summarizeGoal(goal, [], [], TODAY), TODAY)).toBe(
      'No progress since it started 7 days ago',
    );
    const fresh = makeGoal({ createdAt: at(TODAY) });
    expect(lastProgressText(summarizeGoal(fresh, [], [], TODAY), TODAY)).toBe('Started today');
    const log = (day: Day) => [makeCheckIn({ goalId: goal.id, day, amount: 1 })];
    expect(lastProgressText(summarizeGoal(goal, [], log(TODAY), TODAY), TODAY)).toBe('Moved today');
    expect(lastProgressText(summarizeGoal(goal, [], log('2026-11-09'), TODAY), TODAY)).toBe(
      'Last moved yesterday',
    );
    expect(lastProgressText(summarizeGoal(goal, [], log('2026-11-06'), TODAY), TODAY)).toBe(
      'Last moved 4 days ago',
    );
  });
});
