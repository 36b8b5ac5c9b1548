// Serves the production build for browser benchmarks, as the e2e tests do (or the bench-mode
// build in dist-bench, which lets the sync benchmark play a remote device).
import { spawn } from 'node:child_process';

export async function startPreview(
  port: number,
  outDir = 'dist',
): Promise<{ url: string; stop: () => void }> {
  const server = spawn(
    'node_modules/.bin/vite',
    ['preview', '--port', String(port), '--strictPort', '--outDir', outDir],
    {
      stdio: 'ignore',
    },
  );
  const url = `http://localhost:${port}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(url)).ok) return { url, stop: () => server.kill() };
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.kill();
  throw new Error(`vite preview did not answer on ${url}`);
}
