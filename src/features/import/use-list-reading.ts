// Reading a list from a file or pasted text. The readers (CSV parser, date parsers) load only
// when something is first read, so neither Today nor this view's first paint carries them. A
// newer read supersedes an older one still under way (a second file, more typing). While
// edited text is read again, the last reading stays on screen, so the list does not flicker
// away and back at every pause in typing; a new file replaces it at once.
import { useCallback, useRef, useState } from 'react';
import type * as ReadList from '../../domain/list-import/read-list';
import type { ReadOutcome } from '../../domain/list-import/read-list';
import { loadDateParsers } from '../../domain/list-import/date-languages';
import type { Day } from '../../domain/types';

export type Source = 'file' | 'text';

export interface Reading {
  outcome: ReadOutcome | null;
  busy: boolean;
  error: { message: string; source: Source } | null;
}

const IDLE: Reading = { outcome: null, busy: false, error: null };

type Readers = typeof ReadList;
const loadReaders = (): Promise<Readers> => import('../../domain/list-import/read-list');

function describe(failure: unknown): string {
  // ListReadError's message is written for the user; anything else is our fault, not theirs.
  if (failure instanceof Error && failure.name === 'ListReadError') return failure.message;
  return 'This could not be read. Try the file again, or export the list once more.';
}

export function useListReading(today: Day) {
  const [reading, setReading] = useState<Reading>(IDLE);
  const latest = useRef(0);

  const run = useCallback(
    async (source: Source, read: (readers: Readers) => Promise<ReadOutcome>) => {
      const token = ++latest.current;
      setReading((current) => ({
        outcome: source === 'text' ? current.outcome : null,
        busy: true,
        error: null,
      }));
      try {
        const outcome = await read(await loadReaders());
        if (token === latest.current) setReading({ outcome, busy: false, error: null });
      } catch (failure) {
        if (token === latest.current) {
          setReading({ outcome: null, busy: false, error: { message: describe(failure), source } });
        }
      }
    },
    [],
  );

  const readFile = useCallback(
    (file: File) =>
      run('file', async (readers) => {
        readers.checkFileSize(file.size); // before a byte of a huge file is read
        const bytes = new Uint8Array(await file.arrayBuffer());
        return readers.readListBytes(bytes, today, loadDateParsers);
      }),
    [run, today],
  );

  const readText = useCallback(
    (text: string) => {
      if (text.trim() === '') {
        latest.current++;
        setReading(IDLE);
        return Promise.resolve();
      }
      return run('text', (readers) => readers.readListText(text, today, loadDateParsers));
    },
    [run, today],
  );

  const clear = useCallback(() => {
    latest.current++;
    setReading(IDLE);
  }, []);

  return { reading, readFile, readText, clear };
}
