// Spaces and their credentials (DESIGN.md §9): what /api does, apart from HTTP. A space is
// created with its first device; a device issues join tokens (exchanged once for a device of
// its own) and coach tokens (read-only on the share document); a device revokes any credential
// of its space, itself included (leaving), or deletes the space.
import {
  JOIN_TOKEN_LIFETIME_MS,
  type ApiError,
  type CoachTokenRequest,
  type CreateSpaceRequest,
  type CredentialKind,
  type DeviceCredential,
  type IssuedToken,
  type JoinRequest,
  type SpaceSummary,
} from '../../src/domain/sync-protocol.ts';
import type { TokenChecker } from '../auth/token-checker.ts';
import {
  formatToken,
  hashSecret,
  randomCredentialId,
  randomSecret,
  randomSpaceId,
  sameText,
} from '../auth/secrets.ts';
import type { AttemptLimiter } from '../auth/attempt-limiter.ts';
import type { CredentialRecord, Storage } from '../storage/storage.ts';

export type Outcome<T> =
  { ok: true; value: T } | { ok: false; error: ApiError; message: string; retryAfterMs?: number };

export interface CredentialLimits {
  devicesPerSpace: number;
  coachTokensPerSpace: number;
  joinTokensPerSpace: number;
}

export interface SpaceServiceOptions {
  storage: Storage;
  checkToken: TokenChecker;
  limiter: AttemptLimiter;
  /** When set, creating a space needs it; `signupOpen: false` without a code refuses all. */
  signupCode?: string;
  signupOpen: boolean;
  limits: CredentialLimits;
  now?: () => number;
  /** Called after a credential was revoked or its space deleted: close its connections. */
  onRevoked(credential: CredentialRecord): void;
  onSpaceDeleted(spaceId: string): void;
}

const MESSAGES: Record<ApiError, string> = {
  'wrong-secret': 'This device or link is not known to the server.',
  revoked: 'This device or link was revoked.',
  forbidden: 'This link cannot do that.',
  'space-gone': 'This sync space was deleted.',
  'too-many-attempts': 'Too many wrong secrets from this address. Try again later.',
  'link-expired': 'This link was already used or has expired. Ask for a new one.',
  'signup-code-required': 'This server needs its signup code to turn sync on.',
  'limit-reached': 'This sync space has as many of those as it can have.',
  'invalid-request': 'The request is not what the server expects.',
  'body-too-large': 'The request is larger than the server accepts.',
  'not-found': 'There is nothing here.',
  'method-not-allowed': 'That method is not allowed here.',
  'storage-unavailable': 'The server cannot store anything right now. Try again in a moment.',
};

export const refuse = <T>(error: ApiError, retryAfterMs?: number): Outcome<T> => ({
  ok: false,
  error,
  message: MESSAGES[error],
  ...(retryAfterMs !== undefined && { retryAfterMs }),
});

const ok = <T>(value: T): Outcome<T> => ({ ok: true, value });

export interface SpaceService {
  createSpace(address: string, request: CreateSpaceRequest): Promise<Outcome<DeviceCredential>>;
  join(address: string, request: JoinRequest): Promise<Outcome<DeviceCredential>>;
  /** The device behind a bearer token, if it belongs to `spaceId`. */
  device(address: string, token: string, spaceId: string): Promise<Outcome<CredentialRecord>>;
  summary(device: CredentialRecord): Promise<Outcome<SpaceSummary>>;
  issueJoinToken(device: CredentialRecord): Promise<Outcome<IssuedToken>>;
  issueCoachToken(
    device: CredentialRecord,
    request: CoachTokenRequest,
  ): Promise<Outcome<IssuedToken>>;
  revoke(device: CredentialRecord, credentialId: string): Promise<Outcome<null>>;
  deleteSpace(device: CredentialRecord): Promise<Outcome<null>>;
}

