// Keeps each loaded document under the size limit without encoding it on every message. The
// exact size (its encoded Yjs state) is measured on load; every change that arrives adds its
// own length to an estimate, which can only overshoot (an update never grows a document by more
// than its own bytes). Only when the estimate crosses the limit is the document measured again;
// a change that would still take it past the limit is refused.
import { encodeStateAsUpdate, type Doc } from 'yjs';

export class DocumentSizes {
  private readonly estimates = new Map<string, number>();

  constructor(private readonly limit: number) {}

  measure(name: string, document: Doc): number {
    const size = encodeStateAsUpdate(document).length;
    this.estimates.set(name, size);
    return size;
  }

  /** Whether a change of `bytes` may be applied; counts it when it may. */
  admit(name: string, document: Doc, bytes: number): boolean {
    let estimate = this.estimates.get(name) ?? this.measure(name, document);
    if (estimate + bytes > this.limit) estimate = this.measure(name, document);
    if (estimate + bytes > this.limit) return false;
    this.estimates.set(name, estimate + bytes);
    return true;
  }

  forget(name: string): void {
    this.estimates.delete(name);
  }
}
