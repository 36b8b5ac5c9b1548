// Instances joined through Redis (REDIS_URL): Hocuspocus's own Redis extension carries every
// document change and awareness update to the other instances that hold the document. It is
// used as it is, except where version 3.4 would lose something:
//
// - Its store lock is left out. An instance that cannot take the lock skips its store and
//   Hocuspocus drops it silently; the instance holding the lock stores its own state, which
//   may lack this instance's newest changes. Our storage merges appended updates (two
//   processes storing one document at once both keep their changes), so no lock is needed and
//   no store is ever skipped.
// - A publish that fails (Redis down) never rejects into Hocuspocus's timers or its message
//   handler, where a rejection would end the process: it is dropped, and the document is
//   resynchronised when Redis is back.
// - Redis pub/sub does not redeliver what was published while a subscriber was away. When the
//   link is back, every loaded document subscribes again and publishes its sync step 1; the
//   others answer with what it lacks and ask for what they lack (a Yjs sync both ways).
// - Subscribing never holds up opening a document: with Redis down a document opens from
//   storage and serves this instance's devices; it joins the others when Redis is back.
// - A change is published as itself (a sync step 2 carrying the update: one message, applied
//   by the others as it arrives), where the extension publishes a sync step 1 per change and
//   lets the others ask for what they lack (three messages through Redis, and a state vector
//   and a diff computed by every instance for every change: at 1,000 edits a second this
//   tripled the latency, `npm run load`). The extension's exchange still runs, at most once a
//   second per changed document, so an instance that missed a message catches up.
//
// (That an update arriving through Redis is not stored by this instance is handled in
// server/extensions/storage-extension.ts.)
import { Redis } from '@hocuspocus/extension-redis';
import type { Document, Extension, Hocuspocus, onChangePayload } from '@hocuspocus/server';
import * as encoding from 'lib0/encoding';
import { describeError, type Logger } from '../log.ts';
import type { RedisLink } from './redis-link.ts';

/** Hocuspocus's MessageType.Sync and y-protocols' sync step 2. */
const SYNC_MESSAGE = 0;
const SYNC_STEP_2 = 1;
/** How often, at most, a changed document runs the extension's sync exchange. */
const CHECK_EVERY_MS = 1000;

export interface RedisFanOutOptions {
  link: RedisLink;
  /** Channel prefix: instances sharing a Redis and a database use the same one. */
  prefix: string;
  /** This instance, unique among those sharing the prefix. */
  identifier: string;
  logger: Logger;
  /** How long an unloaded document stays subscribed, for late messages (default 1000). */
  disconnectDelayMs?: number;
}

export function redisFanOut({
  link,
  prefix,
  identifier,
  logger,
  disconnectDelayMs = 1000,
}: RedisFanOutOptions): Extension {
  const publisher = link.client('documents-publish', { queueWhileDown: false });
  const subscriber = link.client('documents-subscribe');
  let dropped = 0;
  // Every publish of the extension goes through here, and none may reject (see above).
  const publish = publisher.publish.bind(publisher);
  publisher.publish = (channel: string, message: Buffer) =>
    publish(channel, message).catch(() => {
      dropped++;
      return 0;
    });

  // The extension asks for its publisher first, then its subscriber.
  const clients = [publisher, subscriber];
  const redis = new Redis({
    prefix,
    identifier,
    disconnectDelay: disconnectDelayMs,
    createClient: () => clients.shift() ?? link.client('documents-extra'),
  });

  let instance: Hocuspocus | undefined;
  /** Subscribes to the document's channel and publishes its sync step 1, without waiting. */
  const join = (documentName: string, document: Document) => {
    if (!instance) return;
    redis
      .afterLoadDocument({ documentName, document, instance } as never)
      .catch((error: unknown) => {
        logger.warn('redis-subscribe-failed', {
          document: documentName,
          error: describeError(error),
        });
      });
  };

  // Messages as the extension frames them: the sender's identifier (length, then bytes), then
  // a Hocuspocus message: document name, Sync, step 2, the update.
  const sender = Buffer.from(identifier, 'utf8');
  const framedUpdate = (documentName: string, update: Uint8Array) => {
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, documentName);
    encoding.writeVarUint(encoder, SYNC_MESSAGE);
    encoding.writeVarUint(encoder, SYNC_STEP_2);
    encoding.writeVarUint8Array(encoder, update);
    return Buffer.concat([Buffer.from([sender.length]), sender, encoding.toUint8Array(encoder)]);
  };
  const checks = new Map<string, NodeJS.Timeout>();
  const checkLater = (payload: onChangePayload) => {
    if (checks.has(payload.documentName)) return;
    const timer = setTimeout(() => {
      checks.delete(payload.documentName);
      if (!payload.document.isDestroyed) void redis.onChange(payload);
    }, CHECK_EVERY_MS);
    timer.unref();
    checks.set(payload.documentName, timer);
  };

  link.onRecovered(() => {
    const documents = instance?.documents.size ?? 0;
    logger.info('redis-resync', { documents, droppedWhileDown: dropped });
    dropped = 0;
    instance?.documents.forEach((document, name) => join(name, document));
  });

  return {
    extensionName: 'goals-first-redis',
    priority: 1000,
    async onConfigure(payload) {
      instance = payload.instance;
      await redis.onConfigure(payload);
    },
    afterLoadDocument({ documentName, document }) {
      join(documentName, document);
      return Promise.resolve();
    },
    onChange(payload) {
      if (payload.transactionOrigin === redis.redisTransactionOrigin) return Promise.resolve();
      const channel = `${prefix}:${payload.documentName}`;
      void publisher.publish(channel, framedUpdate(payload.documentName, payload.update));
      checkLater(payload);
      return Promise.resolve();
    },
    onAwarenessUpdate: (payload) => redis.onAwarenessUpdate(payload),
    beforeBroadcastStateless: (payload) => redis.beforeBroadcastStateless(payload),
    beforeUnloadDocument: (payload) => redis.beforeUnloadDocument(payload),
    afterUnloadDocument(payload) {
      clearTimeout(checks.get(payload.documentName));
      checks.delete(payload.documentName);
      return redis.afterUnloadDocument(payload);
    },
    // The link closes the clients (server/app.ts); the extension's own redlock client is the
    // publisher, closed with them.
  };
}
