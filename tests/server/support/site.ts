// A small built app for the server's tests, so they need no `vite build`: an index.html with
// the build's CSP <meta> (inline stylesheet hash included), a hashed script and stylesheet, a
// service worker and an icon; text files precompressed by the build's own plugin.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { policyFor } from '../../../scripts/vite-plugin-csp.ts';
import { precompressDirectory } from '../../../scripts/vite-plugin-precompress.ts';

export const SCRIPT = '/assets/index-AbC123.js';

export function makeSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gf-site-'));
  mkdirSync(join(dir, 'assets'));
  const page = `<!doctype html><html lang="en"><head><meta charset="UTF-8" /><style>body{margin:0}</style><script type="module" src="${SCRIPT}"></script></head><body><div id="root">Goals First test page</div></body></html>`;
  const csp = `<meta http-equiv="Content-Security-Policy" content="${policyFor(page)}" />`;
  writeFileSync(
    join(dir, 'index.html'),
    page.replace('<meta charset="UTF-8" />', (m) => `${m}${csp}`),
  );
  writeFileSync(
    join(dir, SCRIPT),
    `export const words = ${JSON.stringify('goal '.repeat(2000))};\n`,
  );
  writeFileSync(join(dir, 'assets/index-XyZ789.css'), `.a{color:red}\n`.repeat(200));
  writeFileSync(
    join(dir, 'sw.js'),
    `self.addEventListener('fetch', () => {});\n// ${'x'.repeat(500)}\n`,
  );
  writeFileSync(join(dir, 'icon.png'), Buffer.from('89504e470d0a1a0a', 'hex'));
  precompressDirectory(dir);
  return dir;
}
