// Keeps each loaded document under the size limit without encoding it on every message. The
// exact size (its encoded Yjs state) is measured on load; every change admitted adds its own
// length to an estimate, which can only overshoot (an update never grows a document by much
// more than its own bytes). Only when the estimate crosses the limit is the document measured
// again; a change that would still take it past the limit is refused.
//
// Hocuspocus checks messages (beforeHandleMessage) a few promise turns before it applies them,
// so changes admitted in this turn are not in the document yet when it is measured: they are
// counted as pending until the next macrotask, by which time they have been applied.
import { encodeStateAsUpdate, type Doc } from 'yjs';

export class DocumentSizes {
  private readonly estimates = new Map<string, number>();
  private readonly pending = new Map<string, number>();

  constructor(private readonly limit: number) {}

  measure(name: string, document: Doc): number {
    const size = encodeStateAsUpdate(document).length + (this.pending.get(name) ?? 0);
    this.estimates.set(name, size);
    return size;
  }

  /** Whether a change of `bytes` may be applied; counts it when it may. */
  admit(name: string, document: Doc, bytes: number): boolean {
    let estimate = this.estimates.get(name) ?? this.measure(name, document);
    if (estimate + bytes > this.limit) estimate = this.measure(name, document);
    if (estimate + bytes > this.limit) return false;
    this.estimates.set(name, estimate + bytes);
    this.pending.set(name, (this.pending.get(name) ?? 0) + bytes);
    setImmediate(() => {
      const left = (this.pending.get(name) ?? bytes) - bytes;
      if (left > 0) this.pending.set(name, left);
      else this.pending.delete(name);
    });
    return true;
  }

  forget(name: string): void {
    this.estimates.delete(name);
  }
}
