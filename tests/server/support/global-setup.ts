// Vitest global setup of the server tests: one Postgres cluster and one Redis for the whole run
// (tests/server/support/services.ts), so `npm test` needs nothing started by hand. Test files
// read their addresses with `inject` (tests/server/support/cluster-env.ts).
//
// Under CI (CI=true) a missing Postgres or Redis fails the run: a suite that skips what it
// cannot run would pass without proving anything. Elsewhere the tests that need them are
// skipped, and this says why.
import type { TestProject } from 'vitest/node';
import {
  makePostgresTemplate,
  postgresBin,
  redisBin,
  startPostgres,
  startRedis,
  type PostgresService,
  type RedisService,
} from './services.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** postgres://… of the shared cluster's maintenance database, or '' when unavailable. */
    postgresUrl: string;
    /** A cluster directory to copy for a Postgres of a test's own (restarted by that test). */
    postgresTemplate: string;
    postgresBin: string;
    redisUrl: string;
    redisBin: string;
  }
}

export default async function setup(project: TestProject) {
  const ci = process.env.CI === 'true';
  const pgBin = postgresBin();
  const rdBin = redisBin();
  const missing = [
    !pgBin && 'Postgres (initdb, pg_ctl: apt-get install postgresql)',
    !rdBin && 'Redis (redis-server: apt-get install redis-server)',
  ].filter(Boolean);
  if (missing.length > 0) {
    const message = `Not installed: ${missing.join('; ')}.`;
    if (ci) throw new Error(`${message} CI runs every test: install them (.ci/run does).`);
    console.warn(`\n${message} The tests that need them are skipped.\n`);
  }

  let postgres: PostgresService | undefined;
  let redis: RedisService | undefined;
  let template = '';
  try {
    if (pgBin) {
      template = await makePostgresTemplate(pgBin);
      postgres = await startPostgres(pgBin, template);
    }
    if (rdBin) redis = await startRedis(rdBin);
  } catch (error) {
    await postgres?.destroy();
    await redis?.destroy();
    throw error;
  }
  project.provide('postgresUrl', postgres?.url ?? '');
  project.provide('postgresTemplate', template);
  project.provide('postgresBin', pgBin ?? '');
  project.provide('redisUrl', redis?.url ?? '');
  project.provide('redisBin', rdBin ?? '');

  return async () => {
    await postgres?.destroy();
    await redis?.destroy();
    if (template) {
      const { rmSync } = await import('node:fs');
      rmSync(template, { recursive: true, force: true });
    }
  };
}
