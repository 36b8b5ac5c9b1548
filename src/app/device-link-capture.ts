// Device and coach links (`/#join=…`, `/#share=…`, DESIGN.md §9): the token must leave the
// address bar at once, so it is neither bookmarked, synced to another browser's history, nor
// shown on a shared screen. Runs before the first render, and again whenever the fragment
// changes in an open app (a link opened into a tab that already shows it). The link then waits
// in memory for the user: "Join" in Settings → Sync, or "Follow" on the Clients page; nothing
// happens before that.
import { shareFragment } from '../domain/coach-link';
import { joinFragment } from '../domain/device-link';
import { offerCoachLink } from '../ui/coach-link-store';
import { offerDeviceLink } from '../ui/device-link-store';
import { navigate } from '../ui/router';

function take(): void {
  const join = joinFragment(window.location.hash);
  if (join) {
    offerDeviceLink(join);
    // Replaces the entry that holds the token (no history entry keeps it) and shows Sync.
    navigate('/settings', { replace: true });
    return;
  }
  const share = shareFragment(window.location.hash);
  if (share) {
    offerCoachLink(share);
    navigate('/clients', { replace: true });
  }
}

export function captureDeviceLinks(): void {
  take();
  window.addEventListener('hashchange', take);
}
