// Settings → Coach (issue 17, DESIGN.md §9, §10): "Share with your coach" with a plain choice of
// what is shared and a preview of exactly what the coach will see (the same card the coach's
// Clients page shows). Sharing gives a "Coach link" to copy; "Stop sharing" revokes it on the
// server at once and empties what the coach could read.
import { useId, useRef, useState } from 'react';
import { saveShareChoice, useCoachShare } from '../../db/coach-share';
import { db } from '../../db/database';
import { useShareProjection } from '../../db/share-inputs';
import { useSyncOn } from '../../db/sync-device';
import { coachLinkUrl } from '../../domain/coach-link';
import type { ShareChoices } from '../../domain/share-projection';
import type { Day } from '../../domain/types';
import { ClientSummary } from '../../ui/coach/client-summary';
import { summarySentence } from '../../ui/review/review-text';
import { FieldError } from '../../ui/form-parts';
import { showToast } from '../../ui/toast-store';
import { copyLink } from './copy-link';
import { loadShareActions } from './share-actions';
import { failureText } from './sync-words';
import { coachSeenText } from './coach-words';

const CHOICES: { key: keyof ShareChoices; label: string; hint: string }[] = [
  { key: 'choreTitles', label: 'Chore titles', hint: 'otherwise only how many' },
  { key: 'notes', label: 'Notes', hint: 'of goal steps and check-ins' },
  { key: 'reflections', label: 'Reflections', hint: 'what you wrote about the week' },
];

export function CoachSection({ today }: { today: Day }) {
  const id = useId();
  const share = useCoachShare();
  const syncOn = useSyncOn(db);
  const preview = useShareProjection(share?.choices);
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // A tick shows at once, before the stored choice comes back through the live query.
  const [ticked, setTicked] = useState<Partial<ShareChoices>>({});

  if (!share) return null;
  const { link } = share;
  const choices = { ...share.choices, ...ticked };
  const url = link ? coachLinkUrl(window.location.origin, link.token) : undefined;

  const start = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    const { shareWithCoach } = await loadShareActions();
    const result = await shareWithCoach(db, window.location.origin);
    setBusy(false);
    if (result.ok) showToast('Sharing is on. Send the coach link to your coach.');
    else setError(`Not shared. ${failureText(result.error)}`);
  };

  const stop = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    const { stopSharing } = await loadShareActions();
    const result = await stopSharing(db);
    setBusy(false);
    if (result.ok) showToast('Sharing stopped. Your coach’s link no longer works.');
    else setError(`Still sharing: the server could not be told. ${failureText(result.error)}`);
  };

  return (
    <section className="settings-card coach-card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Coach</h2>
      <p>
        Let your coach follow your goals between sessions, read-only and live: your goals with their
        why, steps and progress, the amounts you log and this week’s Review figures. Chores are
        shared only as counts.
      </p>
      <fieldset className="settings-choice">
        <legend>Also share</legend>
        {CHOICES.map(({ key, label, hint }) => (
          <label key={key}>
            <input
              type="checkbox"
              checked={choices[key]}
              onChange={(event) => {
                const value = event.currentTarget.checked;
                setTicked((current) => ({ ...current, [key]: value }));
                void saveShareChoice(key, value);
              }}
            />
            {label} <span className="settings-hint">({hint})</span>
          </label>
        ))}
      </fieldset>
      <section className="settings-block coach-preview" aria-labelledby={`${id}-preview`}>
        <h3 id={`${id}-preview`}>What your coach sees</h3>
        {preview ? (
          <>
            <ClientSummary projection={preview} today={today} showWhy />
            <p>This week: {summarySentence(preview.review)}.</p>
            <p className="settings-hint">
              {[
                !choices.choreTitles && 'Chore titles',
                !choices.notes && 'notes',
                !choices.reflections && 'reflections',
              ]
                .filter(Boolean)
                .join(', ') || 'Nothing'}{' '}
              stay on your devices.
            </p>
          </>
        ) : (
          <p className="loading">Making the preview…</p>
        )}
      </section>
      {url ? (
        // The device link's look (sync.css): a wide box in a monospace face.
        <div className="settings-block device-link">
          <div className="settings-field">
            <label htmlFor={`${id}-link`}>Coach link</label>
            <input
              id={`${id}-link`}
              ref={input}
              readOnly
              value={url}
              aria-describedby={`${id}-link-hint`}
              onFocus={(event) => event.currentTarget.select()}
            />
          </div>
          <button
            type="button"
            onClick={() =>
              void copyLink(url, input.current, 'Coach link copied. Send it to your coach.')
            }
          >
            Copy link
          </button>
          <p className="coach-seen">{coachSeenText(share.coachSeenAt, today)}</p>
          <p id={`${id}-link-hint`} className="settings-hint">
            Anyone with this link can read what is shown above until you stop sharing. Your coach
            sees changes within a second while this device is online.
          </p>
          <button type="button" onClick={() => void stop()}>
            {busy ? 'Stopping…' : 'Stop sharing'}
          </button>
        </div>
      ) : (
        <div className="settings-block">
          {syncOn === false && (
            <p className="settings-hint">
              Sharing turns on sync: a copy of your list is kept on the server this app comes from (
              {window.location.host}), and your coach reads only what is shown above.
            </p>
          )}
          <button type="button" className="primary" onClick={() => void start()}>
            {busy ? 'Sharing…' : 'Share with your coach'}
          </button>
        </div>
      )}
      <FieldError message={error} />
    </section>
  );
}
