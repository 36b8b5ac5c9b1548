// One way to run a write from a button: on failure the person reads why (in an error toast) and
// the caller learns that nothing was saved, so it can put the screen back. `describe` turns the
// failure into that sentence (src/db/write-error.ts for the app's writes; ui does not read the
// database layer itself).
import { showError } from './toast-store';

/** Runs `write`; resolves true once it is done, or shows why it failed and resolves false. */
export async function attempt(
  write: () => Promise<unknown>,
  describe: (error: unknown) => string,
): Promise<boolean> {
  try {
    await write();
    return true;
  } catch (error) {
    showError(describe(error));
    return false;
  }
}
