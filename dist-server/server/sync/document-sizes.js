// Keeps each loaded document under the size limit without encoding it on every message. The
// exact size (its encoded Yjs state) is measured on load; every change that arrives adds its
// own length to an estimate, which can only overshoot (an update never grows a document by more
// than its own bytes). Only when the estimate crosses the limit is the document measured again;
// a change that would still take it past the limit is refused.
import { encodeStateAsUpdate } from 'yjs';
export class DocumentSizes {
    limit;
    estimates = new Map();
    constructor(limit) {
        this.limit = limit;
    }
    measure(name, document) {
        const size = encodeStateAsUpdate(document).length;
        this.estimates.set(name, size);
        return size;
    }
    /** Whether a change of `bytes` may be applied; counts it when it may. */
    admit(name, document, bytes) {
        let estimate = this.estimates.get(name) ?? this.measure(name, document);
        if (estimate + bytes > this.limit)
            estimate = this.measure(name, document);
        if (estimate + bytes > this.limit)
            return false;
        this.estimates.set(name, estimate + bytes);
        return true;
    }
    forget(name) {
        this.estimates.delete(name);
    }
}
//# sourceMappingURL=document-sizes.js.map