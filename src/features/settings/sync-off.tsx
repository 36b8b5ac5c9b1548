// Sync off: what sync does and "Turn on sync" (the space is created on the server that served
// the app, then this device's data goes up), or joining the devices that already sync.
import { useId, useState } from 'react';
import { db } from '../../db/database';
import { showToast } from '../../ui/toast-store';
import { PasteLinkForm } from './paste-link-form';
import { loadSyncActions } from './sync-actions';
import { SyncStatus } from './sync-status';
import { failureText } from './sync-words';

interface Props {
  /** A device link is waiting for "Join" above: the paste form would be a second "Join". */
  joinOffered: boolean;
  onError: (message: string | null) => void;
}

export function SyncOff({ joinOffered, onError }: Props) {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [askCode, setAskCode] = useState(false);
  const [code, setCode] = useState('');

  const turnOn = async () => {
    if (busy) return;
    setBusy(true);
    onError(null);
    const { turnOnSync } = await loadSyncActions();
    const result = await turnOnSync(db, code.trim() || undefined);
    setBusy(false);
    if (result.ok) {
      showToast('Sync is on. Link your other devices from here.');
      return;
    }
    if (result.error === 'signup-code-required') setAskCode(true);
    onError(`Sync is still off. ${failureText(result.error)}`);
  };

  return (
    <>
      <SyncStatus text="Sync is off: your data stays on this device only." />
      <form
        className="settings-block"
        onSubmit={(event) => {
          event.preventDefault();
          void turnOn();
        }}
      >
        <p>
          Sync keeps your list the same on your phone, laptop and any other device. It keeps a copy
          of your data on the server this app comes from ({window.location.host}) and works offline:
          changes made without a connection go up when it returns.
        </p>
        {askCode && (
          <div className="settings-field">
            <label htmlFor={`${id}-code`}>Signup code</label>
            <input
              id={`${id}-code`}
              autoComplete="off"
              value={code}
              onChange={(event) => setCode(event.currentTarget.value)}
            />
          </div>
        )}
        <button type="submit" className="primary" aria-disabled={busy || undefined}>
          {busy ? 'Turning sync on…' : 'Turn on sync'}
        </button>
      </form>
      {!joinOffered && <PasteLinkForm onStart={() => onError(null)} />}
    </>
  );
}
