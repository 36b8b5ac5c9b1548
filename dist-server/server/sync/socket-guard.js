import { SYNC_CLOSE_CODES } from "../../src/domain/sync-protocol.js";
import { readEnvelope } from "./message-envelope.js";
export function guardSocket(ws, { address, maxBytesBeforeAuth, authTimeoutMs, logger }) {
    let refused = false;
    let bytesBeforeAuth = 0;
    const authenticated = new Set();
    const guard = {
        address,
        authenticated,
        refuse(reason, document) {
            if (refused)
                return;
            refused = true;
            logger.warn('sync-refused', { reason, address, ...(document && { document }) });
            // After the current turn: Hocuspocus sends the document's reason first.
            setTimeout(() => {
                ws.close(SYNC_CLOSE_CODES[reason], reason);
                // Nothing more is read from a refused socket; it is cut off if it does not close.
                ws.pause();
                setTimeout(() => ws.terminate(), 2000).unref();
            }, 0);
        },
    };
    const timeout = setTimeout(() => {
        if (authenticated.size === 0)
            guard.refuse('auth-timeout');
    }, authTimeoutMs);
    timeout.unref();
    ws.on('message', (data) => {
        if (refused)
            return;
        const envelope = readEnvelope(data);
        if (!envelope) {
            guard.refuse('malformed-message');
            return;
        }
        if (authenticated.has(envelope.document))
            return;
        bytesBeforeAuth += data.length;
        if (bytesBeforeAuth > maxBytesBeforeAuth)
            guard.refuse('too-many-messages', envelope.document);
    });
    ws.on('close', () => clearTimeout(timeout));
    return guard;
}
//# sourceMappingURL=socket-guard.js.map