// Reads a sample list from tests/fixtures/lists as the app would read a chosen file.
import { readFileSync } from 'node:fs';
import { readListBytes, type ReadOutcome } from '../../../src/domain/list-import/read-list';

export const TODAY = '2027-01-20';

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../../fixtures/lists/${name}`, import.meta.url)));
}

export const readFixture = (name: string, today = TODAY): Promise<ReadOutcome> =>
  readListBytes(fixtureBytes(name), today);

export const utf8 = (text: string) => new TextEncoder().encode(text);
