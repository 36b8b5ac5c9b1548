// Real Postgres and Redis for the tests (Debian's postgresql and redis-server), each on a free
// loopback port in a temporary directory, started and stopped by the tests themselves (and by
// the load test, bench/load.ts).
//
// Postgres refuses to run as root: as root, initdb and pg_ctl run as the `postgres` user
// (runuser) on a directory that user owns; as anyone else, as that user. Test clusters run with
// fsync off (tests never cut the power; they kill processes, which fsync does not concern) and
// trust loopback connections. initdb takes seconds, so it runs once (the global setup) into a
// template that every further cluster copies.
import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../../../scripts/free-port';

export { freePort };

const run = promisify(execFile);

/** Where initdb and pg_ctl are: PG_BIN, Debian's versioned directory, or the PATH. */
export function postgresBin(): string | undefined {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(root, versions[0], 'bin');
  }
  const onPath = (process.env.PATH ?? '')
    .split(':')
    .find((dir) => dir && existsSync(join(dir, 'initdb')));
  return onPath;
}

export function redisBin(): string | undefined {
  return ['/usr/bin/redis-server', '/usr/local/bin/redis-server']
    .concat((process.env.PATH ?? '').split(':').map((dir) => join(dir, 'redis-server')))
    .find((file) => existsSync(file));
}

const asRoot = userInfo().uid === 0;

/** Runs a Postgres tool as a user Postgres accepts. */
async function pgTool(bin: string, tool: string, args: string[]): Promise<string> {
  const file = join(bin, tool);
  const { stdout } = asRoot
    ? await run('runuser', ['-u', 'postgres', '--', file, ...args])
    : await run(file, args);
  return stdout;
}

/** A directory the Postgres user owns. */
function postgresDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  if (asRoot) {
    const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString().trim());
    chownSync(dir, id('-u'), id('-g'));
  }
  return dir;
}

/** Makes a fresh cluster directory (initdb), for copying. */
export async function makePostgresTemplate(bin: string): Promise<string> {
  const dir = postgresDir('gf-pg-template-');
  await pgTool(bin, 'initdb', [
    '-D',
    join(dir, 'data'),
    '-A',
    'trust',
    '-U',
    'postgres',
    '-E',
    'UTF8',
    '--locale=C.UTF-8',
    '--no-sync',
  ]);
  return dir;
}

export interface PostgresService {
  readonly port: number;
  /** postgres://…/postgres: the maintenance database, for creating others. */
  readonly url: string;
  start(): Promise<void>;
  /** `fast`: a clean shutdown; `immediate`: as if the machine lost it (recovery on start). */
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
  destroy(): Promise<void>;
}

/**
 * `durable`: fsync as in production (the load test); otherwise off, as tests kill processes,
 * never the machine.
 */
export async function startPostgres(
  bin: string,
  template: string,
  { durable = false }: { durable?: boolean } = {},
): Promise<PostgresService> {
  const dir = postgresDir('gf-pg-');
  cpSync(join(template, 'data'), join(dir, 'data'), { recursive: true, preserveTimestamps: true });
  if (asRoot) await run('chown', ['-R', 'postgres:postgres', join(dir, 'data')]);
  const port = await freePort();
  const data = join(dir, 'data');
  const options = [
    `-p ${port}`,
    `-k ${dir}`,
    '-c listen_addresses=127.0.0.1',
    ...(durable ? [] : ['-c fsync=off', '-c full_page_writes=off']),
    '-c max_connections=200',
  ].join(' ');
  let running = false;
  const service: PostgresService = {
    port,
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async start() {
      await pgTool(bin, 'pg_ctl', [
        '-D',
        data,
        '-o',
        options,
        '-l',
        join(dir, 'log'),
        '-w',
        'start',
      ]);
      running = true;
    },
    async stop(mode = 'fast') {
      if (!running) return;
      await pgTool(bin, 'pg_ctl', ['-D', data, '-m', mode, '-w', 'stop']);
      running = false;
    },
    async destroy() {
      await service.stop('immediate').catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await service.start();
  return service;
}

export interface RedisService {
  readonly port: number;
  readonly url: string;
  start(): Promise<void>;
  /** SIGKILL: what a crash of Redis looks like to its clients. */
  stop(): Promise<void>;
  destroy(): Promise<void>;
}

export async function startRedis(bin: string): Promise<RedisService> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const service: RedisService = {
    port,
    url: `redis://127.0.0.1:${port}`,
    async start() {
      // Nothing persisted: a restarted Redis knows nothing, the worst case for its clients.
      const started = spawn(
        bin,
        ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      );
      child = started;
      await new Promise<void>((resolve, reject) => {
        let output = '';
        started.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes('Ready to accept connections')) resolve();
        });
        started.once('exit', (code) =>
          reject(new Error(`redis-server exited (${code}):\n${output}`)),
        );
      });
    },
    async stop() {
      const stopping = child;
      child = undefined;
      if (stopping?.exitCode !== null) return;
      const exited = new Promise((resolve) => stopping.once('exit', resolve));
      stopping.kill('SIGKILL');
      await exited;
    },
    destroy: () => service.stop(),
  };
  await service.start();
  return service;
}
