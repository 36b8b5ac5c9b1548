// The built app (dist/), served from memory: read once at start, so a request never touches
// the file system with a path a client chose. Brotli and gzip copies made at build time
// (scripts/vite-plugin-precompress.ts) are sent to browsers that accept them. Hashed files
// under /assets/ are cached for a year; everything else (index.html, the service worker, the
// manifest, icons) is revalidated on every use, so a new version is seen at once.
//
// Routes of the app (/settings, /goals/…) get index.html (the SPA fallback); a missing file
// with an extension, or anything under /assets/, is a plain 404, never the page.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, relative, sep } from 'node:path';
import { securityHeaders } from './security-headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

type Encoding = 'br' | 'gzip' | 'identity';

interface Variant {
  body: Buffer;
  etag: string;
}

interface StaticFile {
  type: string;
  cacheControl: string;
  identity: Variant;
  br?: Variant;
  gzip?: Variant;
}

export interface StaticSite {
  /** Answers a GET or HEAD for `path` (the URL's pathname). */
  serve(request: IncomingMessage, response: ServerResponse, path: string): void;
  readonly headers: Record<string, string>;
}

export class MissingBuildError extends Error {
  constructor(distDir: string) {
    super(
      `No built app in ${distDir}: run \`npm run build\` first (or \`npm start\`, which builds).`,
    );
  }
}

export function loadStaticSite(distDir: string): StaticSite {
  const indexFile = join(distDir, 'index.html');
  if (!existsSync(indexFile)) throw new MissingBuildError(distDir);
  const headers = securityHeaders(readFileSync(indexFile, 'utf8'));
  const files = new Map<string, StaticFile>();

  for (const file of walk(distDir)) {
    if (file.endsWith('.br') || file.endsWith('.gz')) continue;
    const path = `/${relative(distDir, file).split(sep).join('/')}`;
    const variants: Pick<StaticFile, Encoding> = {
      identity: variant(readFileSync(file), 'identity'),
    };
    for (const [encoding, suffix] of [
      ['br', '.br'],
      ['gzip', '.gz'],
    ] as const) {
      if (existsSync(file + suffix))
        variants[encoding] = variant(readFileSync(file + suffix), encoding);
    }
    files.set(path, {
      type: TYPES[extname(file)] ?? 'application/octet-stream',
      cacheControl: path.startsWith('/assets/')
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
      ...variants,
    });
  }
  const index = files.get('/index.html');
  if (!index) throw new MissingBuildError(distDir);

  return {
    headers,
    serve(request, response, path) {
      const file =
        files.get(path === '/' ? '/index.html' : path) ?? (isAppRoute(path) ? index : undefined);
      if (!file) {
        response.writeHead(404, {
          ...headers,
          'Content-Type': 'text/plain; charset=utf-8',
          'Cache-Control': 'no-cache',
        });
        response.end('Not found\n');
        return;
      }
      const [encoding, chosen] = chooseVariant(request.headers['accept-encoding'], file);
      const common = {
        ...headers,
        'Content-Type': file.type,
        'Cache-Control': file.cacheControl,
        ETag: chosen.etag,
        Vary: 'Accept-Encoding',
        ...(encoding !== 'identity' && { 'Content-Encoding': encoding }),
      };
      if (matchesEtag(request.headers['if-none-match'], chosen.etag)) {
        response.writeHead(304, common);
        response.end();
        return;
      }
      response.writeHead(200, { ...common, 'Content-Length': String(chosen.body.length) });
      response.end(request.method === 'HEAD' ? undefined : chosen.body);
    },
  };
}

/** /settings or /goals/abc: a route of the app. /logo.png or /assets/x: a file. */
function isAppRoute(path: string): boolean {
  return !path.startsWith('/assets/') && !/\.[a-z0-9]+$/i.test(path);
}

function variant(body: Buffer, encoding: Encoding): Variant {
  const hash = createHash('sha256').update(body).digest('base64url').slice(0, 22);
  return { body, etag: `"${hash}${encoding === 'identity' ? '' : `-${encoding}`}"` };
}

function chooseVariant(header: string | undefined, file: StaticFile): [Encoding, Variant] {
  const accepted = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
    if (name) accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const accepts = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (file.br && accepts('br')) return ['br', file.br];
  if (file.gzip && accepts('gzip')) return ['gzip', file.gzip];
  return ['identity', file.identity];
}

function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag || t === `W/${etag}`;
  });
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}
