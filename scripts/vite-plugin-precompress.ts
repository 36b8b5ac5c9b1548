// Writes a brotli (.br) and a gzip (.gz) copy beside every text file of the build, once, at
// the best compression, so the server (server/http/static-site.ts) sends compressed bytes
// without compressing on each request. Runs after every other plugin has written its files
// (the service worker is generated in vite-plugin-pwa's closeBundle). A copy that would not be
// smaller is not written.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin, ResolvedConfig } from 'vite';

const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.svg',
  '.json',
  '.webmanifest',
  '.txt',
]);

export function precompress(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'goals-first:precompress',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle: {
      order: 'post',
      handler() {
        precompressDirectory(resolve(config.root, config.build.outDir));
      },
    },
  };
}

export function precompressDirectory(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      precompressDirectory(path);
      continue;
    }
    if (!COMPRESSIBLE.has(extname(entry.name))) continue;
    const body = readFileSync(path);
    const br = brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    });
    const gz = gzipSync(body, { level: 9 });
    if (br.length < body.length) writeFileSync(`${path}.br`, br);
    if (gz.length < body.length) writeFileSync(`${path}.gz`, gz);
  }
}
