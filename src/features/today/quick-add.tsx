// Capture first: one box, Enter adds. A refused title keeps what was typed and says why.
import { useId, useRef, useState } from 'react';
import { addTask } from '../../db/task-repository';
import { describeWriteError } from '../../db/write-error';
import type { TaskKind } from '../../domain/types';
import { KindPicker } from './kind-picker';

export const NEW_TASK_INPUT_ID = 'new-task';

export function QuickAdd() {
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<TaskKind>('chore');
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const errorId = useId();

  const add = async () => {
    try {
      await addTask({ title, kind });
      setTitle('');
      setError(null);
    } catch (failure) {
      setError(describeWriteError(failure));
    }
    input.current?.focus();
  };

  return (
    <form
      className="quick-add"
      aria-label="Quick add"
      onSubmit={(event) => {
        event.preventDefault();
        void add();
      }}
    >
      <div className="quick-add-row">
        <label htmlFor={NEW_TASK_INPUT_ID} className="visually-hidden">
          New task
        </label>
        <input
          id={NEW_TASK_INPUT_ID}
          ref={input}
          type="text"
          value={title}
          onChange={(event) => {
            setTitle(event.target.value);
            setError(null);
          }}
          placeholder="Write down a chore, or the next step toward a goal"
          autoComplete="off"
          enterKeyHint="done"
          aria-invalid={error !== null}
          aria-describedby={error ? errorId : undefined}
        />
        <button type="submit" className="primary">
          Add
        </button>
      </div>
      <KindPicker name="quick-add-kind" value={kind} onChange={setKind} />
      {error && (
        <p id={errorId} role="alert" className="field-error">
          {error}
        </p>
      )}
    </form>
  );
}
