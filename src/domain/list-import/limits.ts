// How much a list brought in may hold: a file of at most 10 MB, and at most 5,000 items added
// at once. A list that long is already a pile; more would be slow to mark, show and write.
export const LIST_MAX_BYTES = 10 * 1024 * 1024;
export const LIST_MAX_ITEMS = 5000;
