// One instance among several behind one balancer (DESIGN.md §9), joined through Redis: the
// document fan-out (server/cluster/redis-fan-out.ts) and the cluster bus
// (server/cluster/cluster-bus.ts) over one watched link (server/cluster/redis-link.ts).
//
// Shared across instances: document changes and awareness, revocations and deleted spaces
// (closed everywhere at once), and failed secrets (each instance counts every one). Kept per
// instance, on purpose: connections per space and sockets per address. They bound what one
// client can cost one process (its memory and its event loop); a balancer spreading a client
// over N instances lets it hold N times as many, which costs each instance no more than the
// bound. Counting them exactly across instances would need a shared counter that a killed
// instance cannot leave wrong (heartbeats, expiry), for a bound that is about each process.
import type { Extension, Hocuspocus } from '@hocuspocus/server';
import type { AttemptLimiter } from '../auth/attempt-limiter.ts';
import { describeError, type Logger } from '../log.ts';
import type { Storage } from '../storage/storage.ts';
import type { SyncEndpoint } from '../sync/sync-endpoint.ts';
import { sweepRevoked } from '../sync/revocation-sweep.ts';
import { createClusterBus, type ClusterBus } from './cluster-bus.ts';
import { redisFanOut } from './redis-fan-out.ts';
import { createRedisLink } from './redis-link.ts';

export interface ClusterOptions {
  redisUrl: string;
  /** Channel prefix, the same for every instance of one deployment (default goals-first). */
  prefix?: string;
  /** This instance's name, unique in the deployment. */
  instanceId: string;
}

export interface Cluster {
  /** For Hocuspocus: the document fan-out. */
  readonly extensions: Extension[];
  readonly state: 'connecting' | 'ok' | 'down';
  /** The limiter every instance shares, around this instance's own. */
  share(limiter: AttemptLimiter): AttemptLimiter;
  /** Once the sync endpoint exists: hears the others, and tells them. */
  start(parts: { hocuspocus: Hocuspocus; storage: Storage; sync: SyncEndpoint }): void;
  revoked(credentialId: string): void;
  spaceDeleted(spaceId: string): void;
  close(): Promise<void>;
}

export function joinCluster(options: ClusterOptions, logger: Logger): Cluster {
  const prefix = options.prefix ?? 'goals-first';
  const identifier = options.instanceId;
  const link = createRedisLink(options.redisUrl, logger);
  const fanOut = redisFanOut({ link, prefix, identifier, logger });
  let bus: ClusterBus | undefined;
  let local: AttemptLimiter | undefined;

  return {
    extensions: [fanOut],
    get state() {
      return link.state;
    },
    share(limiter) {
      local = limiter;
      return {
        retryAfter: (address) => limiter.retryAfter(address),
        fail(address) {
          limiter.fail(address);
          bus?.publish({ type: 'failed-attempt', address });
        },
      };
    },
    start({ hocuspocus, storage, sync }) {
      bus = createClusterBus({
        link,
        prefix,
        identifier,
        logger,
        onMessage(message) {
          if (message.type === 'revoked') {
            sync.closeWhere((c) => c.credentialId === message.credentialId, 'revoked');
          } else if (message.type === 'space-deleted') {
            sync.closeWhere((c) => c.spaceId === message.spaceId, 'space-gone');
          } else {
            local?.fail(message.address);
          }
        },
      });
      link.onRecovered(() => {
        sweepRevoked(hocuspocus, storage, (matches, reason) =>
          sync.closeWhere(matches, reason),
        ).then(
          (closed) => logger.info('revocations-checked', { closed }),
          (error: unknown) =>
            logger.warn('revocation-check-failed', { error: describeError(error) }),
        );
      });
    },
    revoked(credentialId) {
      bus?.publish({ type: 'revoked', credentialId });
    },
    spaceDeleted(spaceId) {
      bus?.publish({ type: 'space-deleted', spaceId });
    },
    close: () => link.close(),
  };
}
