import { describe, expect, it } from 'vitest';
import { readFixture, TODAY, readListText } from './read-fixture';

const PREAMBLE = [
  '"Date: 2027-01-20+0000"',
  '"Version: 7.1"',
  '"Status: \n0 Normal\n1 Completed\n2 Archived"',
];
const HEADER =
  '"Folder Name","List Name","Title","Kind","Tags","Content","Is Check list","Start Date","Due Date","Reminder","Repeat","Priority","Status","Created Time","Completed Time","Order","Timezone","Is All Day","Is Floating","Column Name","Column Order","View Mode","taskId","parentId"';

interface Row {
  title: string;
  due?: string;
  start?: string;
  zone?: string;
  allDay?: boolean;
  status?: string;
  repeat?: string;
}
const row = ({
  title,
  due = '',
  start = due,
  zone = 'UTC',
  allDay = true,
  status = '0',
  repeat = '',
}: Row) =>
  `"","Inbox","${title}","TEXT","","","N","${start}","${due}","","${repeat}","0","${status}","","","0","${zone}","${String(allDay)}","false","","","list","",""`;
const backup = (...rows: Row[]) => [...PREAMBLE, HEADER, ...rows.map(row)].join('\n');
const read = (text: string) => readListText(text, TODAY);

describe('TickTick CSV backup', () => {
  it('finds the header after the preamble and its multi-line status legend', async () => {
    const reading = await readFixture('ticktick-backup.csv');
    expect(reading.format).toBe('ticktick');
    expect(reading.items.map((item) => item.title)).toEqual([
      'Book the dentist',
      'Run three times a week',
      'Stretch after each run',
      'Weekly groceries',
      'Call the bank',
      'Pay rent',
      'Team stand-up notes',
      'Finish the watercolour course',
    ]);
  });

  it('tells open (0) from done (1, 2), and leaves out won’t-do (-1) and notes', async () => {
    const reading = await readFixture('ticktick-backup.csv');
    const status = Object.fromEntries(reading.items.map((item) => [item.title, item.status]));
    expect(status['Book the dentist']).toBe('open');
    expect(status['Call the bank']).toBe('done');
    expect(status['Finish the watercolour course']).toBe('done');
    expect(reading.skipped).toEqual({ 'wont-do': 1, 'note-item': 1 });
    expect(reading.items.find((item) => item.title === 'Call the bank')?.completedAt).toBe(
      Date.UTC(2027, 0, 10, 9, 15),
    );
  });

  it('reads an all-day due date in the task’s own time zone, not in UTC', async () => {
    const reading = await readFixture('ticktick-backup.csv');
    // Stored as 23:00 UTC on 14 Feb: midnight of 15 Feb in Amsterdam.
    expect(reading.items[0]?.dueDate).toBe('2027-02-15');
    const zones = await read(
      backup(
        { title: 'Auckland', due: '2027-03-09T11:00:00+0000', zone: 'Pacific/Auckland' },
        { title: 'New York', due: '2027-03-10T05:00:00+0000', zone: 'America/New_York' },
        { title: 'Tokyo', due: '2027-03-09T15:00:00+0000', zone: 'Asia/Tokyo' },
      ),
    );
    expect(zones.items.map((item) => item.dueDate)).toEqual([
      '2027-03-10',
      '2027-03-10',
      '2027-03-10',
    ]);
  });

  it('keeps the time of a timed task in the notes, in its zone', async () => {
    const reading = await readFixture('ticktick-backup.csv');
    const run = reading.items[1];
    expect(run?.dueDate).toBe('2027-02-01');
    expect(run?.notes).toContain('Time in TickTick: 08:30 (Europe/Amsterdam)');
    expect(run?.notes).toContain('Priority in TickTick: high');
    expect(run?.notes).toContain('Tags in TickTick: running');
    expect(run?.notes).toContain('Reminder in TickTick: 30 minutes before');
    expect(run?.notes).toContain('List in TickTick: Personal / Health');
    expect(run?.notes?.startsWith('Build up to 10k by June')).toBe(true);
    expect(reading.items[0]?.notes).toBeUndefined(); // no "List: Inbox" on every item
  });

  it('maps repeat rules it can follow and keeps the others in the notes', async () => {
    const reading = await readFixture('ticktick-backup.csv');
    const by = (title: string) => reading.items.find((item) => item.title === title);
    expect(by('Run three times a week')?.recurrence).toEqual({
      every: 'week',
      interval: 1,
      weekday: 1,
    });
    expect(by('Pay rent')?.recurrence).toEqual({ every: 'month', interval: 1, monthDay: 1 });
    expect(by('Pay rent')?.notes).toContain('this repeat ended after 12 times');
    expect(by('Team stand-up notes')?.recurrence).toBeUndefined();
    expect(by('Team stand-up notes')?.notes).toContain('BYDAY=MO,WE,FR (not followed here');
  });

  it('nests a sub-task under its parentId and keeps checklist items readable', async () => {
    const reading = await readFixture('ticktick-backup.csv');
    expect(reading.items[2]).toMatchObject({ title: 'Stretch after each run', depth: 1 });
    expect(reading.items[2]?.notes).toBe('Sub-task of “Run three times a week”');
    expect(reading.items[3]?.notes).toBe(
      '- [ ] Oat milk\n- [x] Bread\n- [ ] Apples\n\nPriority in TickTick: medium',
    );
  });

  it('gives each item its folder and list as its group', async () => {
    const reading = await readFixture('ticktick-backup.csv');
    expect(reading.items[0]?.group).toBe('Inbox');
    expect(reading.items[1]?.group).toBe('Personal / Health');
  });

  it('falls back to the device’s zone when the Timezone column is empty or unknown', async () => {
    const reading = await read(
      backup({ title: 'Somewhere', due: '2027-03-10T12:00:00+0000', zone: 'Mars/Olympus' }),
    );
    const local = new Date(Date.UTC(2027, 2, 10, 12));
    const day = `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, '0')}-${String(local.getDate()).padStart(2, '0')}`;
    expect(reading.items[0]?.dueDate).toBe(day);
  });

  it('uses a start day before the due day as the scheduled day', async () => {
    const reading = await read(
      backup({ title: 'Span', start: '2027-03-01T00:00:00+0000', due: '2027-03-05T00:00:00+0000' }),
    );
    expect(reading.items[0]).toMatchObject({ scheduledFor: '2027-03-01', dueDate: '2027-03-05' });
  });
});
