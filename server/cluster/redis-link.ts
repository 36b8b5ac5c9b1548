// The server's connections to Redis (REDIS_URL) and whether they are all up. Four clients:
// publish and subscribe for the documents (Hocuspocus's Redis extension), and publish and
// subscribe for the cluster bus (revocations, failed attempts). ioredis reconnects by itself;
// this watches them, says so in the log when Redis is lost and when it is back, and tells the
// server when every client is up again, so it can resynchronise what pub/sub lost meanwhile
// (Redis does not redeliver a message published while a subscriber was away).
//
// A server whose Redis is down keeps serving its own devices; devices on other instances see
// their changes once Redis is back. /healthz says so, but without failing: taking every
// instance out of the balancer because Redis is down would be worse than running apart.
import { Redis as IORedis, type RedisOptions } from 'ioredis';
import { describeError, type Logger } from '../log.ts';

export interface RedisLink {
  /** A new client of the link, watched. `queueWhileDown: false` fails commands at once. */
  client(role: string, options?: { queueWhileDown?: boolean }): IORedis;
  /** 'connecting' until every client was up once. */
  readonly state: 'connecting' | 'ok' | 'down';
  /** Called every time all clients are up again after any was down. */
  onRecovered(listener: () => void): void;
  close(): Promise<void>;
}

export function createRedisLink(url: string, logger: Logger, now = Date.now): RedisLink {
  const clients = new Map<string, IORedis>();
  const listeners: (() => void)[] = [];
  let state: { is: 'connecting' } | { is: 'up' } | { is: 'down'; since: number } = {
    is: 'connecting',
  };
  let closing = false;

  const allReady = () => [...clients.values()].every((c) => c.status === 'ready');
  const notReady = () => [...clients].filter(([, c]) => c.status !== 'ready').map(([role]) => role);

  const changed = () => {
    if (closing) return;
    if (allReady()) {
      if (state.is === 'connecting') logger.info('redis-connected', {});
      if (state.is === 'down') {
        logger.info('redis-recovered', { downMs: now() - state.since });
        listeners.forEach((listener) => listener());
      }
      state = { is: 'up' };
    } else if (state.is === 'up') {
      state = { is: 'down', since: now() };
      logger.error('redis-lost', { clients: notReady() });
    }
  };

  return {
    client(role, { queueWhileDown = true } = {}) {
      const options: RedisOptions = {
        // Back within two seconds of Redis, however long it was gone.
        retryStrategy: (times) => Math.min(100 * times, 2000),
        // Commands wait for a reconnect rather than fail after a number of attempts…
        maxRetriesPerRequest: null,
        // …unless the caller would rather lose them (and resynchronise later).
        enableOfflineQueue: queueWhileDown,
        connectTimeout: 5000,
        connectionName: `goals-first-${role}`,
      };
      const client = new IORedis(url, options);
      clients.set(role, client);
      client.on('ready', changed);
      client.on('close', changed);
      client.on('end', changed);
      // Without a listener ioredis prints every failed reconnect; the link logs the outage
      // once ('redis-lost'), or here when Redis cannot be reached from the start.
      client.on('error', (error: unknown) => {
        if (state.is !== 'connecting' || closing) return;
        state = { is: 'down', since: now() };
        logger.error('redis-unreachable', { role, error: describeError(error) });
      });
      return client;
    },
    get state() {
      if (allReady()) return 'ok';
      return state.is === 'connecting' ? 'connecting' : 'down';
    },
    onRecovered(listener) {
      listeners.push(listener);
    },
    async close() {
      closing = true;
      await Promise.all(
        [...clients.values()].map(async (client) => {
          if (client.status !== 'ready') {
            client.disconnect();
            return;
          }
          await client.quit().catch(() => client.disconnect());
        }),
      );
    },
  };
}
