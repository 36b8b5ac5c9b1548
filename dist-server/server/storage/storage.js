/** Appended updates per document before an implementation merges them into one. */
export const COMPACT_AFTER_UPDATES = 64;
//# sourceMappingURL=storage.js.map