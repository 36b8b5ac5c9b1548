// What the app and the Goals First server agree on (DESIGN.md §9): the server's paths, the names
// of the Yjs documents, the shape of credentials, the JSON of /api and the reasons the server
// gives when it refuses or closes a sync connection. Pure types and constants, imported by both
// sides (server/ may import src/domain), so neither can drift from the other.
//
// Credentials are opaque to the user but self-describing to the app: every token reads
// `<spaceId>.<credentialId>.<secret>`, so a device or coach link names its space (and hence its
// document) without asking the server. Only the secret is secret; the server stores its hash.

/** Bump when the app and server stop understanding each other; older apps are refused. */
export const SYNC_PROTOCOL_VERSION = 1;
/** The sync socket's query parameter carrying SYNC_PROTOCOL_VERSION. */
export const PROTOCOL_PARAMETER = 'protocol';

/** Paths the server answers itself; the service worker must never answer them. */
export const SERVER_PATHS = { sync: '/sync', api: '/api', health: '/healthz' } as const;

/** Where a provider connects, relative to the app's origin: `/sync?protocol=1`. */
export function syncPath(): string {
  return `${SERVER_PATHS.sync}?${PROTOCOL_PARAMETER}=${SYNC_PROTOCOL_VERSION}`;
}

export type DocumentKind = 'space' | 'share';

const ID = /^[A-Za-z0-9_-]+$/;
export const SPACE_ID_LENGTH = 22; // 16 random bytes, base64url
export const CREDENTIAL_ID_LENGTH = 16; // 12 random bytes, base64url
export const SECRET_LENGTH = 43; // 32 random bytes (256 bits), base64url

export function isSpaceId(value: string): boolean {
  return value.length === SPACE_ID_LENGTH && ID.test(value);
}

export function isCredentialId(value: string): boolean {
  return value.length === CREDENTIAL_ID_LENGTH && ID.test(value);
}

/** `space:<id>`: the user's data, read-write for the space's devices. */
export function spaceDocumentName(spaceId: string): string {
  return `space:${spaceId}`;
}

/** `share:<id>`: what the user shows a coach; read-only for coach tokens. */
export function shareDocumentName(spaceId: string): string {
  return `share:${spaceId}`;
}

export function parseDocumentName(
  name: string,
): { kind: DocumentKind; spaceId: string } | undefined {
  const match = /^(space|share):(.*)$/.exec(name);
  if (!match) return undefined;
  const [, kind, spaceId = ''] = match;
  return isSpaceId(spaceId) ? { kind: kind as DocumentKind, spaceId } : undefined;
}

export interface ParsedToken {
  spaceId: string;
  credentialId: string;
  secret: string;
}

/** Splits a device, join or coach token; undefined when it cannot be one. */
export function parseToken(token: string): ParsedToken | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  const [spaceId = '', credentialId = '', secret = ''] = parts;
  if (!isSpaceId(spaceId) || !isCredentialId(credentialId)) return undefined;
  if (secret.length !== SECRET_LENGTH || !ID.test(secret)) return undefined;
  return { spaceId, credentialId, secret };
}

/** How long a join token (a `#join=` link) can be exchanged for a device secret, once. */
export const JOIN_TOKEN_LIFETIME_MS = 15 * 60_000;
/** Device and coach-link names, as the user typed them. */
export const LABEL_MAX_LENGTH = 60;

// ---- Refusals -------------------------------------------------------------------------------
// Why the server refused or closed a sync connection, or refused an API call. On the sync
// socket the reason reaches the app in one of two ways, both carrying the same word:
//   - per document: the provider's `authenticationFailed` event ({ reason }) or its `close`
//     event for that document (event.reason);
//   - for the whole socket: a WebSocket close with SYNC_CLOSE_CODES[reason] and the reason as
//     the close reason (except message-too-big: the socket library closes with 1009, no text).
// The API answers with HTTP status API_STATUS[error] and a body { error, message }.

export type SyncRefusal =
  | 'wrong-secret' // no such device, link or secret: this device must join again
  | 'revoked' // this device or coach link was revoked by the space
  | 'forbidden' // this credential may not open this document (a coach link on the space)
  | 'space-gone' // the space was deleted from the server
  | 'too-many-attempts' // too many wrong secrets from this address; try again later
  | 'too-many-connections' // this space (or this address) has too many open connections
  | 'too-many-messages' // too much sent before signing in, or far more messages than an app sends
  | 'message-too-big' // one message was larger than the server accepts
  | 'document-too-large' // the document would grow past the server's limit
  | 'app-out-of-date' // the app speaks an older protocol: reload to update
  | 'malformed-message' // bytes that are not the sync protocol
  | 'unknown-document' // a document name that is neither space:<id> nor share:<id>
  | 'auth-timeout' // the socket opened but never signed in
  | 'storage-unavailable' // the server cannot store changes now (disk full, database lost): later
  | 'server-restarting'; // the server is shutting down; reconnect later

