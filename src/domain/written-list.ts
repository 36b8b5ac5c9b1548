// A list as a person writes it (the Lesson's "Your list"): one item per line. Blank lines are
// skipped, and a leading bullet, checkbox or number ("- ", "• ", "[ ] ", "3. ") is dropped,
// because lists pasted from notes apps and documents carry them. The limits keep a lesson
// presentable and bounded: at most 200 items of at most 200 characters each. Input beyond them
// is refused with a message that names the lines; it is never cut short without a word.
export const LIST_MAX_ITEMS = 200;
export const LIST_ITEM_MAX_LENGTH = 200;

export type ParsedList =
  | { ok: true; items: string[] }
  | {
      ok: false;
      message: string;
      /** 1-based line numbers in the text as typed */ lines: number[];
    };

const BULLET = /^(?:[-*+•–—]\s+)?(?:\[[ xX]?\]\s+)?(?:\d{1,3}[.)]\s+)?/;
const count = new Intl.NumberFormat('en');

/** One line as an item: trimmed, without a leading bullet, checkbox or number. */
export function cleanListLine(line: string): string {
  return line.trim().replace(BULLET, '').trim();
}

export function parseWrittenList(text: string): ParsedList {
  const items: string[] = [];
  const long: number[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    const item = cleanListLine(line);
    if (item.length === 0) return;
    if (item.length > LIST_ITEM_MAX_LENGTH) long.push(index + 1);
    items.push(item);
  });
  if (items.length > LIST_MAX_ITEMS) {
    const extra = items.length - LIST_MAX_ITEMS;
    return {
      ok: false,
      lines: [],
      message: `Your list has ${count.format(items.length)} lines; the lesson takes up to ${LIST_MAX_ITEMS}. Remove ${count.format(extra)} ${extra === 1 ? 'line' : 'lines'} to go on.`,
    };
  }
  if (long.length > 0) {
    return { ok: false, lines: long, message: longLinesMessage(long) };
  }
  return { ok: true, items };
}

function longLinesMessage(lines: readonly number[]): string {
  const limit = `keep each line to ${LIST_ITEM_MAX_LENGTH} characters or fewer.`;
  if (lines.length === 1) return `Line ${lines[0]} is too long: ${limit}`;
  const shown = lines.slice(0, 5);
  const rest = lines.length - shown.length;
  const named =
    rest > 0
      ? `${shown.join(', ')} and ${rest} more`
      : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
  return `Lines ${named} are too long: ${limit}`;
}
