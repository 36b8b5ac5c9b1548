import { describe, expect, it } from 'vitest';
import { LIST_MAX_BYTES, LIST_MAX_ITEMS } from '../../../src/domain/list-import/limits';
import { checkFileSize, detectFormat } from '../../../src/domain/list-import/read-list';
import { ListReadError } from '../../../src/domain/list-import/types';
import { fixtureBytes, readListBytes, readListText, TODAY, utf8 } from './read-fixture';

describe('telling the format from the content', () => {
  it.each([
    ['todoist-export.csv', 'todoist'],
    ['todoist-export-de.csv', 'todoist'],
    ['ticktick-backup.csv', 'ticktick'],
    ['checklist.md', 'markdown'],
    ['plain-list.txt', 'text'],
  ])('%s reads as %s', (name, format) => {
    expect(detectFormat(new TextDecoder().decode(fixtureBytes(name)))).toBe(format);
  });

  it('reads a UTF-16 Todoist export with a byte order mark as Todoist', async () => {
    const text = new TextDecoder().decode(fixtureBytes('todoist-export.csv'));
    const bytes = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]);
    const reading = await readListBytes(bytes, TODAY);
    expect(reading).toMatchObject({ format: 'todoist', encoding: 'UTF-16' });
    expect(reading.items[0]?.title).toBe('Renew the car insurance');
  });

  it('reads a Windows-1252 list with its accents and curly quotes', async () => {
    const bytes = new Uint8Array([
      0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x0a, 0x41, 0x20, 0x96, 0x20, 0x80,
    ]);
    const reading = await readListBytes(bytes, TODAY);
    expect(reading.encoding).toBe('Windows-1252');
    expect(reading.items.map((item) => item.title)).toEqual(['“Café”', 'A – €']);
  });
});

describe('input that cannot be read gets a sentence, never a crash', () => {
  const refused = async (attempt: Promise<unknown>, message: RegExp) => {
    await expect(attempt).rejects.toBeInstanceOf(ListReadError);
    await expect(attempt).rejects.toThrow(message);
  };

  it('an empty file', async () => {
    await refused(readListBytes(new Uint8Array(), TODAY), /The file is empty/);
  });

  it('a file of blank lines', async () => {
    await refused(readListBytes(utf8('\n \n\t\n'), TODAY), /only blank lines/);
  });

  it('empty pasted text', async () => {
    await refused(readListText('   \n ', TODAY), /the text is empty/);
  });

  it('a file over the size limit, naming the limit', () => {
    expect(() => checkFileSize(20 * 1024 * 1024)).toThrow(
      'The file is 20.0 MB; a list can be at most 10.0 MB.',
    );
    expect(() => checkFileSize(LIST_MAX_BYTES)).not.toThrow();
  });

  it('100,000 lines, naming the limit of items', async () => {
    const text = Array.from({ length: 100_000 }, (_, i) => `Item ${i + 1}`).join('\n');
    await refused(
      readListText(text, TODAY),
      /holds 100,000 open items; Goals First brings in up to 5,000 at a time/,
    );
  });

  it(`accepts exactly ${LIST_MAX_ITEMS} items`, async () => {
    const text = Array.from({ length: LIST_MAX_ITEMS }, (_, i) => `Item ${i + 1}`).join('\n');
    expect((await readListText(text, TODAY)).items).toHaveLength(LIST_MAX_ITEMS);
  });

  it('binary data pasted or chosen', async () => {
    await refused(readListText('abc\u0000\u0001\u0002\u0003def', TODAY), /control characters/);
    const bytes = new Uint8Array(256).map((_, i) => (i * 37) % 256);
    await refused(readListBytes(bytes, TODAY), /not text/);
  });

  it('a CSV whose quotation mark never closes', async () => {
    const text = 'TYPE,CONTENT,PRIORITY\ntask,Fine,4\ntask,"Never closed,4\ntask,After,4';
    await refused(readListText(text, TODAY), /Line 3 of the file opens a quotation mark/);
  });
});

describe('long texts', () => {
  it('cuts a title over 500 characters at a space, keeping the whole title in the notes', async () => {
    const long = `${'word '.repeat(150)}end`;
    const { items, findings } = await readListText(long, TODAY);
    expect(items[0]?.title.length).toBeLessThanOrEqual(500);
    expect(items[0]?.title.endsWith('…')).toBe(true);
    expect(items[0]?.notes).toBe(`Whole title: ${long.trim()}`);
    expect(findings).toEqual({ 'title-cut': 1 });
  });

  it('never cuts an emoji in half', async () => {
    const long = `${'x'.repeat(498)}😀😀😀`;
    const { items } = await readListText(long, TODAY);
    const title = items[0]?.title ?? '';
    expect(title.length).toBeLessThanOrEqual(500);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(title)).toBe(false);
  });

  it('cuts notes over 5,000 characters and says how much', async () => {
    const description = 'a'.repeat(9000);
    const text = `TYPE,CONTENT,DESCRIPTION\ntask,Read,"${description}"`;
    const { items, findings } = await readListText(text, TODAY);
    expect(items[0]?.notes?.length).toBeLessThanOrEqual(5000);
    expect(items[0]?.notes).toMatch(/more characters did not fit\)$/);
    expect(findings['notes-cut']).toBe(1);
  });
});
