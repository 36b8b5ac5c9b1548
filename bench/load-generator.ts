// The load generator of `npm run load` (bench/load.ts runs it in a process of its own, so its
// work is not counted as the server's). It plays `spaces` users with two devices each: Node
// providers holding the bridge's document shape (bench/sync-doc.ts: one Y.Map per table, id →
// Y.Map of fields), each space's devices on different instances when there are several.
//
// Each device edits a task title every `intervalMs` (jittered). A device only edits its own
// half of the tasks, in turn, so no edit is overwritten by another within a run: every edit must
// reach the other device, and the time it takes (edit → seen on the other device, one clock)
// is the latency measured. At the end every pair of replicas must be identical.
//
// Talks to its parent over IPC: `ready` once every device is connected and synced, then waits
// for `go`, then `done` with the figures.
import { request } from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import {
  spaceDocumentName,
  syncPath,
  type DeviceCredential,
  type IssuedToken,
} from '../src/domain/sync-protocol.ts';
import { fillTasks } from './sync-doc.ts';
import { percentile } from './stats.ts';

export interface LoadPlan {
  /** Base URLs of the instances; device d of a space uses urls[d % urls.length]. */
  urls: string[];
  spaces: number;
  tasks: number;
  seconds: number;
  intervalMs: number;
}

export interface LoadFigures {
  devices: number;
  setupMs: number;
  connectMs: number;
  sent: number;
  delivered: number;
  missing: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
  errorReasons: Record<string, number>;
  reconnects: number;
  replicasIdentical: number;
  replicasDiffering: number;
  generatorLagP99Ms: number;
}

interface Device {
  space: number;
  index: number;
  doc: Y.Doc;
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  /** Task ids this device edits, in turn. */
  own: string[];
  seq: number;
  timer?: NodeJS.Timeout;
}

const plan = JSON.parse(process.env.LOAD_PLAN ?? '{}') as LoadPlan;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Each space's devices connect from an address of their own, as a household would. */
const addressOf = (space: number) => `127.1.${Math.floor(space / 250)}.${(space % 250) + 1}`;

function api<T>(base: string, path: string, body: unknown, token?: string, from?: string) {
  return new Promise<T>((resolve, reject) => {
    const text = JSON.stringify(body);
    const call = request(
      `${base}${path}`,
      {
        method: 'POST',
        ...(from && { localAddress: from }),
        headers: {
          'Content-Type': 'application/json',
          ...(token && { Authorization: `Bearer ${token}` }),
        },
      },
      (response) => {
        let answer = '';
        response.on('data', (chunk: Buffer) => (answer += chunk.toString()));
        response.on('end', () => {
          if (response.statusCode !== 201)
            reject(new Error(`${path}: ${response.statusCode} ${answer}`));
          else resolve(JSON.parse(answer) as T);
        });
      },
    );
    call.on('error', reject);
    call.end(text);
  });
}

async function inBatches<T>(count: number, size: number, work: (i: number) => Promise<T>) {
  const results: T[] = [];
  for (let start = 0; start < count; start += size) {
    const batch = Array.from({ length: Math.min(size, count - start) }, (_, k) => work(start + k));
    results.push(...(await Promise.all(batch)));
  }
  return results;
}

const latencies: number[] = [];
const sentAt = new Map<string, number>();
const errorReasons: Record<string, number> = {};
let reconnects = 0;
let stopping = false;
const noteError = (reason: string) => (errorReasons[reason] = (errorReasons[reason] ?? 0) + 1);

function connect(space: number, index: number, credential: DeviceCredential, doc: Y.Doc): Device {
  const from = addressOf(space);
  const Polyfill = class extends WebSocket {
    constructor(url: string) {
      super(url, { localAddress: from });
      this.on('error', () => undefined);
    }
  };
  const base = plan.urls[index % plan.urls.length]!;
  const socket = new HocuspocusProviderWebsocket({
    url: `${base.replace(/^http/, 'ws')}${syncPath()}`,
    WebSocketPolyfill: Polyfill,
    maxDelay: 2000,
  });
  // Every lost connection (the provider then reconnects by itself).
  socket.on('disconnect', () => {
    if (!stopping) reconnects++;
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: spaceDocumentName(credential.spaceId),
    token: credential.deviceToken,
    document: doc,
    onAuthenticationFailed: ({ reason }) => noteError(`refused: ${reason}`),
    onClose: ({ event }) => {
      if (event.reason) noteError(`closed: ${event.reason}`);
    },
  });
  provider.attach();
  // The other device's edits: `load <space> <device> <seq>` titles, timed on arrival.
  doc.getMap<Y.Map<unknown>>('tasks').observeDeep((events, transaction) => {
    if (transaction.local) return;
    const now = performance.now();
    for (const event of events) {
      if (!(event.target instanceof Y.Map) || !event.changes.keys.has('title')) continue;
      const title = (event.target as Y.Map<unknown>).get('title');
      if (typeof title !== 'string' || !title.startsWith('load ')) continue;
      const at = sentAt.get(title);
      if (at === undefined) continue;
      sentAt.delete(title);
      latencies.push(now - at);
    }
  });
  return { space, index, doc, provider, socket, own: [], seq: 0 };
}

