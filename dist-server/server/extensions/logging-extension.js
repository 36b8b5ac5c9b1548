import { contextOf } from "../sync/sync-context.js";
export function loggingExtension(logger) {
    return {
        extensionName: 'goals-first-logging',
        priority: 50,
        connected(payload) {
            const context = contextOf(payload);
            logger.info('sync-connected', {
                document: payload.documentName,
                credential: context.credentialId,
                kind: context.kind,
                readOnly: payload.connectionConfig.readOnly,
                address: context.socket.address,
            });
            return Promise.resolve();
        },
        onDisconnect(payload) {
            logger.info('sync-disconnected', {
                document: payload.documentName,
                credential: contextOf(payload).credentialId,
            });
            return Promise.resolve();
        },
    };
}
//# sourceMappingURL=logging-extension.js.map