// A device that was given its credential but could not fetch the space (the connection dropped
// in between): the credential is kept, so trying again needs no new link.
import { useState } from 'react';
import { db } from '../../db/database';
import { showToast } from '../../ui/toast-store';
import { StopSyncing } from './stop-syncing';
import { loadSyncActions } from './sync-actions';
import { SyncStatus } from './sync-status';
import { failureText } from './sync-words';

export function UnfinishedJoin({ onError }: { onError: (message: string | null) => void }) {
  const [busy, setBusy] = useState(false);
  const retry = async () => {
    if (busy) return;
    setBusy(true);
    onError(null);
    const { finishEntering } = await loadSyncActions();
    const result = await finishEntering(db);
    setBusy(false);
    if (result.ok) showToast('This device now syncs with your other devices.');
    else onError(failureText(result.error));
  };
  return (
    <>
      <SyncStatus text="Not syncing yet: this device is linked, but could not fetch the data of the other devices." />
      <button type="button" className="primary" onClick={() => void retry()}>
        {busy ? 'Trying again…' : 'Try again'}
      </button>
      <StopSyncing onError={onError} />
    </>
  );
}
