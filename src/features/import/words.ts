// Counts and lists in words for this view: "1 item", "3 items", "lines 4, 9 and 12".
const number = new Intl.NumberFormat('en');

export const counted = (n: number, one: string, many: string) =>
  `${number.format(n)} ${n === 1 ? one : many}`;

/** "4", "4 and 9", "4, 9 and 12", "4, 9, 12, … and 8 more" (at most `shown` numbers named). */
export function numberList(numbers: readonly number[], shown = 8): string {
  if (numbers.length <= 1) return numbers.map((n) => number.format(n)).join('');
  if (numbers.length > shown) {
    const named = numbers.slice(0, shown).map((n) => number.format(n));
    return `${named.join(', ')} and ${number.format(numbers.length - shown)} more`;
  }
  const named = numbers.map((n) => number.format(n));
  return `${named.slice(0, -1).join(', ')} and ${named.at(-1) ?? ''}`;
}

/** "a, b and c" for phrases. */
export function phraseList(phrases: readonly string[]): string {
  if (phrases.length <= 1) return phrases.join('');
  return `${phrases.slice(0, -1).join(', ')} and ${phrases.at(-1) ?? ''}`;
}
