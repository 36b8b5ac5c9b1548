// `npm run load`: the sync server under the load of many users (DESIGN.md §8: one process on
// 2 cores holds 1,000 connected devices at edit-to-other-device p95 ≤ 500 ms; two processes
// joined by Redis lose no update). Loopback only, bounded in count and time.
//
// For each configuration (LOAD_CONFIGS, default all three): one server process on SQLite, one
// on Postgres, two on Postgres joined by Redis. The servers run compiled (dist-server/, as in
// production); Postgres and Redis are started here (tests/server/support/services.ts). The load
// comes from bench/load-generator.ts in a process of its own: LOAD_SPACES users (default 500)
// with two devices each, every device editing a task every LOAD_INTERVAL_MS (default 10 s)
// for LOAD_SECONDS (default 60), on documents of LOAD_TASKS tasks (default 100).
//
// Why one edit per device every ten seconds: a person working through their list (ticking
// off, adding, reordering) changes something every 10 to 30 s while the app is open, and
// rarely has it open for long. Every device of every user editing at the top of that range at
// the same moment is a peak no real population of 500 users reaches; 1,000 devices make 100
// edits a second, each delivered to the user's other device.
//
// Figures per configuration: edit → other device latency (p50, p95, p99, max), edits sent and
// delivered, errors, reconnects, the servers' CPU (share of one core over the edit phase) and
// memory (RSS, and its peak), and whether every pair of replicas ended identical.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import {
  makePostgresTemplate,
  postgresBin,
  redisBin,
  startPostgres,
  startRedis,
  type PostgresService,
  type RedisService,
} from '../tests/server/support/services.ts';
import { makeSite } from '../tests/server/support/site.ts';
import type { LoadFigures, LoadPlan } from './load-generator.ts';

type Config = 'sqlite' | 'postgres' | 'redis';
const CONFIGS = (process.env.LOAD_CONFIGS ?? 'sqlite,postgres,redis').split(',') as Config[];
const number = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const SPACES = number('LOAD_SPACES', 500);
const plan: Omit<LoadPlan, 'urls'> = {
  spaces: SPACES,
  tasks: number('LOAD_TASKS', 100),
  seconds: number('LOAD_SECONDS', 60),
  intervalMs: number('LOAD_INTERVAL_MS', 10_000),
};
/** The whole run of one configuration, connecting included, may take this long. */
const RUN_LIMIT_MS = 10 * 60_000 + plan.seconds * 1000;
const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;

interface Server {
  process: ChildProcess;
  url: string;
}

function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  // utime and stime: fields 14 and 15 of stat, 12 and 13 after the command name.
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

function memoryMb(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

async function startServer(env: Record<string, string>): Promise<Server> {
  const child = spawn(process.execPath, ['dist-server/server/main.js'], {
    env: {
      ...process.env,
      PORT: '0',
      // Every space's devices come from an address of their own (127.1.x.y).
      MAX_SOCKETS_PER_ADDRESS: '32',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.length > 1_000_000) output = output.slice(-100_000);
      const match = /"event":"listening","url":"([^"]+)"/.exec(output);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}):\n${output}`)));
  });
  // The server logs a line per connection; the load test keeps only what it needs.
  child.stdout.removeAllListeners('data');
  child.stdout.resume();
  return { process: child, url };
}

async function stopServer(server: Server): Promise<void> {
  if (server.process.exitCode !== null) return;
  const exited = new Promise((resolve) => server.process.once('exit', resolve));
  server.process.kill('SIGTERM');
  await exited;
}

