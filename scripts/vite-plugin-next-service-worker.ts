// For the e2e test of "Reload to update" only, on `vite preview` only (never in a build): a
// request for /sw.js carrying the cookie `next-service-worker=1` gets the worker with one more
// comment line, which the browser treats as a new version of the app, just as after a deploy.
// (Chromium fetches a worker script outside the reach of Playwright's request routing.)
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';

export function nextServiceWorkerForTests(): Plugin {
  return {
    name: 'goals-first:next-service-worker-for-tests',
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        const wantsNext = /(?:^|;\s*)next-service-worker=1(?:;|$)/.test(
          request.headers.cookie ?? '',
        );
        if (request.url?.split('?')[0] !== '/sw.js' || !wantsNext) {
          next();
          return;
        }
        const outDir = server.config.build.outDir;
        readFile(`${outDir}/sw.js`, 'utf8').then(
          (script) => {
            response.setHeader('Content-Type', 'text/javascript');
            response.setHeader('Cache-Control', 'no-cache');
            response.end(`${script}\n// the next version\n`);
          },
          (error: unknown) => next(error),
        );
      });
    },
  };
}
