// The server the end-to-end tests run against: the compiled Goals First server (what
// `npm start` runs), on E2E_PORT, with storage in memory, plus one route for tests only:
// a request for /sw.js carrying the cookie `next-service-worker=1` gets the worker with one
// more comment line, which the browser treats as a new version of the app, as after a deploy
// (Chromium fetches a worker script outside the reach of Playwright's request routing).
import { readFileSync } from 'node:fs';
import { startServer } from '../../../dist-server/server/app.js';
import { createMemoryStorage } from '../../../dist-server/server/storage/memory-storage.js';

const distDir = 'dist';

/** @type {import('../../../server/http/router.ts').ExtraRoute} */
function nextServiceWorker(request, response, path) {
  const wantsNext = /(?:^|;\s*)next-service-worker=1(?:;|$)/.test(request.headers.cookie ?? '');
  if (path !== '/sw.js' || !wantsNext) return false;
  response.writeHead(200, { 'Content-Type': 'text/javascript', 'Cache-Control': 'no-cache' });
  response.end(`${readFileSync(`${distDir}/sw.js`, 'utf8')}\n// the next version\n`);
  return true;
}

const server = await startServer({
  distDir,
  storage: createMemoryStorage(),
  port: Number(process.env.E2E_PORT ?? 4173),
  routes: [nextServiceWorker],
});
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
