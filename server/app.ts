// The Goals First server: one HTTP server on one port (DESIGN.md §9) serving the built app,
// /api, /healthz and /sync, the last handed to Hocuspocus. This file only composes: each
// concern is an extension (server/extensions/) or a module of its own.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostname } from 'node:os';
import { Hocuspocus } from '@hocuspocus/server';
import { SERVER_PATHS } from '../src/domain/sync-protocol.ts';
import { createAttemptLimiter } from './auth/attempt-limiter.ts';
import { createTokenChecker } from './auth/token-checker.ts';
import { joinCluster, type ClusterOptions } from './cluster/cluster.ts';
import { authExtension } from './extensions/auth-extension.ts';
import { limitsExtension } from './extensions/limits-extension.ts';
import { loggingExtension } from './extensions/logging-extension.ts';
import { storageExtension } from './extensions/storage-extension.ts';
import { createApi } from './http/api.ts';
import { clientAddress } from './http/client-address.ts';
import { createRouter, type ExtraRoute } from './http/router.ts';
import { loadStaticSite } from './http/static-site.ts';
import { DEFAULT_LIMITS, type Limits } from './limits.ts';
import { createLogger, type Logger } from './log.ts';
import { createSpaceService } from './spaces/space-service.ts';
import { watchStorage } from './storage/storage-health.ts';
import type { Storage } from './storage/storage.ts';
import { storeEverything } from './sync/store-everything.ts';
import { createSyncEndpoint } from './sync/sync-endpoint.ts';

export interface ServerOptions {
  /** The built app (dist/ of `vite build`). */
  distDir: string;
  storage: Storage;
  /** Default 127.0.0.1; port 0 picks a free one. */
  host?: string;
  port?: number;
  /** Needed to create a space; without it, spaces can be created only on a loopback host. */
  signupCode?: string;
  /** How many reverse proxies stand in front (X-Forwarded-For); default 0. */
  trustProxy?: number;
  limits?: Partial<Limits>;
  logger?: Logger;
  now?: () => number;
  routes?: ExtraRoute[];
  onStored?: (documentName: string, bytes: number, ms: number) => void;
  /**
   * Several instances behind one balancer, joined through Redis (DESIGN.md §9). The instance
   * id defaults to the host, the process and a random part.
   */
  cluster?: Omit<ClusterOptions, 'instanceId'> & { instanceId?: string };
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly hocuspocus: Hocuspocus;
  readonly instanceId: string;
  /** Stops taking connections, closes every socket, stores every document, then resolves. */
  close(): Promise<void>;
}

const SHUTDOWN_GRACE_MS = 2000;

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const logger = options.logger ?? createLogger();
  const host = options.host ?? '127.0.0.1';
  const trustProxy = options.trustProxy ?? 0;
  const health = watchStorage(options.storage, { logger });
  const { storage } = health;
  const site = loadStaticSite(options.distDir);
  // Spaces may be created without SIGNUP_CODE only when no one else can reach the server: not
  // on a public address, nor behind a proxy (which makes a loopback address public).
  const signupOpen = isLoopback(host) && trustProxy === 0;
  const instanceId =
    options.cluster?.instanceId ?? `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`;

  const cluster = options.cluster && joinCluster({ ...options.cluster, instanceId }, logger);
  const ownLimiter = createAttemptLimiter({
    maxFailures: limits.maxFailedAttempts,
    windowMs: limits.failedAttemptWindowMs,
    ...(options.now && { now: options.now }),
  });
  const limiter = cluster ? cluster.share(ownLimiter) : ownLimiter;
  const checkToken = createTokenChecker(storage, limiter);

  const stored = storageExtension({
    storage,
    logger,
    retryMs: limits.storeRetryMs,
    ...(options.onStored && { onStored: options.onStored }),
  });
  health.setBacklog(() => stored.unstored.size);

  const hocuspocus = new Hocuspocus({
    name: 'goals-first',
    quiet: true,
    debounce: limits.storeDebounceMs,
    maxDebounce: limits.storeMaxDebounceMs,
    extensions: [
      ...(cluster?.extensions ?? []),
      authExtension({ checkToken, storage }),
      limitsExtension({ ...limits, writable: () => health.writable }),
      stored,
      loggingExtension(logger),
    ],
  });
  const sync = createSyncEndpoint({ hocuspocus, limits, logger });
  cluster?.start({ hocuspocus, storage, sync });

  const spaces = createSpaceService({
    storage,
    checkToken,
    limiter,
    ...(options.signupCode !== undefined && { signupCode: options.signupCode }),
    signupOpen,
    limits,
    ...(options.now && { now: options.now }),
    onRevoked(credential) {
      sync.closeWhere((context) => context.credentialId === credential.id, 'revoked');
      cluster?.revoked(credential.id);
    },
    onSpaceDeleted(spaceId) {
      sync.closeWhere((context) => context.spaceId === spaceId, 'space-gone');
      cluster?.spaceDeleted(spaceId);
    },
  });
  const api = createApi({ spaces, bodyLimit: limits.maxBodyBytes, logger });

  const router = createRouter({
    api,
    site,
    trustProxy,
    logger,
    routes: options.routes,
    // Public: states only, never an error message (the log has those).
    health: () => {
      const storageState = health.status().state;
      return {
        ok: storageState === 'ok',
        body: {
          status: storageState === 'ok' ? 'ok' : 'storage-unavailable',
          storage: storageState,
          ...(cluster && { redis: cluster.state }),
        },
      };
    },
  });

  let closing = false;
  const http = createServer(router);
  http.on('upgrade', (request: IncomingMessage, socket, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    const path = (request.url ?? '').split('?')[0];
    if (path !== SERVER_PATHS.sync || closing) {
      socket.end(
        `HTTP/1.1 ${closing ? '503 Service Unavailable' : '404 Not Found'}\r\nConnection: close\r\n\r\n`,
      );
      return;
    }
    sync.upgrade(request, socket, head, clientAddress(request, trustProxy));
  });
  http.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port ?? 8787, host, () => {
      http.off('error', reject);
      resolve();
    });
  });
  const { port } = http.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  logger.info('listening', {
    url,
    instance: instanceId,
    signup: options.signupCode !== undefined ? 'with code' : signupOpen ? 'open' : 'closed',
  });
  if (options.signupCode === undefined && !signupOpen) {
    logger.warn('signup-closed', {
      why: 'HOST is not a loopback address, or TRUST_PROXY says a proxy stands in front, and SIGNUP_CODE is not set: no space can be created',
    });
  }

  return {
    url,
    port,
    hocuspocus,
    instanceId,
    async close() {
      if (closing) return;
      closing = true;
      http.close();
      http.closeIdleConnections();
      await sync.closeAll('server-restarting', SHUTDOWN_GRACE_MS);
      try {
        await storeEverything(hocuspocus, stored.unstored, logger);
        logger.info('stopped', {});
      } finally {
        http.closeAllConnections();
        health.stop();
        await cluster?.close();
      }
    },
  };
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
