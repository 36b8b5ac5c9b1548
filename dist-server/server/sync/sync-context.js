import { SYNC_CLOSE_CODES } from "../../src/domain/sync-protocol.js";
/**
 * What a Hocuspocus hook throws to refuse: Hocuspocus sends `reason` to the provider (as the
 * reason of a failed sign-in, or of a closed document) and closes with `code`. The message is
 * empty, so Hocuspocus does not log it as an error; the server logs refusals itself.
 */
export class Refusal extends Error {
    reason;
    code;
    constructor(reason) {
        super();
        this.reason = reason;
        this.name = 'Refusal';
        this.code = SYNC_CLOSE_CODES[reason];
    }
}
/** Refuses on this socket: the document hears why now, the socket closes right after. */
export function refusal(context, reason, document) {
    context.socket.refuse(reason, document);
    return new Refusal(reason);
}
export const contextOf = (payload) => payload.context;
//# sourceMappingURL=sync-context.js.map