// The Goals First server: one HTTP server on one port (DESIGN.md §9) serving the built app,
// /api, /healthz and /sync, the last handed to Hocuspocus. This file only composes: each
// concern is an extension (server/extensions/) or a module of its own.
import { createServer } from 'node:http';
import { Hocuspocus } from '@hocuspocus/server';
import { SERVER_PATHS } from "../src/domain/sync-protocol.js";
import { createAttemptLimiter } from "./auth/attempt-limiter.js";
import { createTokenChecker } from "./auth/token-checker.js";
import { authExtension } from "./extensions/auth-extension.js";
import { limitsExtension } from "./extensions/limits-extension.js";
import { loggingExtension } from "./extensions/logging-extension.js";
import { storageExtension } from "./extensions/storage-extension.js";
import { createApi } from "./http/api.js";
import { clientAddress } from "./http/client-address.js";
import { sendJson } from "./http/respond.js";
import { loadStaticSite } from "./http/static-site.js";
import { DEFAULT_LIMITS } from "./limits.js";
import { createLogger, describeError } from "./log.js";
import { createSpaceService } from "./spaces/space-service.js";
import { createSyncEndpoint } from "./sync/sync-endpoint.js";
const SHUTDOWN_GRACE_MS = 2000;
const STORE_DEADLINE_MS = 10_000;
export async function startServer(options) {
    const limits = { ...DEFAULT_LIMITS, ...options.limits };
    const logger = options.logger ?? createLogger();
    const host = options.host ?? '127.0.0.1';
    const trustProxy = options.trustProxy ?? 0;
    const { storage } = options;
    const site = loadStaticSite(options.distDir);
    const limiter = createAttemptLimiter({
        maxFailures: limits.maxFailedAttempts,
        windowMs: limits.failedAttemptWindowMs,
        ...(options.now && { now: options.now }),
    });
    const checkToken = createTokenChecker(storage, limiter);
    const hocuspocus = new Hocuspocus({
        name: 'goals-first',
        quiet: true,
        debounce: limits.storeDebounceMs,
        maxDebounce: limits.storeMaxDebounceMs,
        extensions: [
            authExtension({ checkToken, storage }),
            limitsExtension(limits),
            storageExtension({
                storage,
                logger,
                ...(options.onStored && { onStored: options.onStored }),
            }),
            loggingExtension(logger),
        ],
    });
    const sync = createSyncEndpoint({ hocuspocus, limits, logger });
    const spaces = createSpaceService({
        storage,
        checkToken,
        limiter,
        ...(options.signupCode !== undefined && { signupCode: options.signupCode }),
        signupOpen: isLoopback(host),
        limits,
        ...(options.now && { now: options.now }),
        onRevoked: (credential) => sync.closeWhere((context) => context.credentialId === credential.id, 'revoked'),
        onSpaceDeleted: (spaceId) => sync.closeWhere((context) => context.spaceId === spaceId, 'space-gone'),
    });
    const api = createApi({ spaces, bodyLimit: limits.maxBodyBytes, logger });
    const handle = async (request, response) => {
        const path = (request.url ?? '/').split('?')[0] ?? '/';
        if (options.routes?.some((route) => route(request, response, path)))
            return;
        if (isUnder(path, SERVER_PATHS.api)) {
            await api(request, response, path, clientAddress(request, trustProxy));
        }
        else if (path === SERVER_PATHS.health) {
            if (request.method === 'GET' || request.method === 'HEAD')
                sendJson(response, 200, { status: 'ok' });
            else
                sendJson(response, 405, { error: 'method-not-allowed', message: 'GET only.' }, { Allow: 'GET, HEAD' });
        }
        else if (isUnder(path, SERVER_PATHS.sync)) {
            sendJson(response, 426, { error: 'invalid-request', message: 'Connect to /sync with a WebSocket.' }, { Upgrade: 'websocket', Connection: 'Upgrade' });
        }
        else if (request.method === 'GET' || request.method === 'HEAD') {
            site.serve(request, response, path);
        }
        else {
            response.writeHead(405, { ...site.headers, Allow: 'GET, HEAD' });
            response.end();
        }
    };
    let closing = false;
    const http = createServer((request, response) => {
        handle(request, response).catch((error) => {
            logger.error('request-failed', {
                path: request.url?.split('?')[0],
                error: describeError(error),
            });
            if (!response.headersSent)
                sendJson(response, 500, {
                    error: 'server-error',
                    message: 'Something went wrong on the server.',
                });
            else
                response.destroy();
        });
    });
    http.on('upgrade', (request, socket, head) => {
        socket.on('error', () => socket.destroy());
        const path = (request.url ?? '').split('?')[0];
        if (path !== SERVER_PATHS.sync || closing) {
            socket.end(`HTTP/1.1 ${closing ? '503 Service Unavailable' : '404 Not Found'}\r\nConnection: close\r\n\r\n`);
            return;
        }
        sync.upgrade(request, socket, head, clientAddress(request, trustProxy));
    });
    http.on('clientError', (_error, socket) => {
        if (socket.writable)
            socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
        else
            socket.destroy();
    });
    await new Promise((resolve, reject) => {
        http.once('error', reject);
        http.listen(options.port ?? 8787, host, () => {
            http.off('error', reject);
            resolve();
        });
    });
    const { port } = http.address();
    const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
    logger.info('listening', {
        url,
        signup: options.signupCode !== undefined ? 'with code' : isLoopback(host) ? 'open' : 'closed',
    });
    if (options.signupCode === undefined && !isLoopback(host)) {
        logger.warn('signup-closed', {
            why: 'HOST is not a loopback address and SIGNUP_CODE is not set: no space can be created',
        });
    }
    return {
        url,
        port,
        hocuspocus,
        async close() {
            if (closing)
                return;
            closing = true;
            http.close();
            http.closeIdleConnections();
            await sync.closeAll('server-restarting', SHUTDOWN_GRACE_MS);
            await storeEverything(hocuspocus, logger);
            http.closeAllConnections();
            logger.info('stopped', {});
        },
    };
}
/**
 * Hocuspocus stores each document when its last connection closes, then unloads it: wait for
 * that, and store whatever is still loaded after the deadline ourselves.
 */
async function storeEverything(hocuspocus, logger) {
    const deadline = Date.now() + STORE_DEADLINE_MS;
    while (hocuspocus.getDocumentsCount() > 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const left = [...hocuspocus.documents.values()];
    if (left.length === 0)
        return;
    logger.warn('storing-remaining', { documents: left.length });
    await Promise.allSettled(left.map((document) => hocuspocus.storeDocumentHooks(document, { documentName: document.name, document, instance: hocuspocus }, true)));
}
function isUnder(path, prefix) {
    return path === prefix || path.startsWith(`${prefix}/`);
}
export function isLoopback(host) {
    return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
//# sourceMappingURL=app.js.map