// "Reload to update": shown while a new version waits, inside the toaster's polite status
// region (one live region for both, so it is announced as it appears), never a forced reload.
import { useSyncExternalStore } from 'react';
import { dismissUpdate, getVisibleUpdate, subscribeUpdate } from './update-store';
import './update-prompt.css';

export function UpdatePrompt() {
  const offer = useSyncExternalStore(subscribeUpdate, getVisibleUpdate);
  if (!offer) return null;
  return (
    <div className="toast update-prompt">
      <span className="toast-message">A new version of Goals First is ready.</span>
      <button type="button" onClick={offer.apply}>
        Reload to update
      </button>
      <button type="button" onClick={dismissUpdate}>
        Later
      </button>
    </div>
  );
}
