// Device links: made on the app's own origin; read from a whole link, a fragment or a bare
// token; a link of another server, a damaged one or any other text refused by name.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deviceLinkUrl, joinFragment, readDeviceLink } from '../../src/domain/device-link';
import { deviceName } from '../../src/domain/device-name';

const ORIGIN = 'https://todo.example.org';
const TOKEN = `${'s'.repeat(22)}.${'c'.repeat(16)}.${'x'.repeat(43)}`;

describe('device links', () => {
  it('round-trip through the link the app makes', () => {
    const url = deviceLinkUrl(ORIGIN, TOKEN);
    expect(url).toBe(`${ORIGIN}/#join=${TOKEN}`);
    expect(readDeviceLink(url, ORIGIN)).toEqual({ ok: true, token: TOKEN });
    expect(readDeviceLink(`  ${url}\n`, ORIGIN)).toEqual({ ok: true, token: TOKEN });
    expect(readDeviceLink(`#join=${TOKEN}`, ORIGIN)).toEqual({ ok: true, token: TOKEN });
    expect(readDeviceLink(TOKEN, ORIGIN)).toEqual({ ok: true, token: TOKEN });
  });

  it('refuse what is not a usable link, saying why', () => {
    expect(readDeviceLink('', ORIGIN)).toEqual({ ok: false, problem: 'empty' });
    expect(readDeviceLink('hello there', ORIGIN)).toEqual({ ok: false, problem: 'not-a-link' });
    expect(readDeviceLink(`${ORIGIN}/settings`, ORIGIN)).toEqual({
      ok: false,
      problem: 'not-a-link',
    });
    expect(readDeviceLink(`${ORIGIN}/#join=${TOKEN.slice(0, -3)}`, ORIGIN)).toEqual({
      ok: false,
      problem: 'damaged',
    });
    expect(readDeviceLink(`http://localhost:8787/#join=${TOKEN}`, ORIGIN)).toEqual({
      ok: false,
      problem: 'other-server',
      origin: 'http://localhost:8787',
    });
    expect(joinFragment('#join=%E0%A4%A')).toEqual({ ok: false, problem: 'damaged' });
    expect(joinFragment('#other=1')).toBeUndefined();
  });

  it('never throw, whatever is pasted', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const reading = readDeviceLink(text, ORIGIN);
        expect(typeof reading.ok).toBe('boolean');
      }),
    );
  });
});

describe('device names', () => {
  it('say the browser and the system', () => {
    expect(
      deviceName(
        'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36',
      ),
    ).toBe('Chrome on Android');
    expect(
      deviceName(
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
      ),
    ).toBe('Safari on iPhone');
    expect(
      deviceName(
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0',
      ),
    ).toBe('Firefox on Windows');
    expect(
      deviceName(
        'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/130.0 Safari/537.36',
      ),
    ).toBe('Chrome on Linux');
    expect(deviceName('')).toBe('A browser');
  });
});
