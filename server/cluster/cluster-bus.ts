// What instances tell each other through Redis besides document changes: a credential revoked
// or a space deleted (each instance closes the connections it holds for it, at once), and a
// wrong secret seen (each instance counts it against the address, so the failed-attempt limit
// holds across instances behind one balancer).
//
// Pub/sub delivers at most once. A revocation published while Redis was down waits in the
// publisher's queue and goes out when Redis is back; an instance that was away itself checks
// every connection it holds against the database when its link recovers (server/app.ts), so
// a revocation can be late by the length of an outage, never lost. Failed attempts are not
// queued: counting them is a defence against cost, and a burst during an outage is bounded by
// each instance's own count.
import * as v from 'valibot';
import { describeError, type Logger } from '../log.ts';
import type { RedisLink } from './redis-link.ts';

const messageSchema = v.variant('type', [
  v.object({ type: v.literal('revoked'), credentialId: v.pipe(v.string(), v.maxLength(64)) }),
  v.object({ type: v.literal('space-deleted'), spaceId: v.pipe(v.string(), v.maxLength(64)) }),
  v.object({ type: v.literal('failed-attempt'), address: v.pipe(v.string(), v.maxLength(64)) }),
]);
export type BusMessage = v.InferOutput<typeof messageSchema>;

const envelopeSchema = v.object({ from: v.string(), message: v.unknown() });

export interface ClusterBus {
  publish(message: BusMessage): void;
}

export interface ClusterBusOptions {
  link: RedisLink;
  prefix: string;
  identifier: string;
  logger: Logger;
  onMessage(message: BusMessage): void;
}

export function createClusterBus(options: ClusterBusOptions): ClusterBus {
  const { link, prefix, identifier, logger } = options;
  const channel = `${prefix}:cluster`;
  const publisher = link.client('bus-publish');
  const subscriber = link.client('bus-subscribe');

  subscriber.subscribe(channel).catch((error: unknown) => {
    logger.error('bus-subscribe-failed', { error: describeError(error) });
  });
  subscriber.on('message', (from: string, text: string) => {
    if (from !== channel) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      logger.warn('bus-message-refused', { why: 'not JSON' });
      return;
    }
    const envelope = v.safeParse(envelopeSchema, parsed);
    if (!envelope.success) return;
    if (envelope.output.from === identifier) return;
    const message = v.safeParse(messageSchema, envelope.output.message);
    if (message.success) options.onMessage(message.output);
    else logger.warn('bus-message-refused', { why: 'unknown message' });
  });

  return {
    publish(message) {
      if (message.type === 'failed-attempt' && publisher.status !== 'ready') return;
      publisher
        .publish(channel, JSON.stringify({ from: identifier, message }))
        .catch((error: unknown) => {
          logger.warn('bus-publish-failed', { type: message.type, error: describeError(error) });
        });
    },
  };
}
