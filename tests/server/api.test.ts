// /api: spaces, join and coach tokens, revocation; every body validated and bounded; signup
// closed beyond loopback without SIGNUP_CODE; wrong secrets limited per address.
import { afterEach, describe, expect, it } from 'vitest';
import {
  JOIN_TOKEN_LIFETIME_MS,
  parseToken,
  type SpaceSummary,
} from '../../src/domain/sync-protocol.ts';
import { startTestServer, type TestServer } from './support/harness.ts';

let t: TestServer;
afterEach(async () => {
  await t.stop();
});

const json = async (response: Response) => (await response.json()) as Record<string, unknown>;

describe('spaces and devices', () => {
  it('creates a space whose device token names the space, and lists its credentials', async () => {
    t = await startTestServer();
    const device = await t.createSpace('Laptop');
    expect(parseToken(device.deviceToken)).toMatchObject({
      spaceId: device.spaceId,
      credentialId: device.deviceId,
    });
    const coach = await t.issue('coach-tokens', device);
    const summary = await t.api(`/api/spaces/${device.spaceId}`, { token: device.deviceToken });
    expect(summary.status).toBe(200);
    expect(summary.headers.get('cache-control')).toBe('no-store');
    const { credentials } = (await summary.json()) as SpaceSummary;
    expect(credentials).toEqual([
      {
        id: device.deviceId,
        kind: 'device',
        label: 'Laptop',
        createdAt: expect.any(Number) as number,
        current: true,
      },
      { id: coach.id, kind: 'coach', createdAt: expect.any(Number) as number, current: false },
    ]);
  });

  it('exchanges a join token once, before it expires, for a device of the same space', async () => {
    let now = 1_780_000_000_000;
    t = await startTestServer({ now: () => now });
    const laptop = await t.createSpace();
    const join = await t.issue('join-tokens', laptop);
    expect(join.expiresAt).toBe(now + JOIN_TOKEN_LIFETIME_MS);

    const first = await t.api('/api/join', {
      body: { joinToken: join.token, deviceName: 'Phone' },
    });
    expect(first.status).toBe(201);
    const phone = await json(first);
    expect(phone.spaceId).toBe(laptop.spaceId);
    const again = await t.api('/api/join', { body: { joinToken: join.token } });
    expect(again.status).toBe(410);
    expect(await json(again)).toMatchObject({ error: 'link-expired' });

    const late = await t.issue('join-tokens', laptop);
    now += JOIN_TOKEN_LIFETIME_MS;
    expect(await json(await t.api('/api/join', { body: { joinToken: late.token } }))).toMatchObject(
      {
        error: 'link-expired',
      },
    );
    // A device token is not a join token.
    expect(
      await json(await t.api('/api/join', { body: { joinToken: laptop.deviceToken } })),
    ).toMatchObject({ error: 'forbidden' });
  });

  it('revokes a device (itself too), refuses it afterwards, and deletes a space', async () => {
    t = await startTestServer();
    const laptop = await t.createSpace();
    const join = await t.issue('join-tokens', laptop);
    const phone = await json(await t.api('/api/join', { body: { joinToken: join.token } }));
    const phoneToken = String(phone.deviceToken);

    // The phone leaves: it revokes itself.
    const leave = await t.api(
      `/api/spaces/${laptop.spaceId}/credentials/${String(phone.deviceId)}`,
      {
        method: 'DELETE',
        token: phoneToken,
      },
    );
    expect(leave.status).toBe(204);
    const refused = await t.api(`/api/spaces/${laptop.spaceId}`, { token: phoneToken });
    expect(refused.status).toBe(403);
    expect(await json(refused)).toMatchObject({ error: 'revoked' });

    // Another space's credential cannot be revoked from here.
    const other = await t.createSpace();
    const foreign = await t.api(`/api/spaces/${laptop.spaceId}/credentials/${other.deviceId}`, {
      method: 'DELETE',
      token: laptop.deviceToken,
    });
    expect(foreign.status).toBe(404);
    expect((await t.storage.getCredential(other.deviceId))?.revokedAt).toBeUndefined();
    // Nor with a token of another space.
    const cross = await t.api(`/api/spaces/${laptop.spaceId}`, { token: other.deviceToken });
    expect(await json(cross)).toMatchObject({ error: 'forbidden' });

    const deleted = await t.api(`/api/spaces/${laptop.spaceId}`, {
      method: 'DELETE',
      token: laptop.deviceToken,
    });
    expect(deleted.status).toBe(204);
    const gone = await t.api(`/api/spaces/${laptop.spaceId}`, { token: laptop.deviceToken });
    expect(gone.status).toBe(410);
    expect(await json(gone)).toMatchObject({ error: 'space-gone' });
    expect(await t.storage.listCredentials(laptop.spaceId)).toEqual([]);
  });

  it('stops issuing what a space already has enough of', async () => {
    t = await startTestServer({ limits: { coachTokensPerSpace: 2, devicesPerSpace: 2 } });
    const device = await t.createSpace();
    await t.issue('coach-tokens', device);
    const second = await t.issue('coach-tokens', device);
    const third = await t.api(`/api/spaces/${device.spaceId}/coach-tokens`, {
      body: {},
      token: device.deviceToken,
    });
    expect(third.status).toBe(409);
    expect(await json(third)).toMatchObject({ error: 'limit-reached' });
    // A revoked one frees its place.
    await t.api(`/api/spaces/${device.spaceId}/credentials/${second.id}`, {
      method: 'DELETE',
      token: device.deviceToken,
    });
    expect(
      (
        await t.api(`/api/spaces/${device.spaceId}/coach-tokens`, {
          body: {},
          token: device.deviceToken,
        })
      ).status,
    ).toBe(201);

    const joins = await Promise.all([
      t.issue('join-tokens', device),
      t.issue('join-tokens', device),
    ]);
    expect((await t.api('/api/join', { body: { joinToken: joins[0].token } })).status).toBe(201);
    expect(
      await json(await t.api('/api/join', { body: { joinToken: joins[1].token } })),
    ).toMatchObject({
      error: 'limit-reached',
    });
  });
});