const synced = (device: Device) => device.provider.isSynced && !device.provider.hasUnsyncedChanges;

async function main(): Promise<void> {
  const lag = monitorEventLoopDelay({ resolution: 10 });
  const setupStarted = performance.now();
  const credentials = await inBatches(plan.spaces, 25, async (space) => {
    const from = addressOf(space);
    const base = plan.urls[0]!;
    const first = await api<DeviceCredential>(base, '/api/spaces', {}, undefined, from);
    const join = await api<IssuedToken>(
      base,
      `/api/spaces/${first.spaceId}/join-tokens`,
      {},
      first.deviceToken,
      from,
    );
    const second = await api<DeviceCredential>(
      base,
      '/api/join',
      { joinToken: join.token },
      undefined,
      from,
    );
    return [first, second] as const;
  });
  const setupMs = performance.now() - setupStarted;

  const connectStarted = performance.now();
  const devices: Device[] = [];
  for (let start = 0; start < plan.spaces; start += 50) {
    const batch: Device[] = [];
    for (let space = start; space < Math.min(plan.spaces, start + 50); space++) {
      const [first, second] = credentials[space]!;
      const seeded = new Y.Doc();
      fillTasks(seeded, plan.tasks, space + 1);
      batch.push(connect(space, 0, first, seeded), connect(space, 1, second, new Y.Doc()));
    }
    const deadline = Date.now() + 60_000;
    while (!batch.every((d) => synced(d) && d.doc.getMap('tasks').size === plan.tasks)) {
      if (Date.now() > deadline) throw new Error('devices did not all sync within a minute');
      await sleep(20);
    }
    devices.push(...batch);
  }
  for (const device of devices) {
    const ids = [...device.doc.getMap('tasks').keys()].sort();
    device.own = ids.filter((_, i) => i % 2 === device.index);
  }
  const connectMs = performance.now() - connectStarted;
  process.send?.({ type: 'ready', setupMs, connectMs });
  await new Promise<void>((resolve) => process.once('message', () => resolve()));

  lag.enable();
  let sent = 0;
  const edit = (device: Device) => {
    const id = device.own[device.seq % device.own.length]!;
    const title = `load ${device.space} ${device.index} ${device.seq++}`;
    sentAt.set(title, performance.now());
    sent++;
    device.doc.getMap<Y.Map<unknown>>('tasks').get(id)?.set('title', title);
  };
  const schedule = (device: Device, delay: number) => {
    device.timer = setTimeout(() => {
      edit(device);
      schedule(device, plan.intervalMs * (0.8 + 0.4 * Math.random()));
    }, delay);
  };
  devices.forEach((device) => schedule(device, Math.random() * plan.intervalMs));
  await sleep(plan.seconds * 1000);
  devices.forEach((device) => clearTimeout(device.timer));
  lag.disable();

  // Everything sent must arrive; a minute is far more than any edit should take.
  const drainUntil = Date.now() + 60_000;
  while (sentAt.size > 0 && Date.now() < drainUntil) await sleep(50);
  let identical = 0;
  let differing = 0;
  for (let i = 0; i < devices.length; i += 2) {
    const [a, b] = [devices[i]!, devices[i + 1]!];
    if (isDeepStrictEqual(a.doc.getMap('tasks').toJSON(), b.doc.getMap('tasks').toJSON()))
      identical++;
    else differing++;
  }
  const figures: LoadFigures = {
    devices: devices.length,
    setupMs,
    connectMs,
    sent,
    delivered: latencies.length,
    missing: sentAt.size,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    max: percentile(latencies, 1),
    errors: Object.values(errorReasons).reduce((a, b) => a + b, 0),
    errorReasons,
    reconnects,
    replicasIdentical: identical,
    replicasDiffering: differing,
    generatorLagP99Ms: lag.percentile(99) / 1e6,
  };
  stopping = true;
  process.send?.({ type: 'done', figures });
  devices.forEach((device) => {
    device.provider.destroy();
    device.socket.destroy();
  });
  // Let the goodbye go out, then leave.
  await sleep(500);
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
