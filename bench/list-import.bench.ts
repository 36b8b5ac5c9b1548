// Reading a list brought in (Node): a Todoist export, a TickTick backup and a Markdown checklist
// of 5,000 open items (the most added at once), from bytes to a reading. No budget in the
// design; the view shows "Reading your list…" meanwhile, and a reading within a second feels
// immediate after choosing a file, so that is the line drawn here.
import { loadDateParsers } from '../src/domain/list-import/date-languages';
import { readListBytes } from '../src/domain/list-import/read-list';
import { markdownList, tickTickCsv, todoistCsv } from './list-files';
import { median, ms, percentile } from './stats';

const RUNS = 12;
const BUDGET_MS = 1000;

export async function benchListImport(): Promise<boolean> {
  const files = [
    ['Todoist CSV, 5,000 tasks', todoistCsv(5000)],
    ['TickTick backup, 5,000 open + 20,000 done', tickTickCsv(5000, 20_000)],
    ['Markdown checklist, 5,000 items', markdownList(5000)],
  ] as const;
  console.log('\nReading a list to import (Node)');
  let within = true;
  for (const [name, text] of files) {
    const bytes = new TextEncoder().encode(text);
    await readListBytes(bytes, '2027-01-20', loadDateParsers); // warm-up, and the date parsers load
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      await readListBytes(bytes, '2027-01-20', loadDateParsers);
      times.push(performance.now() - start);
    }
    const ok = median(times) <= BUDGET_MS;
    within &&= ok;
    console.log(
      `  ${name.padEnd(44)} ${(bytes.length / 1024 / 1024).toFixed(1)} MB  median ${ms(median(times))}, p95 ${ms(percentile(times, 0.95))} (≤ ${BUDGET_MS} ms) → ${ok ? 'WITHIN' : 'OVER'}`,
    );
  }
  return within;
}