describe('bodies', () => {
  it('refuses what is not the JSON it expects, with a reason and without echoing it', async () => {
    t = await startTestServer();
    const cases: [RequestInit, number, string][] = [
      [
        { body: 'deviceName=x', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } },
        400,
        'invalid-request',
      ],
      [
        { body: '{"deviceName":', headers: { 'Content-Type': 'application/json' } },
        400,
        'invalid-request',
      ],
      [
        {
          body: '{"deviceName":"x","admin":true}',
          headers: { 'Content-Type': 'application/json' },
        },
        400,
        'invalid-request',
      ],
      [
        {
          body: JSON.stringify({ deviceName: 'x'.repeat(61) }),
          headers: { 'Content-Type': 'application/json' },
        },
        400,
        'invalid-request',
      ],
      [{ body: '[]', headers: { 'Content-Type': 'application/json' } }, 400, 'invalid-request'],
    ];
    for (const [init, status, error] of cases) {
      const response = await fetch(`${t.url}/api/spaces`, { method: 'POST', ...init });
      expect(response.status).toBe(status);
      const body = await json(response);
      expect(body).toMatchObject({ error });
      expect(String(body.message)).not.toContain('xxxx');
    }
    const secretish = 'Q'.repeat(83);
    const join = await json(await t.api('/api/join', { body: { joinToken: secretish } }));
    expect(join).toMatchObject({ error: 'invalid-request' });
    expect(JSON.stringify(join)).not.toContain(secretish);
    expect(t.logs.join('\n')).not.toContain(secretish);
  });

  it('refuses a body over the limit without reading it all, and keeps serving', async () => {
    t = await startTestServer({ limits: { maxBodyBytes: 1024 } });
    const big = JSON.stringify({ deviceName: 'x', pad: 'y'.repeat(5000) });
    const announced = await fetch(`${t.url}/api/spaces`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: big,
    });
    expect(announced.status).toBe(413);
    expect(await json(announced)).toMatchObject({ error: 'body-too-large' });
    // Streamed without a length: counted as it arrives.
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(500)));
        controller.close();
      },
    });
    const streamed = await fetch(`${t.url}/api/spaces`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect((await t.api('/api/spaces', { body: {} })).status).toBe(201);
  });

  it('answers unknown routes and methods with JSON, never the app', async () => {
    t = await startTestServer();
    for (const path of [
      '/api',
      '/api/',
      '/api/nothing',
      '/api/spaces/x/y/z',
      '/api/spaces/not-an-id',
    ]) {
      const response = await fetch(`${t.url}${path}`);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type')).toContain('application/json');
    }
    const put = await fetch(`${t.url}/api/spaces`, { method: 'PUT' });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('POST');
  });
});

