// Bytes of a chosen file → text. Lists come from many apps and many systems, so the encoding is
// worked out, not assumed: a byte order mark says UTF-8 or UTF-16 (little or big end); without
// one, UTF-16 shows itself by a NUL in every other byte; then strict UTF-8, and when that fails,
// Windows-1252 (what Excel and older Windows tools write). Files that are not text at all get a
// sentence naming what they look like (a ZIP such as Todoist's full backup, a PDF, an image).
// TextDecoder (the platform's own) reads UTF-8 and UTF-16. Windows-1252 is Latin-1 but for 32
// bytes (0x80–0x9F: curly quotes, dashes, €), mapped by our own table: Node's TextDecoder reads
// that label as plain Latin-1 (C1 controls) unless it has full ICU, browsers do not; the table
// gives the same text everywhere.
import { ListReadError } from './types';

export type TextEncodingName = 'UTF-8' | 'UTF-16' | 'Windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

const startsWith = (bytes: Uint8Array, ...prefix: number[]) =>
  prefix.every((byte, index) => bytes[index] === byte);

/** A sentence for a well-known binary format, by its first bytes. */
function knownBinary(bytes: Uint8Array): string | null {
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) {
    return 'This is a ZIP archive (or an Excel workbook), not a list. Todoist’s full backup is a ZIP of CSV files: unzip it and choose one project’s CSV file. From Excel, save the sheet as CSV first.';
  }
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) {
    return 'This is a PDF, which holds pages, not a list. Export the list as CSV or text instead.';
  }
  if (
    startsWith(bytes, 0x89, 0x50, 0x4e, 0x47) ||
    startsWith(bytes, 0xff, 0xd8, 0xff) ||
    startsWith(bytes, 0x47, 0x49, 0x46, 0x38)
  ) {
    return 'This is a picture, not a list. Choose a CSV, Markdown or text file.';
  }
  return null;
}

/** NULs in the odd bytes (little end) or the even bytes (big end) of a sample: UTF-16. */
function utf16WithoutMark(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = Math.min(bytes.length, 4096) & ~1;
  if (sample < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = sample / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

// The code points of bytes 0x80–0x9F in Windows-1252 (WHATWG Encoding); the five bytes it
// leaves undefined keep their Latin-1 value.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x8d, 0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc,
  0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    const codes = Array.from(bytes.subarray(start, start + 8192), (byte) =>
      byte >= 0x80 && byte <= 0x9f ? (CP1252_HIGH[byte - 0x80] ?? byte) : byte,
    );
    text += String.fromCharCode(...codes);
  }
  return text;
}

function decodeBytes(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) {
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'UTF-8' };
  }
  if (startsWith(bytes, 0xff, 0xfe)) {
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'UTF-16' };
  }
  if (startsWith(bytes, 0xfe, 0xff)) {
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'UTF-16' };
  }
  const utf16 = utf16WithoutMark(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: 'UTF-16' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'Windows-1252' };
  }
}

// Control characters other than tab, line breaks and form feed do not occur in lists people
// write; a text full of them (or of U+FFFD, what a decoder puts for bytes it cannot read) is
// binary data that happened to decode.
function isStray(code: number): boolean {
  return (code < 0x20 && (code < 0x09 || code > 0x0d)) || code === 0x7f || code === 0xfffd;
}

/** Whether decoded text looks like text a person wrote. */
export function looksLikeText(text: string): boolean {
  const allowed = Math.max(2, text.length * 0.01);
  let stray = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0) return false;
    if (isStray(code) && ++stray > allowed) return false;
  }
  return true;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  const binary = knownBinary(bytes);
  if (binary) throw new ListReadError(binary);
  const decoded = decodeBytes(bytes);
  if (!looksLikeText(decoded.text)) {
    throw new ListReadError(
      'This file is not text: it looks like binary data. Choose a CSV export, a Markdown file or a plain text file.',
    );
  }
  return decoded;
}
