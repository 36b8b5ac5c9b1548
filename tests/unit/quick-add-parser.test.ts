// The quick-add parser over a fixed "now": Wednesday 13 January 2027, weeks starting on Monday.
// Also run under TZ=America/New_York and TZ=Pacific/Auckland (npm run test:tz).
import { describe, expect, it } from 'vitest';
import {
  parseQuickAdd,
  type QuickAddOptions,
  type QuickAddParse,
} from '../../src/domain/quick-add-parser';

const goals = [
  { id: 'g-novel', title: 'Write a novel' },
  { id: 'g-marathon', title: 'Run a marathon' },
  { id: 'g-club', title: 'Running club' },
];
const options: QuickAddOptions = { today: '2027-01-13', weekStartsOn: 1, goals };

type Expected = Omit<QuickAddParse, 'parts'>;

const TABLE: [string, Expected][] = [
  // Plain titles stay as they are.
  ['Buy milk', { title: 'Buy milk' }],
  ['Buy 3 apples', { title: 'Buy 3 apples' }],
  ['Read chapter 2', { title: 'Read chapter 2' }],
  ['Plan 2027 budget', { title: 'Plan 2027 budget' }],
  ['Call May about the lease', { title: 'Call May about the lease' }],
  // A month or a time alone is not a day: the words stay in the title.
  ['March madness bracket', { title: 'March madness bracket' }],
  ['Meet Sam at 5pm', { title: 'Meet Sam at 5pm' }],
  ['Lunch at noon', { title: 'Lunch at noon' }],
  // Dates named outright or relative to today.
  ['Pay rent tomorrow', { title: 'Pay rent', dueDate: '2027-01-14' }],
  ['Water plants today', { title: 'Water plants', dueDate: '2027-01-13' }],
  ['Call mom fri', { title: 'Call mom', dueDate: '2027-01-15' }],
  ['Call Mum on Sunday', { title: 'Call Mum', dueDate: '2027-01-17' }],
  ['Standup monday', { title: 'Standup', dueDate: '2027-01-18' }],
  ['Team lunch wed', { title: 'Team lunch', dueDate: '2027-01-13' }], // today is Wednesday
  ['Start diet next monday', { title: 'Start diet', dueDate: '2027-01-18' }],
  ['Weekly report next week', { title: 'Weekly report', dueDate: '2027-01-18' }],
  ['Renew card next month', { title: 'Renew card', dueDate: '2027-02-01' }],
  ['Dentist in 3 days', { title: 'Dentist', dueDate: '2027-01-16' }],
  ['Check tyres in 2 weeks', { title: 'Check tyres', dueDate: '2027-01-27' }],
  ['Book flight in a week', { title: 'Book flight', dueDate: '2027-01-20' }],
  ['Vet in 2 months', { title: 'Vet', dueDate: '2027-03-13' }],
  ['File taxes on 2027-03-12', { title: 'File taxes', dueDate: '2027-03-12' }],
  ['Taxes by 15 April', { title: 'Taxes', dueDate: '2027-04-15' }],
  ['Taxes due April 15th', { title: 'Taxes', dueDate: '2027-04-15' }],
  ['Library book due fri', { title: 'Library book', dueDate: '2027-01-15' }],
  ['Submit form before 1 Mar 2028', { title: 'Submit form', dueDate: '2028-03-01' }],
  ['Send card jan 10', { title: 'Send card', dueDate: '2028-01-10' }], // forward: next year
  ['Dinner with Ann this weekend', { title: 'Dinner with Ann', dueDate: '2027-01-16' }],
  ['Buy gift for sunday', { title: 'Buy gift', dueDate: '2027-01-17' }],
  ['fri: send invoice', { title: 'send invoice', dueDate: '2027-01-15' }],
  // A time attached to a day keeps its words in the title.
  ['Call mom tomorrow at 5pm', { title: 'Call mom at 5pm', dueDate: '2027-01-14' }],
  // Scheduled for: a planned day, not a deadline.
  ['Dentist scheduled fri', { title: 'Dentist', scheduledFor: '2027-01-15' }],
  [
    'Essay scheduled for monday due 2027-01-22',
    { title: 'Essay', scheduledFor: '2027-01-18', dueDate: '2027-01-22' },
  ],
  // Repeats: our own grammar; a repeat with no date starts at its first occurrence.
  [
    'Pay rent every month on 2027-01-31',
    {
      title: 'Pay rent',
      recurrence: { every: 'month', interval: 1, monthDay: 31 },
      dueDate: '2027-01-31',
    },
  ],
  [
    'Pay rent on 2027-01-31 every month',
    {
      title: 'Pay rent',
      recurrence: { every: 'month', interval: 1, monthDay: 31 },
      dueDate: '2027-01-31',
    },
  ],
  [
    'Water plants every monday',
    {
      title: 'Water plants',
      recurrence: { every: 'week', interval: 1, weekday: 1 },
      dueDate: '2027-01-18',
    },
  ],
  [
    'Floss every day',
    { title: 'Floss', recurrence: { every: 'day', interval: 1 }, dueDate: '2027-01-13' },
  ],
  [
    'Bins every week starting tomorrow',
    { title: 'Bins', recurrence: { every: 'week', interval: 1 }, dueDate: '2027-01-14' },
  ],
  [
    'Laundry every 2 weeks',
    { title: 'Laundry', recurrence: { every: 'week', interval: 2 }, dueDate: '2027-01-13' },
  ],
  [
    'Gym every other week on friday',
    { title: 'Gym', recurrence: { every: 'week', interval: 2, weekday: 5 }, dueDate: '2027-01-15' },
  ],
  [
    'Pay bills every month on the 15th',
    {
      title: 'Pay bills',
      recurrence: { every: 'month', interval: 1, monthDay: 15 },
      dueDate: '2027-01-15',
    },
  ],
  [
    'Backup every month',
    {
      title: 'Backup',
      recurrence: { every: 'month', interval: 1, monthDay: 13 },
      dueDate: '2027-01-13',
    },
  ],
  [
    'Birthday card every year on 2028-02-29',
    {
      title: 'Birthday card',
      recurrence: { every: 'month', interval: 12, monthDay: 29 },
      dueDate: '2028-02-29',
    },
  ],
  // Phrases the grammar does not know stay whole: no stray "every", no date taken from them.
  ['Standup every weekday', { title: 'Standup every weekday' }],
  ['Stretch every 0 days', { title: 'Stretch every 0 days' }],
  // Goal steps.
  ['Outline chapter one #goal', { title: 'Outline chapter one', kind: 'goal' }],
  [
    'Outline chapter one #Goal tomorrow',
    { title: 'Outline chapter one', kind: 'goal', dueDate: '2027-01-14' },
  ],
  ['Draft the opening +write', { title: 'Draft the opening', kind: 'goal', goalId: 'g-novel' }],
  [
    '+Run 5 km on saturday',
    { title: '5 km', kind: 'goal', goalId: 'g-marathon', dueDate: '2027-01-16' },
  ],
  ['Join the +running club', { title: 'Join the club', kind: 'goal', goalId: 'g-club' }],
  ['Learn +guitar chords', { title: 'Learn +guitar chords' }], // no such goal: left as typed
  ['Email #team about it', { title: 'Email #team about it' }],
  // Only parts typed: the text is the title.
  ['tomorrow', { title: 'tomorrow' }],
  ['every day', { title: 'every day' }],
];

