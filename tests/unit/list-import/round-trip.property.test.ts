// A list of titles written as plain text, as a Markdown checklist or as a Todoist export reads
// back as the same titles in the same order. Titles are drawn from what each format can carry:
// one line, no blanks at the ends, and for the line formats nothing a reader takes as markup
// at the start (a bullet, a number, a checkbox, a heading).
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { TODAY, readListText } from './read-fixture';

const words = fc
  .string({
    unit: fc.constantFrom(
      ...Array.from('abcdefghijklmnopqrstuvwxyzABCXYZ0123456789 ,.;:!?"\'()[]{}<>=+-*#@&%/\\_|~`'),
      'é',
      'ß',
      '😀',
      '中',
      '\t',
    ),
    minLength: 1,
    maxLength: 80,
  })
  .map((title) => title.trim())
  .filter((title) => title.length > 0);

/** What a line reader could take as a bullet, number, checkbox or heading at the start. */
const MARKUP_START =
  /^(?:[-*+•–—]\s|\[[ xX]?\]|\d{1,9}[.)]\s|#|>|```|~~~|([-*_])(?:\s*\1){2,}\s*$)/;
const lineTitle = words.filter((title) => !MARKUP_START.test(title));
const titles = (title: fc.Arbitrary<string>) => fc.array(title, { minLength: 1, maxLength: 30 });

const todoist = (list: readonly string[]) =>
  Papa.unparse({
    fields: ['TYPE', 'CONTENT', 'DESCRIPTION', 'PRIORITY', 'INDENT', 'DATE', 'DATE_LANG'],
    data: list.map((title) => ['task', title, '', '4', '1', '', 'en']),
  });

describe('titles survive a round trip through each format', () => {
  it('plain text', async () => {
    await fc.assert(
      fc.asyncProperty(titles(lineTitle), async (list) => {
        const reading = await readListText(list.join('\n'), TODAY);
        expect(reading.items.map((item) => item.title)).toEqual(list);
      }),
    );
  });

  it('a Markdown checklist', async () => {
    await fc.assert(
      fc.asyncProperty(titles(lineTitle), async (list) => {
        const text = `# My list\n${list.map((title) => `- [ ] ${title}`).join('\n')}`;
        const reading = await readListText(text, TODAY);
        expect(reading.format).toBe('markdown');
        expect(reading.items.map((item) => item.title)).toEqual(list);
      }),
    );
  });

  it('a Todoist CSV export', async () => {
    await fc.assert(
      fc.asyncProperty(titles(words), async (list) => {
        const reading = await readListText(todoist(list), TODAY);
        expect(reading.format).toBe('todoist');
        expect(reading.items.map((item) => item.title)).toEqual(list);
      }),
    );
  });
});
