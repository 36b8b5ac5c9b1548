import { describe, expect, it } from 'vitest';
import { readRRule } from '../../../src/domain/list-import/rrule';

describe('readRRule', () => {
  it.each([
    ['RRULE:FREQ=DAILY;INTERVAL=1', { every: 'day', interval: 1 }],
    ['FREQ=DAILY;INTERVAL=3', { every: 'day', interval: 3 }],
    ['RRULE:FREQ=WEEKLY;INTERVAL=2', { every: 'week', interval: 2 }],
    ['RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=FR;WKST=MO', { every: 'week', interval: 1, weekday: 5 }],
    ['RRULE:FREQ=MONTHLY;INTERVAL=1', { every: 'month', interval: 1 }],
    ['RRULE:FREQ=MONTHLY;BYMONTHDAY=15', { every: 'month', interval: 1, monthDay: 15 }],
    ['RRULE:FREQ=MONTHLY;BYMONTHDAY=-1', { every: 'month', interval: 1, monthDay: 31 }],
    ['RRULE:FREQ=YEARLY;INTERVAL=1', { every: 'month', interval: 12 }],
  ])('follows %s', (rule, recurrence) => {
    expect(readRRule(rule, true)).toEqual({ recurrence });
  });

  it.each([
    'RRULE:FREQ=WEEKLY;BYDAY=MO,WE',
    'RRULE:FREQ=MONTHLY;BYDAY=2FR',
    'RRULE:FREQ=MONTHLY;BYMONTHDAY=1,15',
    'RRULE:FREQ=DAILY;TT_SKIP=WEEKEND',
    'RRULE:FREQ=HOURLY',
    'RRULE:FREQ=DAILY;INTERVAL=0',
    'RRULE:FREQ=DAILY;INTERVAL=5000',
    'not a rule',
    '',
  ])('does not bend %j into a rule the user did not set', (rule) => {
    expect(readRRule(rule, true).recurrence).toBeUndefined();
  });

  it('does not guess the month of a yearly repeat without a due date', () => {
    expect(readRRule('RRULE:FREQ=YEARLY', false).recurrence).toBeUndefined();
  });

  it('follows a repeat with an end, saying what the end was', () => {
    expect(readRRule('RRULE:FREQ=DAILY;COUNT=5', true)).toEqual({
      recurrence: { every: 'day', interval: 1 },
      end: 'after 5 times',
    });
    expect(readRRule('RRULE:FREQ=DAILY;UNTIL=20270301T000000Z', true).end).toBe('on 2027-03-01');
  });
});
