// `npm run bench:server`: the server's figures for issue 14's note. Memory (RSS) of an idle
// server process and of one holding 1,000 documents of 100 tasks each, every one with a device
// connected; then the store latency of SQLite.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { spaceDocumentName, syncPath, type DeviceCredential } from '../src/domain/sync-protocol.ts';
import { makeSite } from '../tests/server/support/site.ts';
import { benchStoreLatency } from './store-latency.ts';
import { fillTasks } from './sync-doc.ts';

const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 1000);
const TASKS = 100;

const rssMb = (pid: number) => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function benchMemory(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'gf-bench-data-'));
  const child = spawn(process.execPath, ['dist-server/server/main.js'], {
    env: {
      ...process.env,
      PORT: '0',
      DATA_DIR: dataDir,
      DIST_DIR: makeSite(),
      MAX_SOCKETS_PER_ADDRESS: String(DOCUMENTS + 10),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /"event":"listening","url":"([^"]+)"/.exec(out);
      if (match) resolve(match[1]!);
    });
  });
  try {
    await sleep(1000);
    const idle = rssMb(child.pid!);
    console.log(`\nServer process (compiled, SQLite): idle RSS ${idle.rss.toFixed(0)} MB`);

    const devices: DeviceCredential[] = [];
    for (let i = 0; i < DOCUMENTS; i++) {
      const response = await fetch(`${url}/api/spaces`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{}',
      });
      devices.push((await response.json()) as DeviceCredential);
    }
    const wsUrl = `${url.replace(/^http/, 'ws')}${syncPath()}`;
    const clients: { provider: HocuspocusProvider; socket: HocuspocusProviderWebsocket }[] = [];
    const started = performance.now();
    for (const [i, device] of devices.entries()) {
      const doc = new Y.Doc();
      fillTasks(doc, TASKS, i + 1);
      const socket = new HocuspocusProviderWebsocket({ url: wsUrl, WebSocketPolyfill: WebSocket });
      const provider = new HocuspocusProvider({
        websocketProvider: socket,
        name: spaceDocumentName(device.spaceId),
        token: device.deviceToken,
        document: doc,
      });
      provider.attach();
      clients.push({ provider, socket });
      if (i % 50 === 49) {
        while (clients.some((c) => !c.provider.isSynced || c.provider.hasUnsyncedChanges))
          await sleep(20);
      }
    }
    while (clients.some((c) => !c.provider.isSynced || c.provider.hasUnsyncedChanges))
      await sleep(20);
    const uploaded = performance.now() - started;
    // Past the store window, so every document has been stored once.
    await sleep(3000);
    const full = rssMb(child.pid!);
    const bytes = Y.encodeStateAsUpdate(clients[0]!.provider.document).length;
    console.log(
      `  holding ${DOCUMENTS} documents of ${TASKS} tasks (${(bytes / 1024).toFixed(1)} KB each encoded), ` +
        `one device connected to each: RSS ${full.rss.toFixed(0)} MB (peak ${full.peak.toFixed(0)} MB); ` +
        `about ${(((full.rss - idle.rss) * 1024) / DOCUMENTS).toFixed(0)} KB per document and connection`,
    );
    console.log(`  ${DOCUMENTS} first uploads took ${(uploaded / 1000).toFixed(1)} s in all`);
    clients.forEach(({ provider, socket }) => {
      provider.destroy();
      socket.destroy();
    });
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await benchMemory();
await benchStoreLatency();
