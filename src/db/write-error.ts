// Turns any failed write into a sentence for the user. A failed Dexie transaction has written
// nothing, so every message can promise that nothing changed.
import { ValidationError } from '../domain/validation-error';
import { NotFoundError } from './not-found-error';

interface ErrorLike {
  name?: string;
  inner?: unknown;
}

function isQuotaError(error: unknown): boolean {
  // Chromium reports a full disk as QuotaExceededError, sometimes wrapped in an AbortError of
  // the transaction; Dexie keeps the original as `inner`.
  for (let e = error as ErrorLike | undefined; e; e = e.inner as ErrorLike | undefined) {
    if (e.name === 'QuotaExceededError') return true;
  }
  return false;
}

/**
 * Our own refusal, if that is what failed. Dexie wraps an error thrown inside a transaction
 * whose name matches an IndexedDB one (our NotFoundError) in its own error, keeping ours as
 * `inner`.
 */
function ownRefusal(error: unknown): ValidationError | NotFoundError | undefined {
  for (let e = error; e; e = (e as ErrorLike).inner) {
    if (e instanceof ValidationError || e instanceof NotFoundError) return e;
  }
  return undefined;
}

export function describeWriteError(error: unknown): string {
  const refusal = ownRefusal(error);
  if (refusal) return refusal.message;
  if (isQuotaError(error)) {
    return 'Your browser has no room left for this app’s data, so nothing was saved. Free some disk space, then try again.';
  }
  if ((error as ErrorLike | undefined)?.name === 'DatabaseClosedError') {
    return 'The app was updated in another tab; reload this tab to keep working. Nothing was saved.';
  }
  return 'That could not be saved, so nothing changed. Please try again.';
}
