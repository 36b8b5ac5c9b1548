import { describe, expect, it } from 'vitest';
import { cleanListLine, parseWrittenList } from '../../src/domain/written-list';

describe('parseWrittenList', () => {
  it('takes one item per line, trimmed, skipping blank lines', () => {
    expect(parseWrittenList('  Buy milk \n\n\tCall mum\r\nPay rent\r\n   \n')).toEqual({
      ok: true,
      items: ['Buy milk', 'Call mum', 'Pay rent'],
    });
  });

  it('gives an empty list for empty text', () => {
    expect(parseWrittenList('')).toEqual({ ok: true, items: [] });
    expect(parseWrittenList('\n \n')).toEqual({ ok: true, items: [] });
  });

  it.each([
    ['- Buy milk', 'Buy milk'],
    ['* Buy milk', 'Buy milk'],
    ['• Buy milk', 'Buy milk'],
    ['- [ ] Buy milk', 'Buy milk'],
    ['[x] Buy milk', 'Buy milk'],
    ['3. Buy milk', 'Buy milk'],
    ['12) Buy milk', 'Buy milk'],
    ['3 apples', '3 apples'],
    ['-5 kg by June', '-5 kg by June'],
    ['2026 plan', '2026 plan'],
  ])('reads %j as %j', (line, item) => {
    expect(cleanListLine(line)).toBe(item);
  });

  it('accepts 200 lines of 200 characters', () => {
    const text = Array.from({ length: 200 }, () => 'x'.repeat(200)).join('\n');
    const parsed = parseWrittenList(text);
    expect(parsed.ok && parsed.items.length).toBe(200);
  });

  it('refuses 201 lines, saying how many to remove', () => {
    const text = Array.from({ length: 201 }, (_, i) => `Item ${i}`).join('\n');
    expect(parseWrittenList(text)).toEqual({
      ok: false,
      lines: [],
      message: 'Your list has 201 lines; the lesson takes up to 200. Remove 1 line to go on.',
    });
    const many = parseWrittenList(Array.from({ length: 1500 }, () => 'a').join('\n'));
    expect(!many.ok && many.message).toMatch(/1,500 lines.*Remove 1,300 lines/);
  });

  it('refuses a line over 200 characters, naming it by its line in the box', () => {
    const parsed = parseWrittenList(`First\n\nThird\n${'y'.repeat(201)}`);
    expect(parsed).toEqual({
      ok: false,
      lines: [4],
      message: 'Line 4 is too long: keep each line to 200 characters or fewer.',
    });
  });

  it('names several long lines, and only the first five of many', () => {
    const long = 'z'.repeat(250);
    const two = parseWrittenList(`${long}\nok\n${long}`);
    expect(!two.ok && two.message).toBe(
      'Lines 1 and 3 are too long: keep each line to 200 characters or fewer.',
    );
    const seven = parseWrittenList(Array.from({ length: 7 }, () => long).join('\n'));
    expect(!seven.ok && seven.message).toBe(
      'Lines 1, 2, 3, 4, 5 and 2 more are too long: keep each line to 200 characters or fewer.',
    );
  });
});
