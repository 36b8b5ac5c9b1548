// Step 5: the client's own list, typed or pasted, or copied from their current list. It lives
// in the lesson's sandbox (sessionStorage), never in their data.
import { useId, useState, type ChangeEvent } from 'react';
import { listOpenTasks } from '../../db/task-repository';
import { LIST_ITEM_MAX_LENGTH, LIST_MAX_ITEMS } from '../../domain/written-list';
import { sandboxFromTasks } from './sandbox-items';
import { clearSandbox, getSandbox, updateSandbox, type Sandbox } from './sandbox-store';
import { useYourList } from './use-your-list';
import { FieldError } from '../../ui/form-parts';

const count = new Intl.NumberFormat('en');

export function YourListStep() {
  const list = useYourList();
  const [status, setStatus] = useState('');
  const [readError, setReadError] = useState<string | null>(null);
  // What the box held before a copy or a clear replaced it, so either can be undone.
  const [previous, setPrevious] = useState<Sandbox | null>(null);
  const id = useId();
  const error = list.parsed.ok ? null : list.parsed.message;

  const onChange = (event: ChangeEvent<HTMLTextAreaElement>) => {
    const text = event.currentTarget.value;
    updateSandbox((sandbox) => ({ ...sandbox, text }));
  };

  const replace = (next: Sandbox | null, message: string) => {
    const before = getSandbox();
    if (next) updateSandbox(() => next);
    else clearSandbox();
    setPrevious(before.text.trim() === '' ? null : before);
    setStatus(message);
  };

  const copyCurrent = async () => {
    setReadError(null);
    try {
      const tasks = await listOpenTasks();
      if (tasks.length === 0) {
        setStatus(
          'Your list is empty right now, so there is nothing to copy. Type a few lines instead.',
        );
        return;
      }
      const copied = tasks.slice(0, LIST_MAX_ITEMS);
      const cut =
        tasks.length > copied.length
          ? ` Your list has ${count.format(tasks.length)} open items; the lesson takes the first ${LIST_MAX_ITEMS}.`
          : '';
      replace(
        sandboxFromTasks(copied),
        `Copied ${copied.length} open ${copied.length === 1 ? 'item' : 'items'} from your list.${cut} This is a copy: nothing you do here changes your list.`,
      );
    } catch {
      setReadError('Your list could not be read just now. Type it in instead, or try again.');
    }
  };

  const undo = () => {
    if (!previous) return;
    updateSandbox(() => previous);
    setPrevious(null);
    setStatus('Put back what was in the box before.');
  };

  return (
    <>
      <p className="lesson-lead">
        Now your own list. Write it the way it comes to mind, one item per line, or paste it from
        wherever you keep it. It stays in this browser tab; nothing is saved unless you choose to at
        the end.
      </p>
      <div className="lesson-field">
        <label htmlFor={`${id}-box`}>Your list</label>
        <p id={`${id}-hint`} className="lesson-hint">
          One item per line, up to {LIST_MAX_ITEMS} lines of up to {LIST_ITEM_MAX_LENGTH}{' '}
          characters.
        </p>
        <textarea
          id={`${id}-box`}
          className="lesson-textarea"
          rows={10}
          value={list.sandbox.text}
          onChange={onChange}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          spellcheck
        />
        <FieldError id={`${id}-error`} message={error} />
      </div>
      <div className="lesson-actions">
        <button type="button" onClick={() => void copyCurrent()}>
          Use my current list
        </button>
        {list.sandbox.text !== '' && (
          <button
            type="button"
            onClick={() => replace(null, 'The box is empty, ready for the next list.')}
          >
            Clear the box
          </button>
        )}
        {previous && (
          <button type="button" onClick={undo}>
            Undo
          </button>
        )}
      </div>
      <FieldError message={readError} />
      <p role="status" className="lesson-status">
        {status}
      </p>
      {list.parsed.ok && list.items.length > 0 && (
        <p className="lesson-hint">
          {list.items.length} {list.items.length === 1 ? 'line' : 'lines'}. Next, you will pick out
          the goals among them.
        </p>
      )}
    </>
  );
}
