// The Y.Doc of 10,000 tasks against their JSON backup (DESIGN.md §8: ≤ 3×): the document the
// bridge writes (src/sync/doc-records.ts), encoded whole, and the backup file's text.
import * as Y from 'yjs';
import { DocContext } from '../src/sync/doc-context';
import { writeRecord } from '../src/sync/doc-records';
import { makeList } from './make-list';

export function benchSyncSize(): boolean {
  const { tasks, goals, checkIns } = makeList(10_000, 50, 42);
  const doc = new Y.Doc();
  const context = new DocContext(doc);
  const start = performance.now();
  doc.transact(() => {
    for (const goal of goals) writeRecord(doc, 'goals', goal, context);
    for (const task of tasks) writeRecord(doc, 'tasks', task, context);
    for (const checkIn of checkIns) writeRecord(doc, 'checkIns', checkIn, context);
  });
  const writeMs = performance.now() - start;
  const docBytes = Y.encodeStateAsUpdate(doc).byteLength;
  const backup = JSON.stringify(
    {
      format: 'goals-first-backup',
      version: 2,
      exportedAt: 0,
      appVersion: '0.1.0',
      tables: { tasks, goals, checkIns, activity: [], reflections: [], coachingSessions: [] },
    },
    null,
    1,
  );
  const backupBytes = new TextEncoder().encode(backup).byteLength;
  const ratio = docBytes / backupBytes;
  const ok = ratio <= 3;
  console.log('\nY.Doc of 10,000 tasks (and 50 goals, their check-ins)');
  console.log(
    `  encoded ${(docBytes / 1024).toFixed(0)} KB against a JSON backup of ${(backupBytes / 1024).toFixed(0)} KB: ${ratio.toFixed(2)}× (budget ≤ 3×) → ${ok ? 'WITHIN' : 'OVER'}; written in ${writeMs.toFixed(0)} ms`,
  );
  return ok;
}
