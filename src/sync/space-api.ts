// /api of the server that served the app (routes and JSON in src/domain/sync-protocol.ts): same
// origin, so no address to configure and `connect-src 'self'` holds. Every answer is read as
// hostile: a body that is not what the protocol says is "unexpected", never trusted.
import {
  type ApiError,
  type CoachTokenRequest,
  type CreateSpaceRequest,
  type DeviceCredential,
  type IssuedToken,
  type JoinRequest,
  type SpaceSummary,
} from '../domain/sync-protocol';

export type ApiFailure = ApiError | 'unreachable' | 'unexpected';

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiFailure };

export interface SpaceApi {
  createSpace(request: CreateSpaceRequest): Promise<ApiResult<DeviceCredential>>;
  join(request: JoinRequest): Promise<ApiResult<DeviceCredential>>;
  summary(device: DeviceCredential): Promise<ApiResult<SpaceSummary>>;
  issueJoinToken(device: DeviceCredential): Promise<ApiResult<IssuedToken>>;
  issueCoachToken(
    device: DeviceCredential,
    request: CoachTokenRequest,
  ): Promise<ApiResult<IssuedToken>>;
  revoke(device: DeviceCredential, credentialId: string): Promise<ApiResult<null>>;
}

const TIMEOUT_MS = 15_000;
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const TOKEN = /^[A-Za-z0-9_.-]{1,200}$/;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function isCredential(value: unknown): value is DeviceCredential {
  return (
    isRecord(value) &&
    typeof value.spaceId === 'string' &&
    ID.test(value.spaceId) &&
    typeof value.deviceId === 'string' &&
    ID.test(value.deviceId) &&
    typeof value.deviceToken === 'string' &&
    TOKEN.test(value.deviceToken)
  );
}

function isIssued(value: unknown): value is IssuedToken {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.token === 'string' &&
    TOKEN.test(value.token) &&
    (value.expiresAt === undefined || typeof value.expiresAt === 'number')
  );
}

function isSummary(value: unknown): value is SpaceSummary {
  return (
    isRecord(value) &&
    typeof value.spaceId === 'string' &&
    Array.isArray(value.credentials) &&
    value.credentials.length <= 1000 &&
    value.credentials.every(
      (c) =>
        isRecord(c) &&
        typeof c.id === 'string' &&
        (c.kind === 'device' || c.kind === 'join' || c.kind === 'coach') &&
        typeof c.createdAt === 'number' &&
        typeof c.current === 'boolean' &&
        (c.label === undefined || typeof c.label === 'string'),
    )
  );
}

const API_ERRORS: readonly ApiError[] = [
  'wrong-secret',
  'revoked',
  'forbidden',
  'space-gone',
  'too-many-attempts',
  'link-expired',
  'signup-code-required',
  'limit-reached',
  'invalid-request',
  'body-too-large',
  'not-found',
  'method-not-allowed',
];

export function spaceApi(base = ''): SpaceApi {
  async function call<T>(
    method: string,
    path: string,
    { body, token }: { body?: unknown; token?: string },
    accept: (value: unknown) => value is T,
  ): Promise<ApiResult<T>> {
    let response: Response;
    try {
      response = await fetch(`${base}${path}`, {
        method,
        headers: {
          ...(body !== undefined && { 'Content-Type': 'application/json' }),
          ...(token && { Authorization: `Bearer ${token}` }),
        },
        ...(body !== undefined && { body: JSON.stringify(body) }),
        cache: 'no-store',
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch {
      return { ok: false, error: 'unreachable' };
    }
    if (response.status === 204) {
      return accept(null) ? { ok: true, value: null as T } : { ok: false, error: 'unexpected' };
    }
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      // A proxy's error page, or no server of ours at all.
      return { ok: false, error: response.status >= 500 ? 'unreachable' : 'unexpected' };
    }
    if (response.ok)
      return accept(json) ? { ok: true, value: json } : { ok: false, error: 'unexpected' };
    const error = isRecord(json) ? json.error : undefined;
    return {
      ok: false,
      error: API_ERRORS.find((known) => known === error) ?? 'unexpected',
    };
  }
  const isNull = (value: unknown): value is null => value === null;

  return {
    createSpace: (request) => call('POST', '/api/spaces', { body: request }, isCredential),
    join: (request) => call('POST', '/api/join', { body: request }, isCredential),
    summary: (device) =>
      call('GET', `/api/spaces/${device.spaceId}`, { token: device.deviceToken }, isSummary),
    issueJoinToken: (device) =>
      call(
        'POST',
        `/api/spaces/${device.spaceId}/join-tokens`,
        { body: {}, token: device.deviceToken },
        isIssued,
      ),
    issueCoachToken: (device, request) =>
      call(
        'POST',
        `/api/spaces/${device.spaceId}/coach-tokens`,
        { body: request, token: device.deviceToken },
        isIssued,
      ),
    revoke: (device, credentialId) =>
      call(
        'DELETE',
        `/api/spaces/${device.spaceId}/credentials/${encodeURIComponent(credentialId)}`,
        { token: device.deviceToken },
        isNull,
      ),
  };
}
