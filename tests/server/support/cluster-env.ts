// What the global setup (tests/server/support/global-setup.ts) started, for the test files:
// the shared Postgres and Redis, a fresh database per caller, and Postgres or Redis of a test's
// own for the tests that stop and restart them.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { startPostgres, startRedis, type PostgresService, type RedisService } from './services.ts';

export const services = {
  postgresUrl: inject('postgresUrl'),
  redisUrl: inject('redisUrl'),
};

/** Whether the tests that need Postgres and Redis can run (under CI they always can). */
export const haveServices = services.postgresUrl !== '' && services.redisUrl !== '';

/** A new, empty database on the shared cluster (or on `adminUrl`): its URL. */
export async function freshDatabase(adminUrl = services.postgresUrl): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  const name = `gf_${randomBytes(6).toString('hex')}`;
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A Postgres cluster of the caller's own, to stop and start. */
export function ownPostgres(): Promise<PostgresService> {
  return startPostgres(inject('postgresBin'), inject('postgresTemplate'));
}

/** A Redis of the caller's own, to stop and start. */
export function ownRedis(): Promise<RedisService> {
  return startRedis(inject('redisBin'));
}
