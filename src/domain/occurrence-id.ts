// Ids that two devices must mint alike (DESIGN.md §9). Completing a repeating chore makes its
// next occurrence; when two devices complete the same occurrence before they sync, a random id
// would give the user two next occurrences. The id is derived instead from the occurrence that
// was completed (its id, which the chain of derived ids makes a name of the series, and its due
// day), so both devices make the same record and sync merges them into one. Deriving from the
// completed occurrence's due day, not the next one's, matters: the next due day depends on the
// day of completion when the chore was overdue, so two devices could compute different ones.
//
// The hash is a small non-cryptographic 128-bit one (four 32-bit lanes of multiply-xorshift
// mixing): the ids need only be distinct, never secret, and a synchronous hash can run inside a
// Dexie transaction (crypto.subtle.digest would await outside IndexedDB and end it).

function lanes(text: string): [number, number, number, number] {
  let a = 0x9e3779b9 ^ text.length;
  let b = 0x85ebca6b;
  let c = 0xc2b2ae35;
  let d = 0x27d4eb2f;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995);
    c = Math.imul(c ^ code, 0x1b873593);
    d = Math.imul(d ^ code, 0xcc9e2d51);
    a ^= d >>> 15;
    b ^= a >>> 13;
    c ^= b >>> 16;
    d ^= c >>> 11;
  }
  const mix = (h: number, k: number) => {
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) ^ k;
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
  };
  return [mix(a, d), mix(b, a), mix(c, b), mix(d, c)];
}

const hex = (value: number) => value.toString(16).padStart(8, '0');

/** A UUID-shaped id (version 8: custom) that is a function of `text`. */
export function derivedId(text: string): string {
  const [a, b, c, d] = lanes(text);
  const h = hex(a) + hex(b) + hex(c) + hex(d);
  const variant = ((parseInt(h.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The id of the occurrence that completing occurrence `taskId`, due `dueDay`, makes next. */
export function nextOccurrenceId(taskId: string, dueDay: string): string {
  return derivedId(JSON.stringify(['next-occurrence', taskId, dueDay]));
}
