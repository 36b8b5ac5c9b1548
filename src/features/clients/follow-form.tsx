// A coach link opened on this device (`#share=…`): "Client's name" and "Follow". Nothing is
// kept before "Follow"; "Cancel" forgets the link.
import { useId, useState } from 'react';
import { FollowError, followClient } from '../../db/coach-clients';
import type { DeviceLinkReading } from '../../domain/device-link';
import { dropCoachLink } from '../../ui/coach-link-store';
import { FieldError } from '../../ui/form-parts';
import { showToast } from '../../ui/toast-store';

const PROBLEMS = {
  empty: 'This coach link is empty.',
  'not-a-link': 'This is not a coach link.',
  'other-server': 'This coach link belongs to another server.',
  damaged: 'This coach link is damaged. Ask your client to copy it again.',
} as const;

export function FollowForm({ reading }: { reading: DeviceLinkReading }) {
  const id = useId();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);

  if (!reading.ok) {
    return (
      <section className="follow-form" aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`}>A coach link</h2>
        <FieldError message={PROBLEMS[reading.problem]} />
        <button type="button" onClick={dropCoachLink}>
          Dismiss
        </button>
      </section>
    );
  }

  const follow = async () => {
    try {
      const client = await followClient(name, reading.token, Date.now());
      dropCoachLink();
      showToast(`Following ${client.name}. Their goals show here as soon as they arrive.`);
    } catch (caught) {
      if (caught instanceof FollowError) setError(caught.message);
      else setError('This device could not keep the client. Try again.');
    }
  };

  return (
    <form
      className="follow-form"
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        void follow();
      }}
    >
      <h2 id={`${id}-heading`}>A client shares their goals with you</h2>
      <p>
        You will see their goals, progress and weekly Review here, read-only and live. Give them a
        name you will recognise; it stays on this device.
      </p>
      <div className="settings-field">
        {/* A straight apostrophe: the name DESIGN.md §10 fixes, as people type it. */}
        <label htmlFor={`${id}-name`}>Client's name</label>
        <input
          id={`${id}-name`}
          value={name}
          maxLength={60}
          autoComplete="off"
          aria-describedby={error ? `${id}-error` : undefined}
          aria-invalid={error ? true : undefined}
          onChange={(event) => setName(event.currentTarget.value)}
        />
      </div>
      <FieldError id={`${id}-error`} message={error} />
      <div className="editor-buttons">
        <button type="submit" className="primary">
          Follow
        </button>
        <button type="button" onClick={dropCoachLink}>
          Cancel
        </button>
      </div>
    </form>
  );
}
