// Large lists in each format, written the way the apps write them, for the import benchmarks.
import Papa from 'papaparse';

const DATES = ['', '', 'Mar 3 2027', 'every monday', 'tomorrow 18:00', '', 'every 2 weeks'];

/** A Todoist export of `count` tasks: sections, sub-tasks, comments, dates and repeats. */
export function todoistCsv(count: number): string {
  const data: string[][] = [['meta', 'view_style=list', '', '', '', '', '', '', '']];
  for (let i = 0; i < count; i++) {
    if (i % 50 === 0) data.push(['section', `Section ${i / 50 + 1}`, '', '', '', '', '', '', '']);
    const date = DATES[i % DATES.length] ?? '';
    data.push([
      'task',
      `Task number ${i + 1}, with a comma`,
      'A description\non two lines',
      String((i % 4) + 1),
      i % 5 === 4 ? '2' : '1',
      'Robin (1)',
      '',
      date,
      'en',
    ]);
    if (i % 10 === 0)
      data.push(['note', `A comment on task ${i + 1}`, '', '', '', 'Robin (1)', '', '', '']);
  }
  return Papa.unparse({
    fields: [
      'TYPE',
      'CONTENT',
      'DESCRIPTION',
      'PRIORITY',
      'INDENT',
      'AUTHOR',
      'RESPONSIBLE',
      'DATE',
      'DATE_LANG',
    ],
    data,
  });
}

/** A TickTick backup with `open` open tasks and `done` completed ones. */
export function tickTickCsv(open: number, done: number): string {
  const header = [
    'Folder Name',
    'List Name',
    'Title',
    'Kind',
    'Tags',
    'Content',
    'Is Check list',
    'Start Date',
    'Due Date',
    'Reminder',
    'Repeat',
    'Priority',
    'Status',
    'Created Time',
    'Completed Time',
    'Order',
    'Timezone',
    'Is All Day',
    'Is Floating',
    'Column Name',
    'Column Order',
    'View Mode',
    'taskId',
    'parentId',
  ];
  const data: string[][] = [];
  for (let i = 0; i < open + done; i++) {
    const isDone = i >= open;
    const due = i % 3 === 0 ? '2027-02-14T23:00:00+0000' : '';
    const repeat = i % 7 === 0 ? 'RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=MO' : '';
    data.push([
      '',
      `List ${i % 9}`,
      `Task ${i + 1}`,
      'TEXT',
      i % 4 === 0 ? 'home' : '',
      '',
      'N',
      due,
      due,
      '',
      repeat,
      String([0, 1, 3, 5][i % 4]),
      isDone ? '2' : '0',
      '2026-12-01T10:00:00+0000',
      isDone ? '2027-01-10T09:15:00+0000' : '',
      String(-i),
      'Europe/Amsterdam',
      'true',
      'false',
      '',
      '',
      'list',
      `t${i}`,
      i % 6 === 5 ? `t${i - 1}` : '',
    ]);
  }
  const preamble =
    '"Date: 2027-01-20+0000"\n"Version: 7.1"\n"Status: \n0 Normal\n1 Completed\n2 Archived"\n';
  return preamble + Papa.unparse({ fields: header, data }, { quotes: true });
}

/** A Markdown checklist of `count` items under headings, some nested and done. */
export function markdownList(count: number): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    if (i % 40 === 0) lines.push(`## Heading ${i / 40 + 1}`);
    lines.push(`${i % 5 === 4 ? '  ' : ''}- [${i % 9 === 0 ? 'x' : ' '}] Item **${i + 1}**`);
  }
  return lines.join('\n');
}
