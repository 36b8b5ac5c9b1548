// Device links (`/#join=…`, DESIGN.md §9): the join token must leave the address bar at once, so
// it is neither bookmarked, synced to another browser's history, nor shown on a shared screen.
// Runs before the first render, and again whenever the fragment changes in an open app (a link
// opened into a tab that already shows it). The link then waits in memory for the user to
// choose "Join" in Settings → Sync; nothing is merged before that.
import { joinFragment } from '../domain/device-link';
import { offerDeviceLink } from '../ui/device-link-store';
import { navigate } from '../ui/router';

function take(): void {
  const reading = joinFragment(window.location.hash);
  if (!reading) return;
  offerDeviceLink(reading);
  // Replaces the entry that holds the token (no history entry keeps it) and shows Sync.
  navigate('/settings', { replace: true });
}

export function captureDeviceLinks(): void {
  take();
  window.addEventListener('hashchange', take);
}
