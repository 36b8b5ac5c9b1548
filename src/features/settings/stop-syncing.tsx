// "Stop syncing on this device": the data stays here; the server forgets this device. Asked
// once more, since coming back takes a device link from another device.
import { useState } from 'react';
import { db } from '../../db/database';
import { showToast } from '../../ui/toast-store';
import { loadSyncActions } from './sync-actions';

export function StopSyncing({ onError }: { onError: (message: string | null) => void }) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);

  const stop = async () => {
    if (busy) return;
    setBusy(true);
    onError(null);
    const { stopSyncingHere } = await loadSyncActions();
    await stopSyncingHere(db);
    setBusy(false);
    setAsking(false);
    showToast('Sync stopped on this device. Your data stays here.');
  };

  if (!asking) {
    return (
      <div className="settings-block">
        <button type="button" onClick={() => setAsking(true)}>
          Stop syncing on this device
        </button>
      </div>
    );
  }
  return (
    <div className="settings-block" role="group" aria-label="Stop syncing?">
      <p>
        Stop syncing on this device? Everything stays on it, but changes no longer travel. To sync
        it again, you will need a device link from another device.
      </p>
      <div className="editor-buttons">
        <button type="button" className="primary" onClick={() => void stop()}>
          {busy ? 'Stopping…' : 'Yes, stop syncing'}
        </button>
        <button type="button" onClick={() => setAsking(false)}>
          Cancel
        </button>
      </div>
    </div>
  );
}
