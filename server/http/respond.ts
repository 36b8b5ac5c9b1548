// JSON answers of /api and /healthz: never cached, never sniffed.
import type { ServerResponse } from 'node:http';
import { API_STATUS, type ApiError, type ApiErrorBody } from '../../src/domain/sync-protocol.ts';

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
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

export function sendError(
  response: ServerResponse,
  error: ApiError,
  message: string,
  retryAfterMs?: number,
): void {
  const body: ApiErrorBody = { error, message };
  sendJson(
    response,
    API_STATUS[error],
    body,
    retryAfterMs ? { 'Retry-After': String(Math.ceil(retryAfterMs / 1000)) } : {},
  );
}
