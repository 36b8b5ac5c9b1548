// The JavaScript a first visit needs, gzip-compressed (DESIGN.md §8: ≤ 130 KB): the entry
// script of dist/index.html and every chunk it preloads. Lazy views are not counted.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const INITIAL_JS_BUDGET_KB = 130;

export function gzipKb(distPath: string): number {
  return gzipSync(readFileSync(`dist${distPath}`), { level: 9 }).length / 1024;
}

export function initialJsFiles(): string[] {
  const html = readFileSync('dist/index.html', 'utf8');
  const entry = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1]!);
  const preloads = [...html.matchAll(/rel="modulepreload"[^>]+href="([^"]+\.js)"/g)].map(
    (m) => m[1]!,
  );
  return [...new Set([...entry, ...preloads])];
}

export function initialJsKb(): number {
  return initialJsFiles().reduce((sum, file) => sum + gzipKb(file), 0);
}
