// No secret ever reaches the logs: a whole session of the server process (spaces, joins, coach
// links, wrong secrets over /api and /sync, revocations, shutdown) is run, and its output is
// searched for every secret handled, whole or in part, and for their hashes.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import {
  parseToken,
  shareDocumentName,
  spaceDocumentName,
  type DeviceCredential,
  type IssuedToken,
} from '../../src/domain/sync-protocol.ts';
import { spawnServer } from './support/child-server.ts';
import { openClient, setTitle, waitFor } from './support/harness.ts';
import { makeSite } from './support/site.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'gf-logs-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

it(
  'the logs of a whole session hold no secret, token or hash of one',
  { timeout: 20_000 },
  async () => {
    const signupCode = 'a-signup-code-for-tests';
    const server = await spawnServer({
      DATA_DIR: dataDir,
      DIST_DIR: makeSite(),
      SIGNUP_CODE: signupCode,
    });
    const secrets: string[] = [signupCode];
    const call = async (path: string, body?: unknown, token?: string, method?: string) => {
      const response = await fetch(`${server.url}${path}`, {
        method: method ?? (body === undefined ? 'GET' : 'POST'),
        headers: {
          ...(body !== undefined && { 'Content-Type': 'application/json' }),
          ...(token && { Authorization: `Bearer ${token}` }),
        },
        ...(body !== undefined && { body: JSON.stringify(body) }),
      });
      return response.status === 204 ? null : ((await response.json()) as unknown);
    };

    await call('/api/spaces', { signupCode: 'not-the-code' });
    const laptop = (await call('/api/spaces', {
      signupCode,
      deviceName: 'Laptop',
    })) as DeviceCredential;
    const join = (await call(
      `/api/spaces/${laptop.spaceId}/join-tokens`,
      {},
      laptop.deviceToken,
    )) as IssuedToken;
    const phone = (await call('/api/join', { joinToken: join.token })) as DeviceCredential;
    const coach = (await call(
      `/api/spaces/${laptop.spaceId}/coach-tokens`,
      {},
      laptop.deviceToken,
    )) as IssuedToken;
    const wrong = `${laptop.deviceToken.slice(0, -6)}ZZZZZZ`;
    secrets.push(
      'not-the-code',
      laptop.deviceToken,
      join.token,
      phone.deviceToken,
      coach.token,
      wrong,
    );

    await call(`/api/spaces/${laptop.spaceId}`, undefined, wrong);
    await call('/api/join', { joinToken: join.token }); // used already
    await call('/api/join', { joinToken: wrong });

    const space = openClient(server.wsUrl, spaceDocumentName(laptop.spaceId), laptop.deviceToken);
    const reader = openClient(server.wsUrl, shareDocumentName(laptop.spaceId), coach.token);
    const intruder = openClient(server.wsUrl, spaceDocumentName(laptop.spaceId), wrong);
    await Promise.all([space.synced(), reader.synced(), intruder.refused()]);
    setTitle(space.doc, 't1', 'A task');
    await waitFor(() => !space.provider.hasUnsyncedChanges, 'the edit');
    await call(
      `/api/spaces/${laptop.spaceId}/credentials/${coach.id}`,
      undefined,
      laptop.deviceToken,
      'DELETE',
    );
    await reader.refused();
    const revoked = openClient(server.wsUrl, shareDocumentName(laptop.spaceId), coach.token);
    await revoked.refused();
    [space, reader, intruder, revoked].forEach((client) => client.destroy());

    server.process.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    const output = server.output();
    // The log is not empty: it did record the session, by ids.
    expect(output).toContain(laptop.spaceId);
    expect(output).toContain('"reason":"wrong-secret"');
    expect(output).toContain('"reason":"revoked"');

    const forms = secrets.flatMap((secret) => {
      const hash = createHash('sha256').update(secret).digest();
      const parts = [
        secret,
        hash.toString('hex'),
        hash.toString('base64'),
        hash.toString('base64url'),
      ];
      const parsed = parseToken(secret);
      if (parsed) {
        const partHash = createHash('sha256').update(parsed.secret).digest();
        parts.push(
          parsed.secret,
          partHash.toString('hex'),
          partHash.toString('base64'),
          partHash.toString('base64url'),
        );
      }
      return parts;
    });
    for (const form of forms) expect(output).not.toContain(form);
    // Nor any piece of 12 characters of one (a log line that cut a secret short, say).
    for (const secret of secrets) {
      const part = parseToken(secret)?.secret ?? secret;
      for (let i = 0; i + 12 <= part.length; i++)
        expect(output).not.toContain(part.slice(i, i + 12));
    }
  },
);
