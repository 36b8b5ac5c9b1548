// Serves a built app for measuring (scripts/lighthouse.ts, bench/browser/first-use.bench.ts):
// a command that serves DIST_DIR on the port given in PORT (with STORAGE=memory, which the
// project's server reads), started on a free port and awaited until it answers.
import { spawn } from 'node:child_process';
import { freePort } from './free-port';

// The compressing server is the project's own server, started as `npm run server` starts it
// (node directly, so killing it stops the server rather than an npm wrapper): precompressed
// brotli and gzip, hashed assets cached for a year, the CSP and the other security headers.
// The plain one serves files as a bare static host does (scripts/static-server.ts).
export const COMPRESSING_SERVER = ['node', 'scripts/server.mjs'];
export const PLAIN_SERVER = ['node_modules/.bin/tsx', 'scripts/static-server.ts'];

export interface Served {
  url: string;
  stop: () => void;
}

export async function startServer(command: string[], dist = 'dist'): Promise<Served> {
  const port = await freePort();
  const [program, ...args] = command;
  const child = spawn(program!, args, {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DIST_DIR: dist,
      STORAGE: 'memory',
    },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}/`;
  for (let attempt = 0; attempt < 300; attempt++) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(url)).ok) return { url, stop: () => child.kill() };
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error(`${command.join(' ')} did not serve ${url}`);
}
