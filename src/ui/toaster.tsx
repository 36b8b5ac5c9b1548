// Renders the current toast: a `status` for news (with its action, e.g. Undo, and the
// "Reload to update" offer), an `alert` for failures, and a plain box for nudges. Each region
// exists only while it has something to say, so a view's own status (the diagnosis of All
// tasks) stays the only one on screen, and an empty alert never shows.
// A toast stays at least 6 seconds and does not time out while the pointer or focus is on it.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { dismissToast, getToast, subscribeToast, type Toast } from './toast-store';
import { UpdatePrompt } from './update-prompt';
import { getVisibleUpdate, subscribeUpdate } from './update-store';

const VISIBLE_MS = 6000;

export function Toaster() {
  const toast = useSyncExternalStore(subscribeToast, getToast);
  const update = useSyncExternalStore(subscribeUpdate, getVisibleUpdate);
  return (
    <div className="toaster">
      {(toast?.tone === 'info' || update) && (
        <div role="status" className="toast-region">
          {update && <UpdatePrompt />}
          {toast?.tone === 'info' && <ToastCard toast={toast} />}
        </div>
      )}
      {toast?.tone === 'nudge' && (
        <div className="toast-region">
          <ToastCard toast={toast} />
        </div>
      )}
      {toast?.tone === 'error' && (
        <div role="alert" className="toast-region">
          <ToastCard toast={toast} />
        </div>
      )}
    </div>
  );
}

function ToastCard({ toast }: { toast: Toast }) {
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (held) return;
    const timer = setTimeout(() => dismissToast(toast.id), VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [toast.id, held]);

  return (
    <div
      className={`toast toast-${toast.tone}`}
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setHeld(false);
      }}
    >
      <span className="toast-message">{toast.message}</span>
      {toast.action && (
        <button
          type="button"
          className="toast-action"
          onClick={() => {
            dismissToast(toast.id);
            void toast.action?.run();
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button
        type="button"
        className="icon-button"
        aria-label="Dismiss"
        onClick={() => dismissToast(toast.id)}
      >
        ×
      </button>
    </div>
  );
}
