// Which part of the server answers a request: test or tool routes first (when given), then
// /api, /healthz, /sync (which only WebSockets may use) and the app for everything else. The
// server's own paths never fall through to the app.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { SERVER_PATHS } from '../../src/domain/sync-protocol.ts';
import { describeError, type Logger } from '../log.ts';
import { clientAddress } from './client-address.ts';
import { sendJson } from './respond.ts';
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
}

const isRead = (request: IncomingMessage) => request.method === 'GET' || request.method === 'HEAD';

export function isUnder(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`);
}

export function createRouter({ api, site, trustProxy, logger, routes = [] }: RouterOptions) {
  const route = async (request: IncomingMessage, response: ServerResponse, path: string) => {
    if (routes.some((extra) => extra(request, response, path))) return;
    if (isUnder(path, SERVER_PATHS.api)) {
      await api(request, response, path, clientAddress(request, trustProxy));
    } else if (path === SERVER_PATHS.health) {
      if (isRead(request)) sendJson(response, 200, { status: 'ok' });
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
      logger.error('request-failed', { path, error: describeError(error) });
      if (response.headersSent) response.destroy();
      else sendJson(response, 500, { error: 'server-error', message: 'Something went wrong.' });
    });
  };
}
