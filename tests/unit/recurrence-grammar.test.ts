import { describe, expect, it } from 'vitest';
import { findRecurrences } from '../../src/domain/recurrence-grammar';
import { describeRecurrence } from '../../src/domain/recurrence-words';
import type { Recurrence } from '../../src/domain/types';

const only = (text: string) => {
  const found = findRecurrences(text);
  return found.length === 1 ? found[0]! : null;
};

describe('the repeat grammar', () => {
  it.each<[string, Recurrence]>([
    ['every day', { every: 'day', interval: 1 }],
    ['every 3 days', { every: 'day', interval: 3 }],
    ['every other day', { every: 'day', interval: 2 }],
    ['every week', { every: 'week', interval: 1 }],
    ['every 2 weeks', { every: 'week', interval: 2 }],
    ['every two weeks', { every: 'week', interval: 2 }],
    ['every other week', { every: 'week', interval: 2 }],
    ['every 2 weeks on friday', { every: 'week', interval: 2, weekday: 5 }],
    ['every week on Sun', { every: 'week', interval: 1, weekday: 0 }],
    ['every monday', { every: 'week', interval: 1, weekday: 1 }],
    ['Every Mon', { every: 'week', interval: 1, weekday: 1 }],
    ['every tues', { every: 'week', interval: 1, weekday: 2 }],
    ['every other thursday', { every: 'week', interval: 2, weekday: 4 }],
    ['every 3 saturdays', { every: 'week', interval: 3, weekday: 6 }],
    ['every month', { every: 'month', interval: 1 }],
    ['every 6 months', { every: 'month', interval: 6 }],
    ['every month on the 15th', { every: 'month', interval: 1, monthDay: 15 }],
    ['every month on day 31', { every: 'month', interval: 1, monthDay: 31 }],
    ['every 1st', { every: 'month', interval: 1, monthDay: 1 }],
    ['every year', { every: 'month', interval: 12 }],
    ['every 2 years', { every: 'month', interval: 24 }],
    ['every twelve days', { every: 'day', interval: 12 }],
  ])('reads “%s”', (text, rule) => {
    expect(only(text)).toEqual({ rule, index: 0, length: text.length });
  });

  it('finds the phrase inside a sentence and reports where it is', () => {
    const text = 'Water the plants every 2 weeks, please';
    expect(findRecurrences(text)).toEqual([
      { rule: { every: 'week', interval: 2 }, index: 17, length: 13 },
    ]);
  });

  it.each([
    'every weekday',
    'every weekend',
    'every 0 days',
    'every 1000 days',
    'every month on the 32nd',
    'every so often',
    'everyday chores',
    'every sunny day',
    'every 84 years',
  ])('leaves “%s” alone', (text) => {
    expect(findRecurrences(text)).toEqual([]);
  });
});

describe('rules in words', () => {
  it.each<[Recurrence, string]>([
    [{ every: 'day', interval: 1 }, 'every day'],
    [{ every: 'day', interval: 3 }, 'every 3 days'],
    [{ every: 'week', interval: 1 }, 'every week'],
    [{ every: 'week', interval: 2, weekday: 5 }, 'every 2 weeks on Friday'],
    [{ every: 'week', interval: 1, weekday: 1 }, 'every Monday'],
    [{ every: 'month', interval: 1, monthDay: 31 }, 'every month'],
    [{ every: 'month', interval: 3 }, 'every 3 months'],
    [{ every: 'month', interval: 12, monthDay: 29 }, 'every year'],
    [{ every: 'month', interval: 24 }, 'every 2 years'],
  ])('%o is “%s”', (rule, words) => {
    expect(describeRecurrence(rule, { locale: 'en-GB' })).toBe(words);
  });

  it('names the anchor day when asked', () => {
    const rule: Recurrence = { every: 'month', interval: 1, monthDay: 31 };
    expect(describeRecurrence(rule, { withMonthDay: true })).toBe('every month on day 31');
  });
});
