import { API_STATUS } from "../../src/domain/sync-protocol.js";
export function sendJson(response, status, body, headers = {}) {
    const text = body === null ? '' : JSON.stringify(body);
    response.writeHead(status, {
        ...(text && { 'Content-Type': 'application/json; charset=utf-8' }),
        'Content-Length': String(Buffer.byteLength(text)),
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
        ...headers,
    });
    response.end(text);
}
export function sendError(response, error, message, retryAfterMs) {
    const body = { error, message };
    sendJson(response, API_STATUS[error], body, retryAfterMs ? { 'Retry-After': String(Math.ceil(retryAfterMs / 1000)) } : {});
}
//# sourceMappingURL=respond.js.map