import { SYNC_CLOSE_CODES } from "../../src/domain/sync-protocol.js";
/** Refuses on this socket: the document hears why now, the socket closes right after. */
export function refusal(context, reason, document) {
    context.socket.refuse(reason, document);
    return { code: SYNC_CLOSE_CODES[reason], reason };
}
export const contextOf = (payload) => payload.context;
//# sourceMappingURL=sync-context.js.map