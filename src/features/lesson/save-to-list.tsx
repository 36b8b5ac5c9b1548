// "Save to my list": the one way the lesson writes to the user's data. It says exactly what will
// change and asks first; then every line is written in one transaction (saveTaskList), so a
// failure writes nothing. Afterwards the lesson's lines count as copies of the saved tasks, so
// saving again never adds the same items twice.
import { useEffect, useId, useRef, useState } from 'react';
import { saveTaskList, type SavedList } from '../../db/task-list-repository';
import { describeWriteError } from '../../db/write-error';
import { holdFocus } from '../../ui/focus';
import { Link } from '../../ui/router';
import { savePreview, type SandboxItem } from './sandbox-items';
import { updateSandbox, type SourceTask } from './sandbox-store';
import { FieldError } from '../../ui/form-parts';

interface Props {
  items: readonly SandboxItem[];
  sources: readonly SourceTask[];
}

const things = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "2 goal steps and 6 chores", leaving out a kind there is none of. */
function kinds(goals: number, chores: number, adjective = ''): string {
  const parts = [
    goals > 0 ? things(goals, `${adjective}goal step`, `${adjective}goal steps`) : '',
    chores > 0 ? things(chores, `${adjective}chore`, `${adjective}chores`) : '',
  ];
  return parts.filter(Boolean).join(' and ');
}

function previewWords(preview: ReturnType<typeof savePreview>): string[] {
  const words: string[] = [];
  if (preview.newGoals + preview.newChores > 0) {
    words.push(`This adds ${kinds(preview.newGoals, preview.newChores, 'new ')} to your list.`);
  }
  if (preview.toGoal > 0) {
    words.push(
      `It turns ${things(preview.toGoal, 'of your chores', 'of your chores')} into ${preview.toGoal === 1 ? 'a goal step' : 'goal steps'}.`,
    );
  }
  if (preview.toChore > 0) {
    words.push(
      `It turns ${things(preview.toChore, 'of your goal steps', 'of your goal steps')} into ${preview.toChore === 1 ? 'a chore' : 'chores'}.`,
    );
  }
  return words;
}

function savedWords(result: SavedList, items: readonly SandboxItem[]): string {
  let goals = 0;
  let chores = 0;
  items.forEach((item, index) => {
    if (item.sourceId !== undefined || !result.tasks[index]) return;
    if (item.kind === 'goal') goals++;
    else chores++;
  });
  const parts = [
    goals + chores > 0
      ? `Saved to your list: ${kinds(goals, chores)} added.`
      : 'Saved to your list.',
  ];
  if (result.changed > 0) parts.push(`${things(result.changed, 'item', 'items')} changed kind.`);
  if (result.skipped > 0) {
    parts.push(
      `${things(result.skipped, 'line was', 'lines were')} left out: ${result.skipped === 1 ? 'that item is' : 'those items are'} no longer open on your list.`,
    );
  }
  return parts.join(' ');
}

export function SaveToList({ items, sources }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState('');
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const saveButton = useRef<HTMLButtonElement>(null);
  const id = useId();
  const preview = savePreview(items, sources);
  const words = previewWords(preview);

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  const ask = () => {
    setError(null);
    setSaved(false);
    if (words.length === 0) {
      setMessage('Nothing to save: your list already holds these items, marked this way.');
      return;
    }
    setMessage('');
    if (confirming) confirmButton.current?.focus();
    setConfirming(true);
  };

  const cancel = () => {
    setConfirming(false);
    saveButton.current?.focus();
  };

  const save = async () => {
    const hold = holdFocus();
    setSaving(true);
    setError(null);
    try {
      const result = await saveTaskList(
        items.map(({ title, kind, sourceId }) => ({
          title,
          kind,
          ...(sourceId !== undefined && { sourceId }),
        })),
      );
      updateSandbox((sandbox) => ({
        ...sandbox,
        sources: result.tasks.flatMap((task) =>
          task ? [{ id: task.id, title: task.title, kind: task.kind }] : [],
        ),
      }));
      setMessage(savedWords(result, items));
      setSaved(true);
      setConfirming(false);
      hold.moveTo(saveButton.current);
    } catch (failure) {
      setError(describeWriteError(failure));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="lesson-save" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="visually-hidden">
        Keep this list
      </h2>
      <div className="lesson-actions">
        <button type="button" className="primary" ref={saveButton} onClick={ask}>
          Save to my list
        </button>
        <span className="lesson-hint">Until you do, your own list stays exactly as it was.</span>
      </div>
      {confirming && (
        <div
          className="lesson-confirm"
          role="group"
          aria-labelledby={`${id}-confirm`}
          onKeyDown={(event) => {
            if (event.key === 'Escape') cancel();
          }}
        >
          <p id={`${id}-confirm`} className="lesson-confirm-title">
            Save this to your list?
          </p>
          {words.map((line) => (
            <p key={line}>{line}</p>
          ))}
          <p>Goal steps stand above the chores on Today. Nothing on your list is deleted.</p>
          <div className="lesson-actions">
            <button
              type="button"
              className="primary"
              ref={confirmButton}
              disabled={saving}
              onClick={() => void save()}
            >
              Yes, save
            </button>
            <button type="button" onClick={cancel} disabled={saving}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <FieldError message={error} />
      <p role="status" className="lesson-status">
        {message}
      </p>
      {saved && <Link href="/">See it on Today</Link>}
    </section>
  );
}
