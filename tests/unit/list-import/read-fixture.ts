// Reads sample lists as the app does: tests/fixtures/lists files as chosen files, text as pasted,
// with the app's own date parser loader.
import { readFileSync } from 'node:fs';
import { loadDateParsers } from '../../../src/domain/list-import/date-languages';
import * as readers from '../../../src/domain/list-import/read-list';
import type { ReadOutcome } from '../../../src/domain/list-import/read-list';

export const TODAY = '2027-01-20';

export const readListText = (text: string, today = TODAY): Promise<ReadOutcome> =>
  readers.readListText(text, today, loadDateParsers);

export const readListBytes = (bytes: Uint8Array, today = TODAY): Promise<ReadOutcome> =>
  readers.readListBytes(bytes, today, loadDateParsers);

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../../fixtures/lists/${name}`, import.meta.url)));
}

export const readFixture = (name: string, today = TODAY): Promise<ReadOutcome> =>
  readListBytes(fixtureBytes(name), today);

export const utf8 = (text: string) => new TextEncoder().encode(text);