async function freshDatabase(adminUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  const name = `gf_load_${Date.now()}`;
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

function generate(urls: string[], onReady: () => void): Promise<LoadFigures> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/load-generator.ts'], {
      env: { ...process.env, LOAD_PLAN: JSON.stringify({ ...plan, urls }) },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const limit = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the load run took longer than ${RUN_LIMIT_MS / 60_000} minutes`));
    }, RUN_LIMIT_MS);
    child.on('message', (message: { type: string; figures?: LoadFigures; connectMs?: number }) => {
      if (message.type === 'ready') {
        console.log(
          `  ${plan.spaces * 2} devices connected and synced in ${((message.connectMs ?? 0) / 1000).toFixed(1)} s`,
        );
        onReady();
        child.send({ type: 'go' });
      } else if (message.type === 'done' && message.figures) {
        clearTimeout(limit);
        resolve(message.figures);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(limit);
      reject(new Error(`the load generator exited (${code})`));
    });
  });
}

interface Row {
  config: Config;
  figures: LoadFigures;
  cpu: number[];
  memory: { rss: number; peak: number }[];
  /** RSS of each server before any device connected. */
  idle: number[];
}

async function run(
  config: Config,
  services: { postgres?: PostgresService; redis?: RedisService },
  site: string,
): Promise<Row> {
  const common = { DIST_DIR: site };
  const servers: Server[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'gf-load-'));
  try {
    if (config === 'sqlite') {
      servers.push(await startServer({ ...common, DATA_DIR: dataDir }));
    } else {
      const databaseUrl = await freshDatabase(services.postgres!.url);
      if (config === 'postgres') {
        servers.push(await startServer({ ...common, DATABASE_URL: databaseUrl }));
      } else {
        const joined = { ...common, DATABASE_URL: databaseUrl, REDIS_URL: services.redis!.url };
        servers.push(await startServer({ ...joined, INSTANCE_ID: 'load-0' }));
        servers.push(await startServer({ ...joined, INSTANCE_ID: 'load-1' }));
      }
    }
    console.log(`\n${label(config)}`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const idle = servers.map((s) => memoryMb(s.process.pid!).rss);
    let cpuStart: number[] = [];
    let started = 0;
    const figures = await generate(
      servers.map((s) => s.url),
      () => {
        cpuStart = servers.map((s) => cpuSeconds(s.process.pid!));
        started = performance.now();
      },
    );
    const seconds = (performance.now() - started) / 1000;
    const cpu = servers.map((s, i) => (cpuSeconds(s.process.pid!) - cpuStart[i]!) / seconds);
    const memory = servers.map((s) => memoryMb(s.process.pid!));
    return { config, figures, cpu, memory, idle };
  } finally {
    await Promise.all(servers.map(stopServer));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const label = (config: Config) =>
  ({
    sqlite: 'One process, SQLite',
    postgres: 'One process, Postgres',
    redis: 'Two processes, Postgres, joined by Redis',
  })[config];

function print(rows: Row[]): boolean {
  const f1 = (n: number) => n.toFixed(0);
  console.log(
    `\n${plan.spaces} spaces × 2 devices, ${plan.tasks} tasks each, one edit per device every ${plan.intervalMs / 1000} s for ${plan.seconds} s (${((plan.spaces * 2 * 1000) / plan.intervalMs).toFixed(0)} edits/s)\n`,
  );
  console.log(
    '| configuration | devices | edits sent / delivered | p50 | p95 | p99 | max | errors | reconnects | server CPU | server RSS (peak) | replicas identical |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  let ok = true;
  for (const { config, figures: f, cpu, memory, idle } of rows) {
    const cpuText = cpu.map((c) => `${(c * 100).toFixed(0)} %`).join(' + ');
    const rssText = memory.map((m) => `${f1(m.rss)} MB (${f1(m.peak)})`).join(' + ');
    console.log(
      `| ${label(config)} | ${f.devices} | ${f.sent} / ${f.delivered} | ${f1(f.p50)} ms | ${f1(f.p95)} ms | ${f1(f.p99)} ms | ${f1(f.max)} ms | ${f.errors} | ${f.reconnects} | ${cpuText} | ${rssText} | ${f.replicasIdentical} of ${f.replicasIdentical + f.replicasDiffering} |`,
    );
    if (f.errors > 0) console.log(`    errors: ${JSON.stringify(f.errorReasons)}`);
    const lost = f.missing > 0 || f.replicasDiffering > 0;
    const slow = config !== 'redis' && f.p95 > 500;
    if (lost || slow) ok = false;
    // Each process holds every document one of its devices uses.
    const held = config === 'redis' ? plan.spaces * 2 : plan.spaces;
    const perDocument = memory.reduce((sum, m, i) => sum + m.rss - idle[i]!, 0) / held;
    console.log(
      `    idle RSS ${idle.map(f1).join(' + ')} MB; ${f1(perDocument * 1024)} KB per document held (with its connections); ` +
        `generator event-loop delay p99 ${f.generatorLagP99Ms.toFixed(0)} ms; ` +
        (config === 'redis'
          ? `no update lost: ${lost ? 'NO' : 'yes'}`
          : `p95 ≤ 500 ms with ${f.devices} devices: ${slow ? 'OVER' : 'WITHIN'}${lost ? '; UPDATES LOST' : ''}`),
    );
  }
  return ok;
}

async function main(): Promise<void> {
  const site = makeSite();
  const services: { postgres?: PostgresService; redis?: RedisService } = {};
  let template = '';
  try {
    if (CONFIGS.some((c) => c !== 'sqlite')) {
      const bin = postgresBin();
      if (!bin) throw new Error('Postgres is not installed (apt-get install postgresql).');
      template = await makePostgresTemplate(bin);
      services.postgres = await startPostgres(bin, template, { durable: true });
    }
    if (CONFIGS.includes('redis')) {
      const bin = redisBin();
      if (!bin) throw new Error('Redis is not installed (apt-get install redis-server).');
      services.redis = await startRedis(bin);
    }
    const rows: Row[] = [];
    for (const config of CONFIGS) rows.push(await run(config, services, site));
    const ok = print(rows);
    process.exitCode = ok ? 0 : 1;
  } finally {
    await services.postgres?.destroy();
    await services.redis?.destroy();
    if (template) rmSync(template, { recursive: true, force: true });
  }
}

await main();
