// "Link another device": a fresh device link (works once, for a quarter of an hour), to copy, or
// to scan from a phone.
import { useId, useRef, useState } from 'react';
import { db } from '../../db/database';
import { QrCode } from '../../ui/qr-code';
import { copyLink } from './copy-link';
import { loadSyncActions } from './sync-actions';
import { failureText } from './sync-words';

const time = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

interface Link {
  url: string;
  expiresAt?: number;
}

export function LinkDevice({ onError }: { onError: (message: string | null) => void }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [link, setLink] = useState<Link | null>(null);
  const [busy, setBusy] = useState(false);

  const make = async () => {
    if (busy) return;
    setBusy(true);
    onError(null);
    const { createDeviceLink } = await loadSyncActions();
    const result = await createDeviceLink(db, window.location.origin);
    setBusy(false);
    if (result.ok) setLink(result.value);
    else onError(`No link was made. ${failureText(result.error)}`);
  };

  const copy = async () => {
    if (!link) return;
    await copyLink(link.url, input.current, 'Device link copied. Open it on the other device.');
  };

  return (
    <div className="settings-block">
      <h3>Add a device</h3>
      <button type="button" onClick={() => void make()}>
        {busy ? 'Making a link…' : 'Link another device'}
      </button>
      {link && (
        <div className="device-link">
          <div className="settings-field">
            <label htmlFor={`${id}-link`}>Device link</label>
            <input
              id={`${id}-link`}
              ref={input}
              readOnly
              value={link.url}
              aria-describedby={`${id}-hint`}
              onFocus={(event) => event.currentTarget.select()}
            />
          </div>
          <button type="button" onClick={() => void copy()}>
            Copy link
          </button>
          <p id={`${id}-hint`} className="settings-hint">
            Open it on the other device, or scan the code with its camera. It works once
            {link.expiresAt === undefined ? '' : `, until ${time.format(link.expiresAt)}`}.
          </p>
          <QrCode text={link.url} label="Device link as a QR code" />
        </div>
      )}
    </div>
  );
}