export function createSpaceService(options: SpaceServiceOptions): SpaceService {
  const { storage, checkToken, limiter, limits, now = Date.now } = options;

  const newCredential = (
    spaceId: string,
    kind: CredentialKind,
    extra: Partial<CredentialRecord> = {},
  ) => {
    const secret = randomSecret();
    const record: CredentialRecord = {
      id: randomCredentialId(),
      spaceId,
      kind,
      secretHash: hashSecret(secret),
      createdAt: now(),
      ...extra,
    };
    return { record, token: formatToken(spaceId, record.id, secret) };
  };

  const usable = (c: CredentialRecord, at: number) =>
    c.revokedAt === undefined &&
    (c.kind !== 'join' || (c.usedAt === undefined && (c.expiresAt ?? 0) > at));

  const activeOfKind = async (spaceId: string, kind: CredentialKind) => {
    const at = now();
    return (await storage.listCredentials(spaceId)).filter((c) => c.kind === kind && usable(c, at))
      .length;
  };

  const label = (text: string | undefined) => (text ? { label: text } : {});

  return {
    async createSpace(address, request) {
      const retryAfterMs = limiter.retryAfter(address);
      if (retryAfterMs > 0) return refuse('too-many-attempts', retryAfterMs);
      if (options.signupCode !== undefined) {
        if (!sameText(request.signupCode ?? '', options.signupCode)) {
          if (request.signupCode !== undefined) limiter.fail(address);
          return refuse('signup-code-required');
        }
      } else if (!options.signupOpen) {
        return refuse('signup-code-required');
      }
      const spaceId = randomSpaceId();
      const device = newCredential(spaceId, 'device', label(request.deviceName));
      await storage.createSpace({ id: spaceId, createdAt: now() }, device.record);
      return ok({ spaceId, deviceId: device.record.id, deviceToken: device.token });
    },

    async join(address, request) {
      const check = await checkToken(address, request.joinToken);
      if (!check.ok) {
        return refuse(
          check.refusal === 'revoked' ? 'link-expired' : check.refusal,
          'retryAfterMs' in check ? check.retryAfterMs : undefined,
        );
      }
      const { credential: joinToken } = check;
      if (joinToken.kind !== 'join') return refuse('forbidden');
      if ((await activeOfKind(joinToken.spaceId, 'device')) >= limits.devicesPerSpace) {
        return refuse('limit-reached');
      }
      const device = newCredential(joinToken.spaceId, 'device', label(request.deviceName));
      if (!(await storage.redeemJoinToken(joinToken.id, now(), device.record))) {
        return refuse('link-expired');
      }
      return ok({
        spaceId: joinToken.spaceId,
        deviceId: device.record.id,
        deviceToken: device.token,
      });
    },

    async device(address, token, spaceId) {
      const check = await checkToken(address, token);
      if (!check.ok) {
        return refuse(check.refusal, 'retryAfterMs' in check ? check.retryAfterMs : undefined);
      }
      if (check.credential.kind !== 'device' || check.credential.spaceId !== spaceId) {
        return refuse('forbidden');
      }
      return ok(check.credential);
    },

    async summary(device) {
      const space = await storage.getSpace(device.spaceId);
      if (!space || space.deletedAt !== undefined) return refuse('space-gone');
      const at = now();
      const credentials = (await storage.listCredentials(device.spaceId))
        .filter((c) => usable(c, at))
        .map((c) => ({
          id: c.id,
          kind: c.kind,
          ...(c.label !== undefined && { label: c.label }),
          createdAt: c.createdAt,
          ...(c.expiresAt !== undefined && { expiresAt: c.expiresAt }),
          current: c.id === device.id,
        }));
      return ok({ spaceId: space.id, createdAt: space.createdAt, credentials });
    },

    async issueJoinToken(device) {
      if ((await activeOfKind(device.spaceId, 'join')) >= limits.joinTokensPerSpace) {
        return refuse('limit-reached');
      }
      const expiresAt = now() + JOIN_TOKEN_LIFETIME_MS;
      const join = newCredential(device.spaceId, 'join', { expiresAt });
      if (!(await storage.addCredential(join.record))) return refuse('space-gone');
      return ok({ id: join.record.id, token: join.token, expiresAt });
    },

    async issueCoachToken(device, request) {
      if ((await activeOfKind(device.spaceId, 'coach')) >= limits.coachTokensPerSpace) {
        return refuse('limit-reached');
      }
      const coach = newCredential(device.spaceId, 'coach', label(request.label));
      if (!(await storage.addCredential(coach.record))) return refuse('space-gone');
      return ok({ id: coach.record.id, token: coach.token });
    },

    async revoke(device, credentialId) {
      const target = await storage.getCredential(credentialId);
      if (target?.spaceId !== device.spaceId) return refuse('not-found');
      if (await storage.revokeCredential(credentialId, now())) {
        options.onRevoked({ ...target, revokedAt: now() });
      }
      return ok(null);
    },

    async deleteSpace(device) {
      await storage.deleteSpace(device.spaceId, now());
      options.onSpaceDeleted(device.spaceId);
      return ok(null);
    },
  };
}
