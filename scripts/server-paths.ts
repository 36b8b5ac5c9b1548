// The service worker's navigation fallback (the app shell for every route) must never answer
// the server's own paths (DESIGN.md §9): a navigation to /api/… or /healthz goes to the network.
import { SERVER_PATHS } from '../src/domain/sync-protocol.ts';

export function serverPathsDenylist(): RegExp[] {
  return Object.values(SERVER_PATHS).map((path) => new RegExp(`^${path}(?:[/?#]|$)`));
}
