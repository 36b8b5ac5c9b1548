// A plain static server for dist/, for `npm run lighthouse` (scripts/lighthouse.ts): the built
// app as a bare static host serves it (no compression, every file `cache-control: no-cache`),
// with its routes answered by index.html (as the service worker does), `PORT` from the
// environment (0: any free port; the address is printed as "listening on <url>"). The
// compressing case is the project's own server (`npm run server`, server/).
import { createServer } from 'node:http';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';

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

interface File {
  type: string;
  body: Buffer;
}

function readTree(root: string): Map<string, File> {
  const files = new Map<string, File>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        walk(path);
        continue;
      }
      // The build's precompressed copies are for the project's server, not a bare host.
      if (name.endsWith('.br') || name.endsWith('.gz')) continue;
      const body = readFileSync(path);
      files.set(`/${relative(root, path).split(sep).join('/')}`, {
        type: TYPES[extname(name)] ?? 'application/octet-stream',
        body,
      });
    }
  };
  walk(root);
  return files;
}

const files = readTree(process.env.DIST_DIR ?? 'dist');
const index = files.get('/index.html');
if (!index) throw new Error('No dist/index.html: build the app first.');

const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
  const file = files.get(path) ?? (extname(path) === '' ? index : undefined);
  if (!file) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  response.writeHead(200, {
    'content-type': file.type,
    'content-length': file.body.length,
    'cache-control': 'no-cache',
  });
  response.end(file.body);
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  if (address && typeof address === 'object') {
    console.log(`listening on http://127.0.0.1:${address.port}`);
  }
});
