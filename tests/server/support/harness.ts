// Starts the server in this process on a free port, with its own storage and a captured log,
// and drives it the way the app will: /api over fetch, /sync through @hocuspocus/provider
// (with `ws` as its WebSocket, as in Node).
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { startServer, type RunningServer, type ServerOptions } from '../../../server/app.ts';
import { createLogger } from '../../../server/log.ts';
import { createMemoryStorage } from '../../../server/storage/memory-storage.ts';
import type { Storage } from '../../../server/storage/storage.ts';
import {
  syncPath,
  type DeviceCredential,
  type IssuedToken,
  type SyncRefusal,
} from '../../../src/domain/sync-protocol.ts';
import { makeSite } from './site.ts';

export interface TestServer {
  server: RunningServer;
  storage: Storage;
  url: string;
  wsUrl: string;
  logs: string[];
  /** Every provider opened through `open`, destroyed by `stop`. */
  stop(): Promise<void>;
  open(name: string, token: string, options?: { address?: string; doc?: Y.Doc }): Client;
  api(
    path: string,
    init?: { method?: string; body?: unknown; token?: string; address?: string },
  ): Promise<Response>;
  createSpace(deviceName?: string): Promise<DeviceCredential>;
  issue(kind: 'join-tokens' | 'coach-tokens', device: DeviceCredential): Promise<IssuedToken>;
}

let site: string | undefined;

export async function startTestServer(options: Partial<ServerOptions> = {}): Promise<TestServer> {
  site ??= makeSite();
  const storage = options.storage ?? createMemoryStorage();
  const logs: string[] = [];
  const server = await startServer({
    distDir: site,
    port: 0,
    logger: createLogger((line) => logs.push(line)),
    ...options,
    storage,
  });
  const clients: Client[] = [];
  const api: TestServer['api'] = (path, init = {}) =>
    fetch(`${server.url}${path}`, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers: {
        ...(init.body !== undefined && { 'Content-Type': 'application/json' }),
        ...(init.token && { Authorization: `Bearer ${init.token}` }),
        ...(init.address && { 'X-Forwarded-For': init.address }),
      },
      ...(init.body !== undefined && { body: JSON.stringify(init.body) }),
    });
  const wsUrl = `${server.url.replace(/^http/, 'ws')}${syncPath()}`;
  return {
    server,
    storage,
    url: server.url,
    wsUrl,
    logs,
    async stop() {
      clients.forEach((client) => client.destroy());
      await server.close();
    },
    open(name, token, { address, doc } = {}) {
      const client = openClient(wsUrl, name, token, { address, doc });
      clients.push(client);
      return client;
    },
    api,
    async createSpace(deviceName) {
      const body = {
        ...(deviceName && { deviceName }),
        ...(options.signupCode !== undefined && { signupCode: options.signupCode }),
      };
      const response = await api('/api/spaces', { body });
      if (response.status !== 201) throw new Error(`create space: ${response.status}`);
      return (await response.json()) as DeviceCredential;
    },
    async issue(kind, device) {
      const response = await api(`/api/spaces/${device.spaceId}/${kind}`, {
        body: {},
        token: device.deviceToken,
      });
      if (response.status !== 201) throw new Error(`issue ${kind}: ${response.status}`);
      return (await response.json()) as IssuedToken;
    },
  };
}

export interface Client {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Resolves once signed in and synced. */
  synced(): Promise<void>;
  /** Resolves with the reason of the first refusal or close of this document or its socket. */
  refused(): Promise<{ reason: string; code?: number }>;
  closes: { code?: number; reason: string }[];
  destroy(): void;
}

/** A provider whose socket claims `address` (honoured when the server trusts one proxy). */
export function openClient(
  wsUrl: string,
  name: string,
  token: string,
  {
    address,
    doc = new Y.Doc(),
    localAddress,
  }: {
    address?: string | undefined;
    doc?: Y.Doc | undefined;
    /** The loopback address to connect from (127.0.0.2…), as another machine would. */
    localAddress?: string | undefined;
  } = {},
): Client {
  // A socket closed while still connecting reports an error event; the close says it all.
  const Polyfill = class extends WebSocket {
    constructor(url: string) {
      super(url, {
        ...(address && { headers: { 'X-Forwarded-For': address } }),
        ...(localAddress && { localAddress }),
      });
      this.on('error', () => undefined);
    }
  };
  const closes: Client['closes'] = [];
  const refusals: { reason: string; code?: number }[] = [];
  const waiting: ((r: { reason: string; code?: number }) => void)[] = [];
  const note = (refusal: { reason: string; code?: number }) => {
    refusals.push(refusal);
    waiting.splice(0).forEach((resolve) => resolve(refusal));
  };
  // In Node the socket needs `ws` (WebSocketPolyfill); one socket per client here.
  // Reconnects after a second, then at most every two (the provider's default grows to 30 s).
  const socket = new HocuspocusProviderWebsocket({
    url: wsUrl,
    WebSocketPolyfill: Polyfill,
    maxDelay: 2000,
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    token,
    document: doc,
    onAuthenticationFailed: ({ reason }) => note({ reason }),
    onClose: ({ event }) => {
      closes.push({ code: event.code, reason: event.reason });
      if (event.reason || event.code === 1009) note({ reason: event.reason, code: event.code });
    },
  });
  provider.attach();
  return {
    doc,
    provider,
    closes,
    synced: () =>
      new Promise<void>((resolve, reject) => {
        if (provider.isSynced) {
          resolve();
          return;
        }
        provider.on('synced', () => resolve());
        provider.on('authenticationFailed', ({ reason }: { reason: string }) =>
          reject(new Error(`refused: ${reason}`)),
        );
      }),
    refused: () =>
      new Promise((resolve) => {
        if (refusals[0]) resolve(refusals[0]);
        else waiting.push(resolve);
      }),
    destroy: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}

export async function waitFor(
  check: () => boolean | Promise<boolean>,
  what: string,
  ms = 5000,
): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** tasks[id].title = title, as the app's Y.Doc holds a task (DESIGN.md §9). */
export function setTitle(doc: Y.Doc, id: string, title: string): void {
  const tasks = doc.getMap<Y.Map<unknown>>('tasks');
  doc.transact(() => {
    if (!tasks.has(id)) tasks.set(id, new Y.Map());
    tasks.get(id)!.set('title', title);
  });
}

export function titleOf(doc: Y.Doc, id: string): unknown {
  return doc.getMap<Y.Map<unknown>>('tasks').get(id)?.get('title');
}

export type { SyncRefusal };
