import { describe, expect, it } from 'vitest';
import { readFixture, TODAY, readListText } from './read-fixture';

const HEADER =
  'TYPE,CONTENT,DESCRIPTION,IS_COLLAPSED,PRIORITY,INDENT,AUTHOR,RESPONSIBLE,DATE,DATE_LANG,TIMEZONE,DURATION,DURATION_UNIT,DEADLINE,DEADLINE_LANG';
const csv = (...rows: string[]) => [HEADER, ...rows].join('\r\n');
const read = (text: string) => readListText(text, TODAY);

describe('Todoist CSV export', () => {
  it('reads the tasks in order, skipping meta and blank rows', async () => {
    const reading = await readFixture('todoist-export.csv');
    expect(reading.format).toBe('todoist');
    expect(reading.items.map((item) => item.title)).toEqual([
      'Renew the car insurance',
      'Sort the recycling',
      'Reply to the landlord',
      'Write the first chapter of my novel',
      'Outline the characters',
      'Clean the gutters',
      'Water the balcony plants',
      'Train for the 10k race',
      '=HYPERLINK("https://example.org")',
      'Pay the <b>gas</b> bill @home',
      'Practise Spanish for 20 minutes',
    ]);
    expect(reading.skipped).toEqual({ settings: 1, blank: 1 });
    expect(reading.items.every((item) => item.status === 'open')).toBe(true);
  });

  it('joins note rows to the task above as comments, after its description', async () => {
    const { items } = await readFixture('todoist-export.csv');
    expect(items[2]?.notes).toBe(
      'Ask about the boiler, and the "quiet hours" rule\n\nComment: He prefers email to calls\n\nComment: Copy the lease number\n\nPriority in Todoist: p2',
    );
  });

  it('keeps quotes, commas and line breaks inside fields', async () => {
    const { items } = await readFixture('todoist-export.csv');
    expect(items[3]?.notes).toBe(
      'Start with the harbour scene.\nKeep it under 3,000 words.\n\nPriority in Todoist: p1 (the highest)\nSection in Todoist: Someday',
    );
  });

  it('reads PRIORITY as Todoist labels it in its CSV: 1 is p1, the highest; 4 is none', async () => {
    const { items } = await read(
      csv(
        'task,A,,,1,1,,,,,,,,,',
        'task,B,,,2,1,,,,,,,,,',
        'task,C,,,3,1,,,,,,,,,',
        'task,D,,,4,1,,,,,,,,,',
        'task,E,,,,1,,,,,,,,,',
      ),
    );
    expect(items.map((item) => item.notes)).toEqual([
      'Priority in Todoist: p1 (the highest)',
      'Priority in Todoist: p2',
      'Priority in Todoist: p3',
      undefined,
      undefined,
    ]);
  });

  it('nests by INDENT and names the parent in the notes', async () => {
    const { items } = await readFixture('todoist-export.csv');
    const outline = items.find((item) => item.title === 'Outline the characters');
    expect(outline?.depth).toBe(1);
    expect(outline?.notes).toContain('Sub-task of “Write the first chapter of my novel”');
  });

  it('gives tasks under a section that section as their group', async () => {
    const { items } = await readFixture('todoist-export.csv');
    expect(items[0]?.group).toBeUndefined();
    expect(items[3]?.group).toBe('Someday');
  });

  it('maps dates and repeats it understands, keeping times and the rest in the notes', async () => {
    const { items, findings } = await readFixture('todoist-export.csv');
    const by = (title: string) => items.find((item) => item.title === title);
    expect(by('Renew the car insurance')?.dueDate).toBe('2027-03-03');
    expect(by('Sort the recycling')?.recurrence).toEqual({
      every: 'week',
      interval: 1,
      weekday: 1,
    });
    expect(by('Outline the characters')).toMatchObject({ dueDate: '2027-01-21' });
    expect(by('Outline the characters')?.notes).toContain('Time in Todoist: 18:00');
    expect(by('Outline the characters')?.notes).toContain('Duration in Todoist: 45 minutes');
    expect(by('Clean the gutters')?.recurrence).toEqual({ every: 'week', interval: 2 });
    expect(by('Clean the gutters')?.notes).toContain('counted from the day it was done');
    expect(by('Clean the gutters')?.notes).toContain('Assigned in Todoist to Sam');
    expect(by('Water the balcony plants')?.recurrence).toBeUndefined();
    expect(by('Water the balcony plants')?.notes).toContain('Repeat in Todoist: “every weekday”');
    expect(by('Pay the <b>gas</b> bill @home')?.dueDate).toBeUndefined();
    expect(by('Pay the <b>gas</b> bill @home')?.notes).toBe(
      'Date in Todoist: “next sometime maybe” (not understood)\nSection in Todoist: Someday',
    );
    expect(by('Practise Spanish for 20 minutes')?.recurrence).toEqual({
      every: 'day',
      interval: 1,
    });
    expect(findings).toEqual({
      comment: 2,
      time: 1,
      'repeat-not-followed': 1,
      'date-not-understood': 1,
    });
  });

  it('with a date and a deadline, schedules for the date and is due by the deadline', async () => {
    const { items } = await readFixture('todoist-export.csv');
    expect(items.find((item) => item.title === 'Train for the 10k race')).toMatchObject({
      scheduledFor: '2027-04-10',
      dueDate: '2027-04-30',
    });
  });

  it('keeps formula text and markup as plain text in titles', async () => {
    const { items } = await readFixture('todoist-export.csv');
    expect(items.map((item) => item.title)).toContain('=HYPERLINK("https://example.org")');
    expect(items.map((item) => item.title)).toContain('Pay the <b>gas</b> bill @home');
  });

  it('reads DATE in the language DATE_LANG names, from an older export without DESCRIPTION', async () => {
    const reading = await readFixture('todoist-export-de.csv');
    expect(reading.format).toBe('todoist');
    expect(reading.items).toMatchObject([
      { title: 'Steuererklärung abgeben', dueDate: '2027-05-05' },
      { title: 'Fahrrad reparieren', dueDate: '2027-01-21' },
      { title: 'Müll rausbringen' },
      { title: 'Kuchen backen' },
    ]);
    expect(reading.items[2]?.dueDate).toBeUndefined();
    expect(reading.items[2]?.notes).toContain('Repeat in Todoist: “jeden Montag”');
  });

  it('reads an ISO date in a language it has no parser for, and keeps the others in the notes', async () => {
    const { items } = await read(
      [
        'TYPE,CONTENT,DATE,DATE_LANG',
        'task,Zadanie,2027-03-12,pl',
        'task,Inne,12 marca 2027,pl',
      ].join('\n'),
    );
    expect(items[0]?.dueDate).toBe('2027-03-12');
    expect(items[1]?.dueDate).toBeUndefined();
    expect(items[1]?.notes).toBe('Date in Todoist: “12 marca 2027” (not understood)');
  });

  it('finds columns by name in any order, with columns it does not know', async () => {
    const { items } = await read(
      [
        'IS_COLLAPSED,DATE_LANG,CONTENT,SOMETHING_NEW,DATE,TYPE,PRIORITY',
        'false,en,Book the venue,x,Mar 3 2027,task,1',
      ].join('\n'),
    );
    expect(items).toMatchObject([{ title: 'Book the venue', dueDate: '2027-03-03' }]);
    expect(items[0]?.notes).toBe('Priority in Todoist: p1 (the highest)');
  });

  it('counts a comment with no task above it, and rows of unknown types, as skipped', async () => {
    const reading = await read(
      csv(
        'note,Lonely comment,,,,,,,,,,,,,',
        'task,Real task,,,4,1,,,,,,,,,',
        'column,Odd,,,,,,,,,,,,,',
      ),
    );
    expect(reading.items.map((item) => item.title)).toEqual(['Real task']);
    expect(reading.skipped).toEqual({ 'orphan-comment': 1, 'unknown-row': 1 });
  });

  it('refuses an export with no task in it', async () => {
    await expect(read(csv('meta,view_style=list,,,,,,,,,,,,,'))).rejects.toThrow(
      'This Todoist export holds no tasks',
    );
  });
});
