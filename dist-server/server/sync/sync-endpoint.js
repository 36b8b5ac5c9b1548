import { WebSocketServer } from 'ws';
import { SYNC_CLOSE_CODES } from "../../src/domain/sync-protocol.js";
import { describeError } from "../log.js";
import { guardSocket } from "./socket-guard.js";
import { contextOf, refusal } from "./sync-context.js";
export function createSyncEndpoint({ hocuspocus, limits, logger, }) {
    const server = new WebSocketServer({
        noServer: true,
        maxPayload: limits.maxMessageBytes,
        // Compression would let a small frame inflate into a large message, and costs CPU.
        perMessageDeflate: false,
    });
    const sockets = new Set();
    const perAddress = new Map();
    const connect = (ws, request, address) => {
        sockets.add(ws);
        const count = (perAddress.get(address) ?? 0) + 1;
        perAddress.set(address, count);
        ws.on('close', () => {
            sockets.delete(ws);
            const left = (perAddress.get(address) ?? 1) - 1;
            if (left > 0)
                perAddress.set(address, left);
            else
                perAddress.delete(address);
        });
        // ws reports a frame over maxPayload (closing with 1009) or a broken frame as an error
        // event; without a listener it would crash the process.
        ws.on('error', (error) => {
            logger.warn('socket-error', { address, error: describeError(error) });
        });
        const guard = guardSocket(ws, { address, logger, ...limits });
        if (count > limits.maxSocketsPerAddress) {
            guard.refuse('too-many-connections');
            return;
        }
        const context = { socket: guard };
        hocuspocus.handleConnection(ws, request, context);
    };
    return {
        upgrade(request, socket, head, address) {
            server.handleUpgrade(request, socket, head, (ws) => connect(ws, request, address));
        },
        closeWhere(matches, reason) {
            for (const document of hocuspocus.documents.values()) {
                for (const connection of document.getConnections()) {
                    const context = contextOf(connection);
                    if (matches(context))
                        connection.close(refusal(context, reason, document.name));
                }
            }
        },
        async closeAll(reason, graceMs) {
            const closing = [...sockets].map((ws) => new Promise((resolve) => {
                if (ws.readyState === ws.CLOSED) {
                    resolve();
                    return;
                }
                ws.once('close', () => resolve());
                ws.close(SYNC_CLOSE_CODES[reason], reason);
            }));
            const cutOff = setTimeout(() => sockets.forEach((ws) => ws.terminate()), graceMs);
            await Promise.all(closing);
            clearTimeout(cutOff);
            server.close();
        },
        get socketCount() {
            return sockets.size;
        },
    };
}
//# sourceMappingURL=sync-endpoint.js.map