// The server as its own process (server/main.ts through tsx), configured by environment as in
// production: for the tests that signal or kill it. Its stdout and stderr are kept.
import { spawn, type ChildProcess } from 'node:child_process';
import { syncPath } from '../../../src/domain/sync-protocol.ts';

export interface ChildServer {
  process: ChildProcess;
  url: string;
  wsUrl: string;
  /** Everything the process wrote, stdout and stderr. */
  output(): string;
  /** Resolves with the exit code (or the signal that ended it). */
  exited: Promise<number | NodeJS.Signals>;
}

export async function spawnServer(env: Record<string, string>): Promise<ChildServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | NodeJS.Signals>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const look = () => {
      const match = /"event":"listening","url":"([^"]+)"/.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout.on('data', look);
    void exited.then((code) =>
      reject(new Error(`server exited (${code}) before listening:\n${output}`)),
    );
  });
  return {
    process: child,
    url,
    wsUrl: `${url.replace(/^http/, 'ws')}${syncPath()}`,
    output: () => output,
    exited,
  };
}
