// The server's settings, from the environment (README: "Run the server"). Every value is
// checked; a wrong one stops the server at start with a message naming it.
import { resolve } from 'node:path';
import { DEFAULT_LIMITS, type Limits } from './limits.ts';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  distDir: string;
  storage: 'sqlite' | 'memory' | 'postgres';
  /** Postgres (storage 'postgres'): documents, spaces and credentials shared by instances. */
  databaseUrl?: string;
  /** Instances joined through Redis; needs a shared database. */
  redisUrl?: string;
  redisPrefix: string;
  instanceId?: string;
  signupCode?: string;
  trustProxy: number;
  limits: Limits;
}

/** Environment variables for limits, by the field of Limits they set. */
const LIMIT_VARIABLES: Partial<Record<keyof Limits, string>> = {
  maxMessageBytes: 'MAX_MESSAGE_BYTES',
  maxDocumentBytes: 'MAX_DOCUMENT_BYTES',
  maxConnectionsPerSpace: 'MAX_CONNECTIONS_PER_SPACE',
  maxSocketsPerAddress: 'MAX_SOCKETS_PER_ADDRESS',
  maxFailedAttempts: 'MAX_FAILED_ATTEMPTS',
  maxMessagesPerSecond: 'MAX_MESSAGES_PER_SECOND',
  storeDebounceMs: 'STORE_DEBOUNCE_MS',
  storeMaxDebounceMs: 'STORE_MAX_DEBOUNCE_MS',
};

export class ConfigError extends Error {}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const integer = (name: string, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER) => {
    const text = env[name]?.trim();
    if (text === undefined || text === '') return fallback;
    const value = Number(text);
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, not "${text}".`);
    }
    return value;
  };

  /** An unset or blank variable means its default. */
  const text = (name: string, fallback: string) => {
    const value = env[name]?.trim();
    return value === undefined || value === '' ? fallback : value;
  };
  /** An unset or blank variable is absent. */
  const optional = (name: string) => {
    const value = env[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  const databaseUrl = optional('DATABASE_URL');
  const redisUrl = optional('REDIS_URL');
  const storage = text('STORAGE', databaseUrl ? 'postgres' : 'sqlite');
  if (storage !== 'sqlite' && storage !== 'memory' && storage !== 'postgres') {
    throw new ConfigError(`STORAGE must be "sqlite", "memory" or "postgres", not "${storage}".`);
  }
  // Never echoed back: a database URL may hold a password.
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must be a postgres:// or postgresql:// URL.');
  }
  if ((storage === 'postgres') !== (databaseUrl !== undefined)) {
    throw new ConfigError(
      storage === 'postgres'
        ? 'STORAGE=postgres needs DATABASE_URL.'
        : `DATABASE_URL is set, so STORAGE cannot be "${storage}": unset one of them.`,
    );
  }
  if (redisUrl !== undefined && !/^rediss?:\/\//.test(redisUrl)) {
    throw new ConfigError('REDIS_URL must be a redis:// or rediss:// URL.');
  }
  if (redisUrl !== undefined && storage !== 'postgres') {
    throw new ConfigError(
      'REDIS_URL joins several instances, which must share one database: set DATABASE_URL too.',
    );
  }
  const redisPrefix = text('REDIS_PREFIX', 'goals-first');
  if (!/^[\w.-]{1,64}$/.test(redisPrefix)) {
    throw new ConfigError('REDIS_PREFIX may hold letters, digits, "_", "." and "-" (up to 64).');
  }
  const instanceId = optional('INSTANCE_ID');
  if (instanceId !== undefined && !/^[\w.-]{1,64}$/.test(instanceId)) {
    throw new ConfigError('INSTANCE_ID may hold letters, digits, "_", "." and "-" (up to 64).');
  }
  const signupCode = env.SIGNUP_CODE;
  if (signupCode !== undefined && signupCode.length < 8) {
    throw new ConfigError('SIGNUP_CODE must be at least 8 characters long.');
  }
  const trust = env.TRUST_PROXY?.trim().toLowerCase();
  const trustProxy =
    trust === 'true' ? 1 : trust === 'false' ? 0 : integer('TRUST_PROXY', 0, 0, 10);

  const limits = { ...DEFAULT_LIMITS };
  for (const [field, name] of Object.entries(LIMIT_VARIABLES) as [keyof Limits, string][]) {
    limits[field] = integer(name, DEFAULT_LIMITS[field], 1);
  }
  // Ten seconds' worth in one burst (a first sync, an import applied change by change).
  limits.messageBurst = 10 * limits.maxMessagesPerSecond;
  if (limits.storeMaxDebounceMs < limits.storeDebounceMs) {
    throw new ConfigError('STORE_MAX_DEBOUNCE_MS must not be below STORE_DEBOUNCE_MS.');
  }

  return {
    port: integer('PORT', 8787, 0, 65_535),
    host: text('HOST', '127.0.0.1'),
    dataDir: resolve(text('DATA_DIR', 'data')),
    distDir: resolve(text('DIST_DIR', 'dist')),
    storage,
    ...(databaseUrl !== undefined && { databaseUrl }),
    ...(redisUrl !== undefined && { redisUrl }),
    redisPrefix,
    ...(instanceId !== undefined && { instanceId }),
    ...(signupCode !== undefined && { signupCode }),
    trustProxy,
    limits,
  };
}
