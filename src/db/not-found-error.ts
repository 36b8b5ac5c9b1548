// A record the user acted on is gone (deleted in another tab, or undone twice).
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
  constructor(what: string) {
    super(`That ${what} no longer exists; it may have been deleted in another tab.`);
  }
}
