// A tiny static server for dist/, for `npm run lighthouse` (scripts/lighthouse.ts): the built app
// with its routes answered by index.html (as the service worker does), `PORT` from the
// environment (0: any free port; the address is printed as "listening on <url>").
//   tsx scripts/static-server.ts             plain: no compression, every file no-cache, as a
//                                            bare static host serves it
//   tsx scripts/static-server.ts --compress  brotli or gzip (compressed once, at start), and
//                                            hashed assets cached for a year
// The project's own server (`npm run server`, server/) replaces the compressing mode once it
// is merged; this one only stands in for it, for measuring.
import { createServer, type ServerResponse } from 'node:http';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};
const TEXT = new Set(['.html', '.js', '.css', '.svg', '.json', '.webmanifest', '.txt']);

interface File {
  type: string;
  body: Buffer;
  br?: Buffer;
  gzip?: Buffer;
}

function readTree(root: string, compress: boolean): Map<string, File> {
  const files = new Map<string, File>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        walk(path);
        continue;
      }
      const ext = extname(name);
      const body = readFileSync(path);
      const file: File = { type: TYPES[ext] ?? 'application/octet-stream', body };
      if (compress && TEXT.has(ext)) {
        file.br = brotliCompressSync(body, {
          params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
        });
        file.gzip = gzipSync(body, { level: 9 });
      }
      files.set(`/${relative(root, path).split(sep).join('/')}`, file);
    }
  };
  walk(root);
  return files;
}

function send(response: ServerResponse, file: File, encodings: string, cache: string) {
  const encoding =
    file.br && /\bbr\b/.test(encodings)
      ? 'br'
      : file.gzip && /\bgzip\b/.test(encodings)
        ? 'gzip'
        : undefined;
  const body = encoding === 'br' ? file.br! : encoding === 'gzip' ? file.gzip! : file.body;
  response.writeHead(200, {
    'content-type': file.type,
    'content-length': body.length,
    'cache-control': cache,
    ...(encoding && { 'content-encoding': encoding }),
    ...(file.br && { vary: 'accept-encoding' }),
  });
  response.end(body);
}

const compress = process.argv.includes('--compress');
const files = readTree(process.env.DIST_DIR ?? 'dist', compress);
const index = files.get('/index.html');
if (!index) throw new Error('No dist/index.html: build the app first.');

const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
  const file = files.get(path) ?? (extname(path) === '' ? index : undefined);
  if (!file) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  const hashed = path.startsWith('/assets/');
  const cache = compress && hashed ? 'public, max-age=31536000, immutable' : 'no-cache';
  send(response, file, request.headers['accept-encoding'] ?? '', cache);
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  if (address && typeof address === 'object') {
    console.log(`listening on http://127.0.0.1:${address.port}`);
  }
});
