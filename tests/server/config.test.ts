import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../server/config.ts';
import { DEFAULT_LIMITS } from '../../server/limits.ts';

describe('the server settings', () => {
  it('default to a loopback server on 8787 with SQLite under ./data', () => {
    expect(readConfig({})).toEqual({
      port: 8787,
      host: '127.0.0.1',
      dataDir: resolve('data'),
      distDir: resolve('dist'),
      storage: 'sqlite',
      redisPrefix: 'goals-first',
      trustProxy: 0,
      limits: DEFAULT_LIMITS,
    });
  });

  it('take Postgres with DATABASE_URL, and instances joined by Redis with REDIS_URL', () => {
    const config = readConfig({
      DATABASE_URL: 'postgres://gf:secret@db.internal/goals',
      REDIS_URL: 'redis://cache.internal:6379',
      REDIS_PREFIX: 'gf-prod',
      INSTANCE_ID: 'web-2',
    });
    expect(config).toMatchObject({
      storage: 'postgres',
      databaseUrl: 'postgres://gf:secret@db.internal/goals',
      redisUrl: 'redis://cache.internal:6379',
      redisPrefix: 'gf-prod',
      instanceId: 'web-2',
    });
  });

  it('read every variable', () => {
    const config = readConfig({
      PORT: '0',
      HOST: '0.0.0.0',
      DATA_DIR: '/srv/gf',
      STORAGE: 'memory',
      SIGNUP_CODE: 'long enough',
      TRUST_PROXY: 'true',
      STORE_DEBOUNCE_MS: '100',
      MAX_CONNECTIONS_PER_SPACE: '4',
    });
    expect(config).toMatchObject({
      port: 0,
      host: '0.0.0.0',
      dataDir: '/srv/gf',
      storage: 'memory',
    });
    expect(config.signupCode).toBe('long enough');
    expect(config.trustProxy).toBe(1);
    expect(config.limits.storeDebounceMs).toBe(100);
    expect(config.limits.maxConnectionsPerSpace).toBe(4);
  });

  it('stop at a wrong value, naming it', () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ PORT: '80000' }, /PORT/],
      [{ PORT: 'eighty' }, /PORT/],
      [{ STORAGE: 'postgres' }, /STORAGE=postgres needs DATABASE_URL/],
      [{ STORAGE: 'mongo' }, /STORAGE/],
      [{ DATABASE_URL: 'mysql://db/goals' }, /DATABASE_URL must be a postgres/],
      [{ DATABASE_URL: 'postgres://db/goals', STORAGE: 'sqlite' }, /unset one of them/],
      // Instances on SQLite files of their own would not share spaces or documents.
      [{ REDIS_URL: 'redis://cache' }, /set DATABASE_URL too/],
      [{ DATABASE_URL: 'postgres://db/goals', REDIS_URL: 'http://cache' }, /REDIS_URL/],
      [{ REDIS_PREFIX: 'a b' }, /REDIS_PREFIX/],
      [{ INSTANCE_ID: 'x'.repeat(65) }, /INSTANCE_ID/],
      [{ SIGNUP_CODE: 'short' }, /SIGNUP_CODE/],
      [{ TRUST_PROXY: '-1' }, /TRUST_PROXY/],
      [{ MAX_MESSAGE_BYTES: '0' }, /MAX_MESSAGE_BYTES/],
      [{ STORE_DEBOUNCE_MS: '5000', STORE_MAX_DEBOUNCE_MS: '1000' }, /STORE_MAX_DEBOUNCE_MS/],
    ];
    for (const [env, message] of cases) {
      expect(() => readConfig(env), JSON.stringify(env)).toThrow(ConfigError);
      expect(() => readConfig(env)).toThrow(message);
    }
  });

  it('never repeat a database URL, which may hold a password', () => {
    expect(() => readConfig({ DATABASE_URL: 'mysql://gf:hunter2@db/goals' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('hunter2') as string }),
    );
  });
});
