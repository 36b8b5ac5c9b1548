// The built app: compressed copies made at build time, the right types and caching, the CSP of
// the build as a header, the app's routes answered with index.html and nothing else.
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/harness.ts';
import { SCRIPT } from './support/site.ts';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t.stop();
});

/** A raw GET (fetch would decompress and hide Content-Encoding). */
function get(path: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{
    status: number;
    headers: Record<string, string | string[] | undefined>;
    body: Buffer;
  }>((resolve, reject) => {
    const req = request(`${t.url}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('static files', () => {
  it('sends brotli, then gzip, then plain, as the browser accepts, each with its length', async () => {
    const br = await get(SCRIPT, { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    const plain = brotliDecompressSync(br.body).toString();
    expect(plain).toContain('goal goal');

    const gz = await get(SCRIPT, { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(plain);
    expect(br.body.length).toBeLessThan(gz.body.length);

    const none = await get(SCRIPT, { 'Accept-Encoding': 'br;q=0, identity' });
    expect(none.headers['content-encoding']).toBeUndefined();
    expect(none.body.toString()).toBe(plain);
    expect(none.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it('caches hashed assets for a year and revalidates the page and the service worker', async () => {
    expect((await get(SCRIPT)).headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
    for (const path of ['/', '/index.html', '/sw.js', '/icon.png', '/settings']) {
      expect((await get(path)).headers['cache-control'], path).toBe('no-cache');
    }
    const first = await get('/sw.js', { 'Accept-Encoding': 'br' });
    const again = await get('/sw.js', {
      'Accept-Encoding': 'br',
      'If-None-Match': String(first.headers.etag),
    });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    // The gzip copy has its own tag: a cache never mixes the two.
    const gz = await get('/sw.js', { 'Accept-Encoding': 'gzip' });
    expect(gz.headers.etag).not.toBe(first.headers.etag);
  });

  it('sends the build’s Content-Security-Policy as a header, inline stylesheet hash included', async () => {
    const page = await get('/');
    const csp = String(page.headers['content-security-policy']);
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(
      page.body.toString(),
    )![1]!;
    expect(meta).toMatch(/style-src 'self' 'sha256-[^']+'/);
    expect(csp).toBe(`${meta}; frame-ancestors 'none'`);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
  });

  it('answers the app’s routes with index.html, and a missing file with a 404', async () => {
    const page = (await get('/index.html')).body.toString();
    for (const path of ['/settings', '/goals/abc', '/lesson/3', '/review?week=2']) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.body.toString(), path).toBe(page);
    }
    for (const path of ['/assets/missing.js', '/missing.png', '/assets/', '/nothing.txt']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(response.body.toString(), path).not.toContain('Goals First test page');
    }
    const head = await get('/settings', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect((await get('/', {}, 'POST')).status).toBe(405);
  });

  it('never answers /sync, /api or /healthz with the app', async () => {
    for (const path of [
      '/sync',
      '/sync/x',
      '/api',
      '/api/spaces',
      '/api/anything/else',
      '/healthz',
    ]) {
      for (const method of ['GET', 'POST']) {
        const response = await get(path, { Accept: 'text/html' }, method);
        expect(response.headers['content-type'], `${method} ${path}`).toContain('application/json');
        expect(response.body.toString(), `${method} ${path}`).not.toContain('<html');
      }
    }
    expect((await get('/sync')).status).toBe(426);
    const health = await get('/healthz');
    expect(health.status).toBe(200);
    expect(JSON.parse(health.body.toString())).toEqual({ status: 'ok', storage: 'ok' });
  });
});