export const SYNC_CLOSE_CODES: Readonly<Record<SyncRefusal, number>> = {
  'wrong-secret': 4401,
  revoked: 4403,
  forbidden: 4403,
  'space-gone': 4410,
  'too-many-attempts': 4429,
  'too-many-connections': 4429,
  'too-many-messages': 4429,
  'message-too-big': 1009,
  'document-too-large': 4413,
  'app-out-of-date': 4426,
  'malformed-message': 4400,
  'unknown-document': 4404,
  'auth-timeout': 4408,
  'storage-unavailable': 4503,
  'server-restarting': 1012,
};

/** Refusals that will repeat on every retry until the user (or an update) changes something. */
export const PERMANENT_REFUSALS: ReadonlySet<SyncRefusal> = new Set<SyncRefusal>([
  'wrong-secret',
  'revoked',
  'forbidden',
  'space-gone',
  'message-too-big',
  'document-too-large',
  'app-out-of-date',
  'unknown-document',
]);

export function isSyncRefusal(value: string): value is SyncRefusal {
  return Object.hasOwn(SYNC_CLOSE_CODES, value);
}

/** The refusal behind a close (of a document or of the socket), or undefined for a plain one. */
export function refusalOf(close: { code?: number; reason?: string }): SyncRefusal | undefined {
  if (close.reason && isSyncRefusal(close.reason)) return close.reason;
  if (close.code === 1009) return 'message-too-big';
  return undefined;
}

// ---- /api -----------------------------------------------------------------------------------
// JSON in and out. Calls about a space carry `Authorization: Bearer <device token>`.
//   POST   /api/spaces                                CreateSpaceRequest → 201 DeviceCredential
//   POST   /api/join                                  JoinRequest → 201 DeviceCredential
//   GET    /api/spaces/:spaceId                       → 200 SpaceSummary
//   POST   /api/spaces/:spaceId/join-tokens           {} → 201 IssuedToken (for a #join= link)
//   POST   /api/spaces/:spaceId/coach-tokens          CoachTokenRequest → 201 IssuedToken
//   DELETE /api/spaces/:spaceId/credentials/:id       → 204: revoke a device (itself too) or token
//   DELETE /api/spaces/:spaceId                       → 204: delete the space and its documents
//   GET    /healthz                  → 200 { status: 'ok', storage: 'ok', redis?: 'ok' | 'down' | 'connecting' },
//                                       503 { status: 'storage-unavailable', storage: 'failing' }

export interface CreateSpaceRequest {
  /** Required when the server listens beyond loopback (its SIGNUP_CODE). */
  signupCode?: string;
  deviceName?: string;
}

export interface JoinRequest {
  joinToken: string;
  deviceName?: string;
}

export interface CoachTokenRequest {
  label?: string;
}

export interface DeviceCredential {
  spaceId: string;
  deviceId: string;
  /** The sync token of this device: keep it secret, send it as the provider's `token`. */
  deviceToken: string;
}

export interface IssuedToken {
  id: string;
  token: string;
  /** Join tokens only. */
  expiresAt?: number;
}

export type CredentialKind = 'device' | 'join' | 'coach';

export interface CredentialSummary {
  id: string;
  kind: CredentialKind;
  label?: string;
  createdAt: number;
  expiresAt?: number;
  /** The device that asked. */
  current: boolean;
}

export interface SpaceSummary {
  spaceId: string;
  createdAt: number;
  /** Devices, coach links and join tokens not yet used, revoked or expired. */
  credentials: CredentialSummary[];
}

export type ApiError =
  | Extract<
      SyncRefusal,
      | 'wrong-secret'
      | 'revoked'
      | 'forbidden'
      | 'space-gone'
      | 'too-many-attempts'
      | 'storage-unavailable'
    >
  | 'link-expired' // the join token was used, revoked or expired
  | 'signup-code-required' // this server needs its signup code to create a space
  | 'limit-reached' // too many devices, coach links or join tokens in this space
  | 'invalid-request'
  | 'body-too-large'
  | 'not-found'
  | 'method-not-allowed';

export const API_STATUS: Readonly<Record<ApiError, number>> = {
  'wrong-secret': 401,
  revoked: 403,
  forbidden: 403,
  'space-gone': 410,
  'too-many-attempts': 429,
  'link-expired': 410,
  'signup-code-required': 403,
  'limit-reached': 409,
  'invalid-request': 400,
  'body-too-large': 413,
  'not-found': 404,
  'method-not-allowed': 405,
  'storage-unavailable': 503,
};

export interface ApiErrorBody {
  error: ApiError;
  message: string;
}
