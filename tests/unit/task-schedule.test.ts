import { describe, expect, it } from 'vitest';
import { checkDay, cleanSchedule } from '../../src/domain/task-schedule';
import { ValidationError } from '../../src/domain/validation-error';

const today = '2027-01-13'; // a Wednesday

describe('a task’s schedule', () => {
  it('keeps real days as they are and leaves out what is not set', () => {
    expect(
      cleanSchedule('goal', { dueDate: '2028-02-29', scheduledFor: '2027-01-14' }, today),
    ).toEqual({
      dueDate: '2028-02-29',
      scheduledFor: '2027-01-14',
    });
    expect(cleanSchedule('chore', {}, today)).toEqual({});
  });

  it.each(['2027-02-29', '2027-1-5', '13/01/2027', '', 'tomorrow'])(
    'refuses “%s” as a day',
    (day) => {
      expect(() => checkDay(day, 'dueDate')).toThrow(ValidationError);
      expect(() => cleanSchedule('chore', { scheduledFor: day }, today)).toThrow(/scheduled day/);
    },
  );

  it('gives a repeat without a due date its first occurrence, and anchors a monthly one', () => {
    expect(
      cleanSchedule('chore', { recurrence: { every: 'week', interval: 1, weekday: 5 } }, today),
    ).toEqual({
      dueDate: '2027-01-15',
      recurrence: { every: 'week', interval: 1, weekday: 5 },
    });
    expect(
      cleanSchedule(
        'chore',
        { dueDate: '2027-01-31', recurrence: { every: 'month', interval: 1 } },
        today,
      ),
    ).toEqual({ dueDate: '2027-01-31', recurrence: { every: 'month', interval: 1, monthDay: 31 } });
  });

  it('lets only chores repeat', () => {
    expect(() =>
      cleanSchedule('goal', { recurrence: { every: 'day', interval: 1 } }, today),
    ).toThrow(/Only chores repeat/);
  });
});
