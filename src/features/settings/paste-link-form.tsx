// "Paste a device link" + "Join": for an app installed to a home screen, which does not share
// the browser's storage and so cannot be handed a link by opening it. A link that is not one,
// or is for another server, is refused before anything is sent; the typed text stays.
import { useId, useState } from 'react';
import { db } from '../../db/database';
import { readDeviceLink } from '../../domain/device-link';
import { FieldError } from '../../ui/form-parts';
import { showToast } from '../../ui/toast-store';
import { loadSyncActions } from './sync-actions';
import { failureText, linkProblemText } from './sync-words';

/** `onStart`: a new try clears what an earlier one said elsewhere in the section. */
export function PasteLinkForm({ onStart }: { onStart: () => void }) {
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [joining, setJoining] = useState(false);

  const join = async () => {
    if (joining) return;
    onStart();
    const origin = window.location.origin;
    const reading = readDeviceLink(text, origin);
    if (!reading.ok) {
      setError(linkProblemText(reading.problem, origin, reading.origin));
      return;
    }
    setError(null);
    setJoining(true);
    const { joinWithToken } = await loadSyncActions();
    const result = await joinWithToken(db, reading.token);
    setJoining(false);
    if (result.ok) {
      setText('');
      showToast('This device now syncs with your other devices.');
    } else {
      setError(`Not joined. ${failureText(result.error)} Nothing was changed on this device.`);
    }
  };

  return (
    <form
      className="settings-block"
      aria-labelledby={`${id}-heading`}
      // The app checks the link itself (a bare token is fine too), saying what is wrong.
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void join();
      }}
    >
      <h3 id={`${id}-heading`}>Join devices that already sync</h3>
      <p className="settings-hint">
        On a device that already syncs, choose “Link another device” and open the link here, or
        paste it below. This device’s tasks are merged with theirs: nothing is lost.
      </p>
      <div className="settings-field">
        <label htmlFor={`${id}-link`}>Paste a device link</label>
        <input
          id={`${id}-link`}
          type="url"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          value={text}
          aria-invalid={error !== null}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => setText(event.currentTarget.value)}
        />
      </div>
      <FieldError id={`${id}-error`} message={error} />
      <button type="submit" aria-disabled={joining || undefined}>
        {joining ? 'Joining…' : 'Join'}
      </button>
    </form>
  );
}
