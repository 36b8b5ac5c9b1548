// The "changes waiting" count kept beside the sync copy: saved a moment after an edit, at once
// when the server confirms, and never written again when the store already holds it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DocStore } from '../../src/sync/doc-store';
import { trackWaiting } from '../../src/sync/waiting-changes';

function noteStore(initial?: unknown) {
  const writes: unknown[] = [];
  const store: DocStore = {
    load: () => Promise.resolve(),
    flush: () => Promise.resolve(),
    close: () => Promise.resolve(),
    clear: () => Promise.resolve(),
    readNote: () => Promise.resolve(initial),
    writeNote: (_key, value) => {
      writes.push(value);
      return Promise.resolve();
    },
  };
  return { store, writes };
}

const task = (id: string) => ({ table: 'tasks' as const, id });

describe('changes waiting for the server', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes nothing when the server confirms an edit before its count was saved', async () => {
    const { store, writes } = noteStore();
    const waiting = await trackWaiting(store);
    waiting.add([task('a')]);
    expect(waiting.count()).toBe(1);
    waiting.confirm();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(waiting.count()).toBe(0);
    expect(writes).toEqual([]);
    await waiting.stop();
  });

  it('saves a burst of edits once, a moment later, and the confirmation at once', async () => {
    const { store, writes } = noteStore();
    const waiting = await trackWaiting(store);
    waiting.add([task('a')]);
    waiting.add([task('b')]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(writes).toEqual([['tasks/a', 'tasks/b']]);
    waiting.confirm();
    await vi.advanceTimersByTimeAsync(0);
    expect(writes).toEqual([['tasks/a', 'tasks/b'], []]);
    await waiting.stop();
  });

  it('clears a count left from an earlier session when the server confirms', async () => {
    const { store, writes } = noteStore(['tasks/a', 'goals/g']);
    const waiting = await trackWaiting(store);
    expect(waiting.count()).toBe(2);
    waiting.confirm();
    await vi.advanceTimersByTimeAsync(0);
    expect(writes).toEqual([[]]);
    await waiting.stop();
  });
});
