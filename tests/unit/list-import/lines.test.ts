import { describe, expect, it } from 'vitest';
import { readFixture, TODAY, readListText } from './read-fixture';

const read = (text: string) => readListText(text, TODAY);

describe('Markdown checklists', () => {
  it('reads open and done items, headings as groups, nesting and continuation lines', async () => {
    const reading = await readFixture('checklist.md');
    expect(reading.format).toBe('markdown');
    expect(
      reading.items.map(({ title, status, depth, group }) => [title, status, depth, group]),
    ).toEqual([
      ['Buy a birthday card for Ana', 'open', 0, 'This week'],
      ['Return the library books', 'done', 0, 'This week'],
      ['Plan the garden', 'open', 0, 'This week'],
      ['Measure the beds', 'open', 1, 'This week'],
      ['Order seeds', 'open', 1, 'This week'],
      ['Write 500 words of the memoir', 'open', 0, 'This week'],
      ['Pick up the dry cleaning', 'open', 0, 'Errands'],
      ['Renew the passport', 'open', 0, 'Errands'],
      ['Fix the bike light', 'done', 0, 'Errands'],
    ]);
    expect(reading.items[4]?.notes).toBe(
      'Heirloom tomatoes, if they still have them.\n\nSub-task of “Plan the garden”\nUnder the heading “This week”',
    );
    expect(reading.skipped).toEqual({ separator: 1 });
  });

  it('keeps markup in titles as written', async () => {
    const { items } = await read(
      '- [ ] Read **Dune** by [Herbert](https://example.org) <em>now</em>',
    );
    expect(items[0]?.title).toBe('Read **Dune** by [Herbert](https://example.org) <em>now</em>');
  });

  it('takes plain lines between checklist items as items of their own', async () => {
    const { items } = await read('# Home\nWater plants\nFeed the cat\n- [ ] Fix the tap');
    expect(items.map((item) => item.title)).toEqual([
      'Water plants',
      'Feed the cat',
      'Fix the tap',
    ]);
  });

  it('leaves code fences out of the items', async () => {
    const { items } = await read('- [ ] Run the script\n```\nnpm run build\n```\n- [ ] Ship it');
    expect(items.map((item) => item.title)).toEqual(['Run the script', 'Ship it']);
    expect(items[0]?.notes).toBe('npm run build');
  });
});

describe('plain text', () => {
  it('takes one item per line, dropping bullets, checkboxes and numbers', async () => {
    const reading = await readFixture('plain-list.txt');
    expect(reading.format).toBe('text');
    expect(reading.items.map((item) => [item.title, item.depth])).toEqual([
      ['Buy milk', 0],
      ['Call the plumber', 0],
      ['Learn to play the piano', 0],
      ['Book the flights to Lisbon', 0],
      ['Run 5 km', 0],
      ['File the receipts', 0],
    ]);
    expect(reading.items.every((item) => item.status === 'open')).toBe(true);
  });

  it('counts lines from 1 in the text as written', async () => {
    const { items } = await read('\n\nFirst\n\nSecond');
    expect(items.map((item) => item.line)).toEqual([3, 5]);
  });
});
