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
//
// (That an update arriving through Redis is not stored by this instance is handled in
// server/extensions/storage-extension.ts.)
import { Redis } from '@hocuspocus/extension-redis';
import type { Document, Extension, Hocuspocus } from '@hocuspocus/server';
import { describeError, type Logger } from '../log.ts';
import type { RedisLink } from './redis-link.ts';

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
    onChange: (payload) => redis.onChange(payload),
    onAwarenessUpdate: (payload) => redis.onAwarenessUpdate(payload),
    beforeBroadcastStateless: (payload) => redis.beforeBroadcastStateless(payload),
    beforeUnloadDocument: (payload) => redis.beforeUnloadDocument(payload),
    afterUnloadDocument: (payload) => redis.afterUnloadDocument(payload),
    // The link closes the clients (server/app.ts); the extension's own redlock client is the
    // publisher, closed with them.
  };
}
