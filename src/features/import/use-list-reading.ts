// Reading a list from a file or pasted text. The readers (CSV parser, date parsers) load only
// when something is first read, so neither Today nor this view's first paint carries them. A
// newer read supersedes an older one still under way (a second file, more typing).
import { useCallback, useRef, useState } from 'react';
import type { ReadOutcome } from '../../domain/list-import/read-list';
import type { Day } from '../../domain/types';

export type Reading =
  | { state: 'idle' }
  | { state: 'reading' }
  | { state: 'read'; outcome: ReadOutcome; source: 'file' | 'text' }
  | { state: 'failed'; message: string; source: 'file' | 'text' };

const loadReaders = () => import('../../domain/list-import/read-list');

function describe(failure: unknown): string {
  // ListReadError's message is written for the user; anything else is our fault, not theirs.
  if (failure instanceof Error && failure.name === 'ListReadError') return failure.message;
  return 'This could not be read. Try the file again, or export the list once more.';
}

export function useListReading(today: Day) {
  const [reading, setReading] = useState<Reading>({ state: 'idle' });
  const latest = useRef(0);

  const run = useCallback(
    async (
      source: 'file' | 'text',
      read: (readers: Awaited<ReturnType<typeof loadReaders>>) => Promise<ReadOutcome>,
    ) => {
      const token = ++latest.current;
      setReading({ state: 'reading' });
      try {
        const outcome = await read(await loadReaders());
        if (token === latest.current) setReading({ state: 'read', outcome, source });
      } catch (failure) {
        if (token === latest.current)
          setReading({ state: 'failed', message: describe(failure), source });
      }
    },
    [],
  );

  const readFile = useCallback(
    (file: File) =>
      run('file', async (readers) => {
        readers.checkFileSize(file.size); // before a byte of a huge file is read
        return readers.readListBytes(new Uint8Array(await file.arrayBuffer()), today);
      }),
    [run, today],
  );

  const readText = useCallback(
    (text: string) => {
      if (text.trim() === '') {
        latest.current++;
        setReading({ state: 'idle' });
        return Promise.resolve();
      }
      return run('text', (readers) => readers.readListText(text, today));
    },
    [run, today],
  );

  const clear = useCallback(() => {
    latest.current++;
    setReading({ state: 'idle' });
  }, []);

  return { reading, readFile, readText, clear };
}
