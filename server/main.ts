// `npm run server`: the Goals First server as configured by the environment (server/config.ts).
// SIGTERM or SIGINT: stop taking connections, store every document, close the database, exit 0.
// A second signal while that runs exits at once (code 1).
import { join } from 'node:path';
import { startServer } from './app.ts';
import { ConfigError, readConfig, type Config } from './config.ts';
import { createLogger, describeError } from './log.ts';
import { MissingBuildError } from './http/static-site.ts';
import { createMemoryStorage } from './storage/memory-storage.ts';
import { openPostgresStorage } from './storage/postgres-storage.ts';
import { openSqliteStorage } from './storage/sqlite-storage.ts';
import type { Storage } from './storage/storage.ts';

const logger = createLogger();

function openStorage(config: Config): Promise<Storage> {
  if (config.storage === 'memory') return Promise.resolve(createMemoryStorage());
  if (config.storage === 'postgres' && config.databaseUrl !== undefined) {
    return openPostgresStorage(config.databaseUrl, { logger });
  }
  return openSqliteStorage(join(config.dataDir, 'goals-first.sqlite'));
}

async function main(): Promise<void> {
  const config = readConfig();
  const storage = await openStorage(config);
  logger.info('storage', {
    kind: config.storage,
    ...(config.storage === 'sqlite' && { dataDir: config.dataDir }),
  });

  const server = await startServer({
    distDir: config.distDir,
    storage,
    host: config.host,
    port: config.port,
    trustProxy: config.trustProxy,
    limits: config.limits,
    logger,
    ...(config.signupCode !== undefined && { signupCode: config.signupCode }),
    ...(config.redisUrl !== undefined && {
      cluster: {
        redisUrl: config.redisUrl,
        prefix: config.redisPrefix,
        ...(config.instanceId !== undefined && { instanceId: config.instanceId }),
      },
    }),
  });

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn('forced-exit', { signal });
      process.exit(1);
    }
    stopping = true;
    logger.info('stopping', { signal });
    server
      .close()
      .then(() => storage.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error('stop-failed', { error: describeError(error) });
          process.exit(1);
        },
      );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof MissingBuildError;
  logger.error('start-failed', { error: describeError(error) });
  if (!known) console.error(error);
  process.exit(1);
});
