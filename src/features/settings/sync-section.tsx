// Settings → Sync (DESIGN.md §9, §10): turn sync on, link and join devices, see the truth about
// the connection, stop syncing here, revoke a lost device. The sync code (yjs, the provider)
// loads only when sync is on or a button needs it; with sync off this is a few paragraphs.
import { useState, useSyncExternalStore } from 'react';
import { db } from '../../db/database';
import { useSyncDevice, useSyncOn } from '../../db/sync-device';
import { getDeviceLink, subscribeDeviceLink } from '../../ui/device-link-store';
import { FieldError } from '../../ui/form-parts';
import { JoinPrompt } from './join-prompt';
import { SyncOff } from './sync-off';
import { SyncOn } from './sync-on';
import { UnfinishedJoin } from './unfinished-join';
import './sync.css';

export function SyncSection() {
  const syncOn = useSyncOn(db);
  const device = useSyncDevice(db);
  const link = useSyncExternalStore(subscribeDeviceLink, getDeviceLink);
  const [error, setError] = useState<string | null>(null);

  const body = () => {
    if (syncOn === undefined || device === undefined) {
      return <p className="loading">Checking sync…</p>;
    }
    if (!syncOn && device === null)
      return <SyncOff joinOffered={link !== null} onError={setError} />;
    if (!syncOn && device) return <UnfinishedJoin onError={setError} />;
    return <SyncOn device={device} joinOffered={link !== null} onError={setError} />;
  };

  return (
    <section className="settings-card sync-card" aria-labelledby="sync-heading">
      <h2 id="sync-heading">Sync</h2>
      {link && <JoinPrompt reading={link} device={device} syncOn={syncOn} onError={setError} />}
      {body()}
      <FieldError message={error} />
    </section>
  );
}