describe('signup', () => {
  it('is open on a loopback host and needs the code when one is set', async () => {
    t = await startTestServer({ signupCode: 'open sesame' });
    expect((await t.api('/api/spaces', { body: {} })).status).toBe(403);
    expect(
      await json(await t.api('/api/spaces', { body: { signupCode: 'wrong code' } })),
    ).toMatchObject({
      error: 'signup-code-required',
    });
    expect((await t.api('/api/spaces', { body: { signupCode: 'open sesame' } })).status).toBe(201);
  });

  it('is closed behind a proxy without SIGNUP_CODE: the proxy makes loopback public', async () => {
    t = await startTestServer({ trustProxy: 1 });
    expect(await json(await t.api('/api/spaces', { body: {} }))).toMatchObject({
      error: 'signup-code-required',
    });
  });

  it('is closed beyond loopback without SIGNUP_CODE, and says so in the log', async () => {
    t = await startTestServer({ host: '0.0.0.0' });
    const refused = await fetch(`${t.url.replace('0.0.0.0', '127.0.0.1')}/api/spaces`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(refused.status).toBe(403);
    expect(await json(refused)).toMatchObject({ error: 'signup-code-required' });
    expect(t.logs.join('\n')).toContain('"event":"signup-closed"');
  });
});

describe('failed attempts', () => {
  it('blocks an address after too many wrong secrets, right ones too, and no other address', async () => {
    t = await startTestServer({
      trustProxy: 1,
      signupCode: 'behind-a-proxy',
      limits: { maxFailedAttempts: 3 },
    });
    const device = await t.createSpace();
    const wrong = `${device.deviceToken.slice(0, -4)}AAAA`;
    const ask = (token: string, address: string) =>
      t.api(`/api/spaces/${device.spaceId}`, { token, address });
    for (let i = 0; i < 3; i++) expect((await ask(wrong, '203.0.113.7')).status).toBe(401);
    const blocked = await ask(device.deviceToken, '203.0.113.7');
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await json(blocked)).toMatchObject({ error: 'too-many-attempts' });
    expect((await ask(device.deviceToken, '203.0.113.8')).status).toBe(200);
    // Join tokens count too.
    const join = await t.issue('join-tokens', device);
    const badJoin = `${join.token.slice(0, -4)}AAAA`;
    for (let i = 0; i < 3; i++)
      await t.api('/api/join', { body: { joinToken: badJoin }, address: '198.51.100.1' });
    expect(
      (await t.api('/api/join', { body: { joinToken: join.token }, address: '198.51.100.1' }))
        .status,
    ).toBe(429);
  });

  it('ignores X-Forwarded-For unless TRUST_PROXY says a proxy stands in front', async () => {
    t = await startTestServer({ limits: { maxFailedAttempts: 2 } });
    const device = await t.createSpace();
    const wrong = `${device.deviceToken.slice(0, -4)}AAAA`;
    for (const address of ['192.0.2.1', '192.0.2.2']) {
      await t.api(`/api/spaces/${device.spaceId}`, { token: wrong, address });
    }
    // Both came from 127.0.0.1 whatever the header said: that address is now blocked.
    const response = await t.api(`/api/spaces/${device.spaceId}`, {
      token: device.deviceToken,
      address: '192.0.2.3',
    });
    expect(response.status).toBe(429);
  });
});
