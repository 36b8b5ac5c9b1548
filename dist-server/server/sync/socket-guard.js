import { SYNC_CLOSE_CODES } from "../../src/domain/sync-protocol.js";
import { readEnvelope } from "./message-envelope.js";
export function guardSocket(ws, { address, maxBytesBeforeAuth, authTimeoutMs, logger }) {
    let refused = false;
    let bytesBeforeAuth = 0;
    const authenticated = new Set();
    const close = (reason) => {
        // Nothing a refused socket still sends reaches Hocuspocus (whose queue has no bound); the
        // close handshake goes on, and a peer that does not answer it is cut off.
        ws.removeAllListeners('message');
        ws.close(SYNC_CLOSE_CODES[reason], reason);
        setTimeout(() => ws.terminate(), 2000).unref();
    };
    const guard = {
        address,
        authenticated,
        refuse(reason, document) {
            if (refused)
                return;
            refused = true;
            logger.warn('sync-refused', { reason, address, ...(document && { document }) });
            // After the current turn, so that Hocuspocus sends the document's reason first.
            setTimeout(() => close(reason), 0);
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
            // At once: Hocuspocus, next to hear this message, would close with its own code.
            refused = true;
            logger.warn('sync-refused', { reason: 'malformed-message', address });
            close('malformed-message');
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