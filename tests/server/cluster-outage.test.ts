// Redis and Postgres restarted under two running instances (each test runs a Redis or a
// Postgres of its own, since it stops them): the instances keep serving what they can, refuse
// what they cannot do safely, say so (log, /healthz), and recover by themselves, losing nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { spaceDocumentName, type DeviceCredential } from '../../src/domain/sync-protocol.ts';
import {
  freshDatabase,
  haveServices,
  ownPostgres,
  ownRedis,
  services,
} from './support/cluster-env.ts';
import { SIGNUP_CODE, startDeployment, type Deployment } from './support/deployment.ts';
import { setTitle, titleOf, waitFor, type Client } from './support/harness.ts';
import type { PostgresService, RedisService } from './support/services.ts';

let d: Deployment | undefined;
let redis: RedisService | undefined;
let postgres: PostgresService | undefined;
afterEach(async () => {
  await d?.stop();
  await redis?.destroy();
  await postgres?.destroy();
  d = undefined;
  redis = undefined;
  postgres = undefined;
});

const logged = (deployment: Deployment, index: number, event: string) =>
  deployment.output(index).includes(`"event":"${event}"`);

async function joinedDevices(deployment: Deployment, count: number) {
  const first = await deployment.createSpace();
  const all: DeviceCredential[] = [first];
  for (let i = 1; i < count; i++) {
    const join = await deployment.issue('join-tokens', first);
    const joined = await deployment.api('/api/join', { body: { joinToken: join.token } });
    all.push(joined.body as DeviceCredential);
  }
  return all;
}

const acknowledged = (client: Client) =>
  waitFor(() => !client.provider.hasUnsyncedChanges, 'the server’s acknowledgement');

describe.skipIf(!haveServices)(
  'services restarted under running instances',
  { timeout: 40_000 },
  () => {
    it('Redis: each instance serves its own devices meanwhile, then resynchronises and applies what it missed', async () => {
      redis = await ownRedis();
      const deployment = (d = await startDeployment({
        count: 2,
        databaseUrl: await freshDatabase(),
        redisUrl: redis.url,
      }));
      const [laptop, phone, tablet] = await joinedDevices(deployment, 3);
      const name = spaceDocumentName(laptop!.spaceId);
      const a = await deployment.open(name, laptop!.deviceToken, { instance: 0 });
      const b = await deployment.open(name, phone!.deviceToken, { instance: 1 });
      const c = await deployment.open(name, tablet!.deviceToken, { instance: 1 });
      await Promise.all([a.synced(), b.synced(), c.synced()]);

      await redis.stop();
      await waitFor(
        () => logged(deployment, 0, 'redis-lost') && logged(deployment, 1, 'redis-lost'),
        'both instances noticing',
      );
      // Not a reason to take the instances out of the balancer: they still serve their devices.
      expect(await deployment.api('/healthz', { instance: 0 })).toEqual({
        status: 200,
        body: { status: 'ok', storage: 'ok', redis: 'down' },
      });
      setTitle(a.doc, 'from-a', 'Edited on instance 0 while Redis was down');
      setTitle(b.doc, 'from-b', 'Edited on instance 1 while Redis was down');
      await Promise.all([acknowledged(a), acknowledged(b)]);
      await waitFor(() => titleOf(c.doc, 'from-b') !== undefined, 'the same instance’s devices');
      // Revoked while the bus is down: instance 1 cannot hear of it yet.
      const revoked = await deployment.api(
        `/api/spaces/${laptop!.spaceId}/credentials/${tablet!.deviceId}`,
        { method: 'DELETE', token: laptop!.deviceToken, instance: 0 },
      );
      expect(revoked.status).toBe(204);

      const restartedAt = Date.now();
      await redis.start();
      await waitFor(
        () => logged(deployment, 0, 'redis-recovered') && logged(deployment, 1, 'redis-recovered'),
        'both instances recovering',
        10_000,
      );
      await waitFor(
        () => titleOf(a.doc, 'from-b') !== undefined && titleOf(b.doc, 'from-a') !== undefined,
        'the edits made apart, exchanged',
        10_000,
      );
      expect(Date.now() - restartedAt).toBeLessThan(10_000);
      expect(a.doc.getMap('tasks').toJSON()).toEqual(b.doc.getMap('tasks').toJSON());
      // What the bus could not carry, the check on reconnecting did.
      expect(await c.refused()).toMatchObject({ reason: 'revoked' });
      expect(logged(deployment, 1, 'revocations-checked')).toBe(true);
      expect((await deployment.api('/healthz', { instance: 1 })).body).toEqual({
        status: 'ok',
        storage: 'ok',
        redis: 'ok',
      });
      // And edits cross again as they happen.
      setTitle(b.doc, 'after', 'After the restart');
      await waitFor(() => titleOf(a.doc, 'after') === 'After the restart', 'live edits again');
    });

    it('Postgres: changes are refused while it is gone, loudly, and flow again when it is back, losing nothing', async () => {
      postgres = await ownPostgres();
      const deployment = (d = await startDeployment({
        count: 2,
        databaseUrl: await freshDatabase(postgres.url),
        redisUrl: services.redisUrl,
        env: { STORE_DEBOUNCE_MS: '100', STORE_MAX_DEBOUNCE_MS: '300' },
      }));
      const [laptop, phone] = await joinedDevices(deployment, 2);
      const name = spaceDocumentName(laptop!.spaceId);
      const a = await deployment.open(name, laptop!.deviceToken, { instance: 0 });
      const b = await deployment.open(name, phone!.deviceToken, { instance: 1 });
      await Promise.all([a.synced(), b.synced()]);
      setTitle(a.doc, 'before', 'Stored before the database went away');
      await waitFor(() => titleOf(b.doc, 'before') !== undefined, 'the first edit');

      await postgres.stop('immediate');
      setTitle(a.doc, 'during', 'Made as the database went away');
      await waitFor(
        () => logged(deployment, 0, 'storage-failing') && logged(deployment, 1, 'storage-failing'),
        'both instances noticing',
      );
      for (const instance of [0, 1]) {
        const health = await deployment.api('/healthz', { instance });
        expect(health).toEqual({
          status: 503,
          body: { status: 'storage-unavailable', storage: 'failing', redis: 'ok' },
        });
      }
      // Nothing more is taken that could not be stored; the device keeps it.
      setTitle(b.doc, 'refused', 'Refused while the database is gone');
      expect(await b.refused()).toMatchObject({ reason: 'storage-unavailable' });
      const signup = await deployment.api('/api/spaces', { body: { signupCode: SIGNUP_CODE } });
      expect(signup.status).toBe(503);

      await postgres.start();
      await waitFor(
        () =>
          logged(deployment, 0, 'storage-recovered') && logged(deployment, 1, 'storage-recovered'),
        'both instances recovering',
        10_000,
      );
      await waitFor(
        () => titleOf(a.doc, 'refused') !== undefined,
        'the refused change, sent again',
        10_000,
      );
      await waitFor(
        async () => (await deployment.api('/healthz', { instance: 0 })).status === 200,
        'healthy again',
      );
      // Stored: every instance killed, the devices with them, a new instance reads it all back.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await Promise.all([deployment.kill(0), deployment.kill(1)]);
      a.destroy();
      b.destroy();
      await deployment.start(0);
      expect(Object.keys(await deployment.readBack(name, laptop!.deviceToken)).sort()).toEqual([
        'before',
        'during',
        'refused',
      ]);
    });
  },
);
