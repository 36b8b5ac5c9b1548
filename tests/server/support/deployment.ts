// Several server processes behind one origin (tests/server/support/tcp-proxy.ts), sharing one
// Postgres database and one Redis, configured as in production (TRUST_PROXY=1, SIGNUP_CODE).
// Devices and /api calls go through the proxy, from any loopback address (127.0.0.2 looks like
// another machine to the servers); a test may ask for the instance a device lands on.
import { request } from 'node:http';
import { type DeviceCredential, type IssuedToken } from '../../../src/domain/sync-protocol.ts';
import { spawnServer, type ChildServer } from './child-server.ts';
import { openClient, waitFor, type Client } from './harness.ts';
import { makeSite } from './site.ts';
import { startProxy, type TcpProxy } from './tcp-proxy.ts';

export const SIGNUP_CODE = 'a-signup-code-for-the-cluster';

export interface Deployment {
  /** REDIS_PREFIX of this deployment's instances. */
  readonly prefix: string;
  readonly instances: (ChildServer | undefined)[];
  readonly proxy: TcpProxy;
  /** Starts instance `index` (again), and puts it behind the proxy. */
  start(index: number): Promise<ChildServer>;
  /** SIGKILL: no store, no goodbye. */
  kill(index: number): Promise<void>;
  /** What a fresh device finds in the document's map `map`, through the proxy. */
  readBack(name: string, token: string, map?: string): Promise<Record<string, unknown>>;
  /** Opens a device through the proxy, on instance `instance` when given. */
  open(
    name: string,
    token: string,
    options?: { instance?: number; localAddress?: string; address?: string },
  ): Promise<Client>;
  api(path: string, init?: ApiInit): Promise<{ status: number; body: unknown }>;
  createSpace(): Promise<DeviceCredential>;
  issue(kind: 'join-tokens' | 'coach-tokens', device: DeviceCredential): Promise<IssuedToken>;
  /** Everything the instances wrote, by index, including instances since killed. */
  output(index: number): string;
  stop(): Promise<void>;
}

export interface ApiInit {
  method?: string;
  body?: unknown;
  token?: string;
  localAddress?: string;
  /** Straight to this instance, not through the proxy. */
  instance?: number;
}

export async function startDeployment({
  count,
  databaseUrl,
  redisUrl,
  env = {},
}: {
  count: number;
  databaseUrl: string;
  redisUrl: string;
  env?: Record<string, string>;
}): Promise<Deployment> {
  const site = makeSite();
  const prefix = `gf-test-${Math.random().toString(36).slice(2, 10)}`;
  const instances: (ChildServer | undefined)[] = Array<ChildServer | undefined>(count);
  const outputs: string[][] = Array.from({ length: count }, () => []);
  const clients: Client[] = [];
  const proxy = await startProxy([]);

  const start = async (index: number) => {
    const server = await spawnServer({
      DIST_DIR: site,
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
      REDIS_PREFIX: prefix,
      INSTANCE_ID: `instance-${index}`,
      TRUST_PROXY: '1',
      SIGNUP_CODE,
      ...env,
    });
    instances[index] = server;
    outputs[index]!.push('');
    const run = outputs[index]!.length - 1;
    const keep = () => (outputs[index]![run] = server.output());
    server.process.stdout?.on('data', keep);
    void server.exited.then(keep);
    proxy.backends[index] = Number(new URL(server.url).port);
    return server;
  };

  const api: Deployment['api'] = (path, init = {}) =>
    new Promise((resolve, reject) => {
      const base = init.instance === undefined ? proxy.url : instances[init.instance]!.url;
      const body = init.body === undefined ? undefined : JSON.stringify(init.body);
      const call = request(
        `${base}${path}`,
        {
          method: init.method ?? (body === undefined ? 'GET' : 'POST'),
          ...(init.localAddress && { localAddress: init.localAddress }),
          headers: {
            ...(body !== undefined && { 'Content-Type': 'application/json' }),
            ...(init.token && { Authorization: `Bearer ${init.token}` }),
          },
        },
        (response) => {
          let text = '';
          response.on('data', (chunk: Buffer) => (text += chunk.toString()));
          response.on('end', () =>
            resolve({ status: response.statusCode ?? 0, body: text ? JSON.parse(text) : null }),
          );
        },
      );
      call.on('error', reject);
      call.end(body);
    });

  await Promise.all(Array.from({ length: count }, (_, index) => start(index)));

  return {
    prefix,
    instances,
    proxy,
    start,
    async kill(index) {
      const server = instances[index];
      if (!server) return;
      server.process.kill('SIGKILL');
      await server.exited;
      instances[index] = undefined;
    },
    async open(name, token, { instance, localAddress, address } = {}) {
      const before = proxy.routed.length;
      proxy.prefer = instance;
      try {
        const client = openClient(proxy.wsUrl, name, token, { localAddress, address });
        clients.push(client);
        await waitFor(() => proxy.routed.length > before, 'the device’s socket routed');
        return client;
      } finally {
        proxy.prefer = undefined;
      }
    },
    async readBack(name, token, map = 'tasks') {
      const client = openClient(proxy.wsUrl, name, token);
      try {
        await client.synced();
        return client.doc.getMap(map).toJSON();
      } finally {
        client.destroy();
      }
    },
    api,
    async createSpace() {
      const response = await api('/api/spaces', { body: { signupCode: SIGNUP_CODE } });
      if (response.status !== 201) throw new Error(`create space: ${response.status}`);
      return response.body as DeviceCredential;
    },
    async issue(kind, device) {
      const response = await api(`/api/spaces/${device.spaceId}/${kind}`, {
        body: {},
        token: device.deviceToken,
      });
      if (response.status !== 201) throw new Error(`issue ${kind}: ${response.status}`);
      return response.body as IssuedToken;
    },
    output: (index) => outputs[index]!.join('\n'),
    async stop() {
      clients.forEach((client) => client.destroy());
      await Promise.all(
        instances.map(async (server) => {
          if (!server) return;
          server.process.kill('SIGTERM');
          await server.exited;
        }),
      );
      await proxy.close();
    },
  };
}