describe('quick-add parsing (table)', () => {
  it('has at least 40 cases', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(40);
  });

  it.each(TABLE)('“%s”', (input, expected) => {
    const parsed: Partial<QuickAddParse> = parseQuickAdd(input, options);
    delete parsed.parts;
    expect(parsed).toEqual(expected);
  });
});

describe('quick-add parts (the chips)', () => {
  it('lists what was recognised in text order, with the implied first due date last', () => {
    const { parts } = parseQuickAdd('Water plants every monday +write', options);
    expect(parts).toEqual([
      {
        type: 'repeat',
        key: 'repeat:every monday',
        text: 'every monday',
        rule: { every: 'week', interval: 1, weekday: 1 },
      },
      {
        type: 'goal',
        key: 'goal:+write',
        text: '+write',
        goalId: 'g-novel',
        goalTitle: 'Write a novel',
      },
      { type: 'due', key: 'due:implied', text: '', day: '2027-01-18', implied: true },
    ]);
  });

  it('gives the anchored rule to the repeat chip', () => {
    const { parts } = parseQuickAdd('Pay rent every month on 2027-01-31', options);
    expect(parts.map((part) => part.type)).toEqual(['repeat', 'due']);
    expect(parts[0]).toMatchObject({ rule: { every: 'month', interval: 1, monthDay: 31 } });
    expect(parts[1]).toMatchObject({ day: '2027-01-31', implied: false, text: '2027-01-31' });
  });

  it('puts a removed part back into the title, lead-in words and all', () => {
    const ignore = new Set(['due:fri']);
    expect(parseQuickAdd('Library book due fri', { ...options, ignore })).toMatchObject({
      title: 'Library book due fri',
      parts: [],
    });
  });

  it('does not turn a removed repeat into a date', () => {
    const ignore = new Set(['repeat:every monday']);
    const parsed = parseQuickAdd('Water plants every monday', { ...options, ignore });
    expect(parsed).toEqual({ title: 'Water plants every monday', parts: [] });
  });

  it('keeps other parts when one is removed', () => {
    const ignore = new Set(['goal-step:#goal']);
    const parsed = parseQuickAdd('Outline #goal tomorrow', { ...options, ignore });
    expect(parsed).toMatchObject({ title: 'Outline #goal', dueDate: '2027-01-14' });
    expect(parsed.kind).toBeUndefined();
  });

  it('reads a slash date day-first when asked (en-GB) and month-first otherwise', () => {
    expect(parseQuickAdd('Renew passport 3/2', { ...options, dayFirst: true }).dueDate).toBe(
      '2027-02-03',
    );
    expect(parseQuickAdd('Renew passport 3/2', options).dueDate).toBe('2027-03-02');
  });

  it('starts "next week" on the user’s week start', () => {
    expect(parseQuickAdd('Plan next week', { ...options, weekStartsOn: 0 }).dueDate).toBe(
      '2027-01-17',
    );
    expect(parseQuickAdd('Plan next week', options).dueDate).toBe('2027-01-18');
  });

  it('counts from the given day, not from the clock', () => {
    expect(parseQuickAdd('Call tomorrow', { ...options, today: '2028-02-28' }).dueDate).toBe(
      '2028-02-29',
    );
    expect(parseQuickAdd('Call fri', { ...options, today: '2027-12-30' }).dueDate).toBe(
      '2027-12-31',
    );
  });
});
