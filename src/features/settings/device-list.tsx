// The devices of the space, as the server lists them, with "Revoke" for a lost or sold one: it
// stops syncing at once (the server closes its connection) and is told why.
import { useCallback, useEffect, useState } from 'react';
import { db } from '../../db/database';
import type { CredentialSummary } from '../../domain/sync-protocol';
import { showToast } from '../../ui/toast-store';
import { formatMoment } from './format';
import { loadSyncActions } from './sync-actions';
import { failureText } from './sync-words';

type Devices =
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  | { state: 'ok'; list: CredentialSummary[] };

const nameOf = (device: CredentialSummary) => device.label ?? 'A device';

async function fetchDevices(): Promise<Devices> {
  const { listDevices } = await loadSyncActions();
  const result = await listDevices(db);
  return result.ok
    ? { state: 'ok', list: result.value.credentials.filter((c) => c.kind === 'device') }
    : { state: 'failed', message: failureText(result.error) };
}

export function DeviceList({ onError }: { onError: (message: string | null) => void }) {
  const [devices, setDevices] = useState<Devices>({ state: 'loading' });
  const [asking, setAsking] = useState<string | null>(null);

  const load = useCallback(() => {
    void fetchDevices().then(setDevices);
  }, []);
  useEffect(() => {
    let live = true;
    void fetchDevices().then((next) => {
      if (live) setDevices(next);
    });
    return () => {
      live = false;
    };
  }, []);

  const revoke = async (device: CredentialSummary) => {
    onError(null);
    const { revokeDevice } = await loadSyncActions();
    const result = await revokeDevice(db, device.id);
    setAsking(null);
    if (result.ok) showToast(`${nameOf(device)} no longer syncs.`);
    else onError(`Not revoked. ${failureText(result.error)}`);
    load();
  };

  return (
    <div className="settings-block">
      <h3 id="devices-heading">Devices</h3>
      {devices.state === 'loading' && <p className="loading">Asking the server for the list…</p>}
      {devices.state === 'failed' && (
        <>
          <p>The list of devices comes from the server. {devices.message}</p>
          <button type="button" onClick={load}>
            Show devices
          </button>
        </>
      )}
      {devices.state === 'ok' && (
        <ul className="device-list" aria-labelledby="devices-heading">
          {devices.list.map((device) => {
            const linked = `linked ${formatMoment(device.createdAt)}`;
            return (
              <li key={device.id}>
                <span>
                  <strong>{nameOf(device)}</strong>
                  {device.current ? ' (this device)' : ''}
                  <span className="settings-hint">, {linked}</span>
                </span>
                {!device.current &&
                  (asking === device.id ? (
                    <span
                      className="revoke-confirm"
                      role="group"
                      aria-label={`Revoke ${nameOf(device)}?`}
                    >
                      It stops syncing at once and needs a new device link to come back.{' '}
                      <button type="button" onClick={() => void revoke(device)}>
                        Yes, revoke
                      </button>{' '}
                      <button type="button" onClick={() => setAsking(null)}>
                        Cancel
                      </button>
                    </span>
                  ) : (
                    <button
                      type="button"
                      aria-label={`Revoke ${nameOf(device)}, ${linked}`}
                      onClick={() => setAsking(device.id)}
                    >
                      Revoke
                    </button>
                  ))}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
