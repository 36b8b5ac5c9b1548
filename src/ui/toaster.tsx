// Renders the current toast. The polite `status` region is always in the page (a polite live
// region that appears together with its text is often not announced); an error is an `alert`,
// which screen readers announce as it appears, so it exists only while there is one (an empty
// alert would also be one more "alert" for anyone looking for the real one). A toast stays at
// least 6 seconds and does not time out while the pointer or keyboard focus is on it.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { dismissToast, getToast, subscribeToast, type Toast } from './toast-store';
import { UpdatePrompt } from './update-prompt';

const VISIBLE_MS = 6000;

export function Toaster() {
  const toast = useSyncExternalStore(subscribeToast, getToast);
  return (
    <div className="toaster">
      <div role="status" className="toast-region">
        <UpdatePrompt />
        {toast?.tone === 'info' && <ToastCard toast={toast} />}
      </div>
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
        if (!event.currentTarget.contains(event.relatedTarget)) setHeld(false);
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
