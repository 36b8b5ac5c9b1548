import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/domain/list-import/decode-text';
import { ListReadError } from '../../../src/domain/list-import/types';

const TEXT = 'Café – “Crème brûlée” £5\nZoë';

function utf16(text: string, littleEnd: boolean, mark: boolean): Uint8Array {
  const bytes: number[] = mark ? (littleEnd ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const pair = [code & 0xff, code >> 8];
    bytes.push(...(littleEnd ? pair : pair.reverse()));
  }
  return new Uint8Array(bytes);
}

// Windows-1252 bytes of TEXT: the curly quotes and the dash sit at 0x80–0x9F there.
const WINDOWS_1252 = new Uint8Array([
  0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x93, 0x43, 0x72, 0xe8, 0x6d, 0x65, 0x20, 0x62, 0x72,
  0xfb, 0x6c, 0xe9, 0x65, 0x94, 0x20, 0xa3, 0x35, 0x0a, 0x5a, 0x6f, 0xeb,
]);

describe('decodeText', () => {
  it('reads UTF-8, with or without a byte order mark', () => {
    const plain = new TextEncoder().encode(TEXT);
    expect(decodeText(plain)).toEqual({ text: TEXT, encoding: 'UTF-8' });
    const marked = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    expect(decodeText(marked)).toEqual({ text: TEXT, encoding: 'UTF-8' });
  });

  it.each([
    ['little-endian with a mark', true, true],
    ['big-endian with a mark', false, true],
    ['little-endian without a mark', true, false],
    ['big-endian without a mark', false, false],
  ])('reads UTF-16 %s', (_, littleEnd, mark) => {
    expect(decodeText(utf16(TEXT, littleEnd, mark))).toEqual({ text: TEXT, encoding: 'UTF-16' });
  });

  it('reads Windows-1252 when the bytes are not UTF-8', () => {
    expect(decodeText(WINDOWS_1252)).toEqual({ text: TEXT, encoding: 'Windows-1252' });
  });

  it.each([
    ['a ZIP archive', [0x50, 0x4b, 0x03, 0x04, 1, 2, 3], /ZIP archive/],
    ['a PDF', [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31], /PDF/],
    ['a PNG picture', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a], /picture/],
    ['random binary data', [0, 1, 2, 3, 250, 251, 0, 7, 8, 0, 0, 3, 4], /not text/],
  ])('refuses %s with a sentence naming it', (_, bytes, message) => {
    expect(() => decodeText(new Uint8Array(bytes))).toThrow(ListReadError);
    expect(() => decodeText(new Uint8Array(bytes))).toThrow(message);
  });
});
