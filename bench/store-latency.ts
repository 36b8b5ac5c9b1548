// Store latency of the SQLite storage (`npm run bench:server` prints it with the memory
// figures): how long appending one update takes, for the updates the server really stores: a
// one-field edit of a 100-task document, a whole 100-task document (a first upload) and a whole
// 10,000-task document.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { hashSecret, randomCredentialId, randomSpaceId } from '../server/auth/secrets.ts';
import { openSqliteStorage } from '../server/storage/sqlite-storage.ts';
import { spaceDocumentName } from '../src/domain/sync-protocol.ts';
import { fillTasks } from './sync-doc.ts';
import { median, percentile } from './stats.ts';

export async function benchStoreLatency(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'gf-store-bench-'));
  try {
    const storage = await openSqliteStorage(join(dir, 'bench.sqlite'));
    const spaceId = randomSpaceId();
    await storage.createSpace(
      { id: spaceId, createdAt: Date.now() },
      {
        id: randomCredentialId(),
        spaceId,
        kind: 'device',
        secretHash: hashSecret('x'),
        createdAt: 0,
      },
    );
    const name = spaceDocumentName(spaceId);

    const doc = new Y.Doc();
    fillTasks(doc, 100);
    const whole100 = Y.encodeStateAsUpdate(doc);
    const edits: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => edits.push(update));
    const tasks = doc.getMap<Y.Map<unknown>>('tasks');
    const ids = [...tasks.keys()];
    for (let i = 0; i < 300; i++) tasks.get(ids[i % ids.length]!)!.set('title', `Edited ${i}`);
    const big = new Y.Doc();
    fillTasks(big, 10_000);
    const whole10k = Y.encodeStateAsUpdate(big);

    const time = async (updates: Uint8Array[]) => {
      const ms: number[] = [];
      for (const update of updates) {
        const start = performance.now();
        await storage.appendUpdate(name, update);
        ms.push(performance.now() - start);
      }
      return ms;
    };
    const report = (label: string, bytes: number, ms: number[]) =>
      console.log(
        `  ${label.padEnd(34)} ${String(bytes).padStart(9)} B   median ${median(ms).toFixed(2)} ms   p95 ${percentile(ms, 0.95).toFixed(2)} ms`,
      );
    console.log(
      '\nSQLite store latency (one append, WAL, synchronous=NORMAL, compaction included):',
    );
    report('one-field edit, 100-task document', edits[0]!.length, await time(edits));
    report(
      'whole 100-task document',
      whole100.length,
      await time(Array(50).fill(whole100) as Uint8Array[]),
    );
    report(
      'whole 10,000-task document',
      whole10k.length,
      await time(Array(10).fill(whole10k) as Uint8Array[]),
    );
    await storage.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
