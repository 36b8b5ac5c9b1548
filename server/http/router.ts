// Which part of the server answers a request: test or tool routes first (when given), then
// /api, /healthz, /sync (which only WebSockets may use) and the app for everything else. The
// server's own paths never fall through to the app.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { SERVER_PATHS } from '../../src/domain/sync-protocol.ts';
import { describeError, type Logger } from '../log.ts';
import { StorageUnavailableError } from '../storage/storage-health.ts';
import { clientAddress } from './client-address.ts';
import { sendError, sendJson } from './respond.ts';
import type { StaticSite } from './static-site.ts';

/** A request handler tried before the server's own; true when it answered. */
export type ExtraRoute = (
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
) => boolean;

export interface RouterOptions {
  api: (
    request: IncomingMessage,
    response: ServerResponse,
    path: string,
    address: string,
  ) => Promise<void>;
  site: StaticSite;
  trustProxy: number;
  logger: Logger;
  routes?: ExtraRoute[] | undefined;
  /** /healthz: 200 when `ok`, else 503 (a balancer then sends no one here). */
  health?: () => { ok: boolean; body: Record<string, unknown> };
}

const isRead = (request: IncomingMessage) => request.method === 'GET' || request.method === 'HEAD';

export function isUnder(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`);
}

const alwaysOk = () => ({ ok: true, body: { status: 'ok' } });

export function createRouter({
  api,
  site,
  trustProxy,
  logger,
  routes = [],
  health = alwaysOk,
}: RouterOptions) {
  const route = async (request: IncomingMessage, response: ServerResponse, path: string) => {
    if (routes.some((extra) => extra(request, response, path))) return;
    if (isUnder(path, SERVER_PATHS.api)) {
      await api(request, response, path, clientAddress(request, trustProxy));
    } else if (path === SERVER_PATHS.health) {
      const { ok, body } = health();
      if (isRead(request)) sendJson(response, ok ? 200 : 503, body);
      else sendJson(response, 405, { error: 'method-not-allowed' }, { Allow: 'GET, HEAD' });
    } else if (isUnder(path, SERVER_PATHS.sync)) {
      const body = { error: 'invalid-request', message: 'Connect to /sync with a WebSocket.' };
      sendJson(response, 426, body, { Upgrade: 'websocket', Connection: 'Upgrade' });
    } else if (isRead(request)) {
      site.serve(request, response, path);
    } else {
      response.writeHead(405, { ...site.headers, Allow: 'GET, HEAD' });
      response.end();
    }
  };

  return (request: IncomingMessage, response: ServerResponse) => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    route(request, response, path).catch((error: unknown) => {
      // Storage failures are logged where they happen (server/storage/storage-health.ts).
      const unavailable = error instanceof StorageUnavailableError;
      if (!unavailable) logger.error('request-failed', { path, error: describeError(error) });
      if (response.headersSent) response.destroy();
      else if (unavailable) {
        const message = 'The server cannot store anything right now. Try again in a moment.';
        sendError(response, 'storage-unavailable', message, 5000);
      } else sendJson(response, 500, { error: 'server-error', message: 'Something went wrong.' });
    });
  };
}
