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
export const SERVER_PATHS = { sync: '/sync', api: '/api', health: '/healthz' };
/** Where a provider connects, relative to the app's origin: `/sync?protocol=1`. */
export function syncPath() {
    return `${SERVER_PATHS.sync}?${PROTOCOL_PARAMETER}=${SYNC_PROTOCOL_VERSION}`;
}
const ID = /^[A-Za-z0-9_-]+$/;
export const SPACE_ID_LENGTH = 22; // 16 random bytes, base64url
export const CREDENTIAL_ID_LENGTH = 16; // 12 random bytes, base64url
export const SECRET_LENGTH = 43; // 32 random bytes (256 bits), base64url
export function isSpaceId(value) {
    return value.length === SPACE_ID_LENGTH && ID.test(value);
}
export function isCredentialId(value) {
    return value.length === CREDENTIAL_ID_LENGTH && ID.test(value);
}
/** `space:<id>`: the user's data, read-write for the space's devices. */
export function spaceDocumentName(spaceId) {
    return `space:${spaceId}`;
}
/** `share:<id>`: what the user shows a coach; read-only for coach tokens. */
export function shareDocumentName(spaceId) {
    return `share:${spaceId}`;
}
export function parseDocumentName(name) {
    const match = /^(space|share):(.*)$/.exec(name);
    if (!match)
        return undefined;
    const [, kind, spaceId = ''] = match;
    return isSpaceId(spaceId) ? { kind: kind, spaceId } : undefined;
}
/** Splits a device, join or coach token; undefined when it cannot be one. */
export function parseToken(token) {
    const parts = token.split('.');
    if (parts.length !== 3)
        return undefined;
    const [spaceId = '', credentialId = '', secret = ''] = parts;
    if (!isSpaceId(spaceId) || !isCredentialId(credentialId))
        return undefined;
    if (secret.length !== SECRET_LENGTH || !ID.test(secret))
        return undefined;
    return { spaceId, credentialId, secret };
}
/** How long a join token (a `#join=` link) can be exchanged for a device secret, once. */
export const JOIN_TOKEN_LIFETIME_MS = 15 * 60_000;
/** Device and coach-link names, as the user typed them. */
export const LABEL_MAX_LENGTH = 60;
export const SYNC_CLOSE_CODES = {
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
    'server-restarting': 1012,
};
/** Refusals that will repeat on every retry until the user (or an update) changes something. */
export const PERMANENT_REFUSALS = new Set([
    'wrong-secret',
    'revoked',
    'forbidden',
    'space-gone',
    'message-too-big',
    'document-too-large',
    'app-out-of-date',
    'unknown-document',
]);
export function isSyncRefusal(value) {
    return Object.hasOwn(SYNC_CLOSE_CODES, value);
}
/** The refusal behind a close (of a document or of the socket), or undefined for a plain one. */
export function refusalOf(close) {
    if (close.reason && isSyncRefusal(close.reason))
        return close.reason;
    if (close.code === 1009)
        return 'message-too-big';
    return undefined;
}
export const API_STATUS = {
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
};
//# sourceMappingURL=sync-protocol.js.map