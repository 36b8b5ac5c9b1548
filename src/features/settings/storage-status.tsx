// Where the data lives and whether the browser promises to keep it.
import { useCallback, useEffect, useState } from 'react';
import { db } from '../../db/database';
import { askPersistentStorageNow, readStorageStatus, type StorageStatus } from '../../db/storage';
import { useSyncOn } from '../../db/sync-device';
import { formatBytes } from './format';

export function StorageStatusCard() {
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const syncOn = useSyncOn(db);
  const refresh = useCallback(() => {
    void readStorageStatus().then(setStatus);
  }, []);
  useEffect(refresh, [refresh]);

  return (
    <section className="settings-card" aria-labelledby="storage-heading">
      <h2 id="storage-heading">Storage</h2>
      <p>
        {syncOn
          ? 'Your data lives in this browser, and sync keeps a copy on the server this app comes from. No account.'
          : 'Your data lives only in this browser, on this device. No account, no server.'}
      </p>
      {status === null ? (
        <p className="loading">Checking storage…</p>
      ) : (
        <dl className="settings-facts">
          <dt>Persistent storage</dt>
          <dd>
            {status.persisted === true
              ? 'Yes: the browser keeps your data until you delete it.'
              : status.persisted === false
                ? 'Not yet: the browser may clear the data when the disk runs low. Backups protect you.'
                : 'This browser does not say.'}
          </dd>
          <dt>Space used</dt>
          <dd>
            {status.usage === null
              ? 'This browser does not say.'
              : status.quota
                ? `${formatBytes(status.usage)} of about ${formatBytes(status.quota)} available`
                : formatBytes(status.usage)}
          </dd>
        </dl>
      )}
      {status?.persisted === false && (
        <button type="button" onClick={() => void askPersistentStorageNow().then(refresh)}>
          Ask to keep my data
        </button>
      )}
    </section>
  );
}
