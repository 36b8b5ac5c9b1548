// Fills a Y.Doc the way the sync bridge will (DESIGN.md §9): one Y.Map per table, id → Y.Map of
// the record's fields. Tasks come from the benchmarks' seeded list, with UUID ids and titles of
// a realistic length, so sizes are those of a real list.
import * as Y from 'yjs';
import { makeList, seededRandom } from './make-list';

const WORDS = [
  'call',
  'the',
  'plumber',
  'about',
  'kitchen',
  'tap',
  'write',
  'chapter',
  'run',
  'book',
  'renew',
  'passport',
  'email',
  'Sam',
  'tax',
  'return',
];

function uuid(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

export function fillTasks(doc: Y.Doc, count: number, seed = 7): void {
  const random = seededRandom(seed);
  const { tasks } = makeList(count, 50, seed);
  const table = doc.getMap<Y.Map<unknown>>('tasks');
  doc.transact(() => {
    for (const task of tasks) {
      const words = Array.from(
        { length: 3 + Math.floor(random() * 5) },
        () => WORDS[Math.floor(random() * WORDS.length)],
      );
      const id = uuid(random);
      const record = new Y.Map<unknown>();
      // The list leaves absent fields out (never undefined): every entry is a field.
      for (const [field, value] of Object.entries({ ...task, id, title: words.join(' ') })) {
        record.set(field, value);
      }
      table.set(id, record);
    }
  });
}
