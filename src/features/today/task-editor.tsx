// Inline edit of one task: Enter saves, Escape cancels, the same rules as quick add.
import { useId, useState } from 'react';
import { updateTask } from '../../db/task-repository';
import { describeWriteError } from '../../db/write-error';
import type { Task, TaskKind } from '../../domain/types';
import { KindPicker } from './kind-picker';

interface Props {
  task: Task;
  onClose: (saved: boolean) => void;
}

export function TaskEditor({ task, onClose }: Props) {
  const [title, setTitle] = useState(task.title);
  const [kind, setKind] = useState<TaskKind>(task.kind);
  const [notes, setNotes] = useState(task.notes ?? '');
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  const save = async () => {
    try {
      await updateTask(task.id, { title, kind, notes: notes.trim() ? notes : null });
      onClose(true);
    } catch (failure) {
      setError(describeWriteError(failure));
    }
  };

  return (
    <form
      className="task-editor"
      aria-label={`Edit ${task.title}`}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose(false);
        }
      }}
    >
      <label htmlFor={`${id}-title`}>Title</label>
      <input
        id={`${id}-title`}
        type="text"
        value={title}
        // The editor opens on a click of "Edit": focus belongs in its first field.
        autoFocus
        onChange={(event) => {
          setTitle(event.target.value);
          setError(null);
        }}
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      <KindPicker name={`${id}-kind`} value={kind} onChange={setKind} />
      <label htmlFor={`${id}-notes`}>Notes</label>
      <textarea
        id={`${id}-notes`}
        value={notes}
        rows={3}
        onChange={(event) => setNotes(event.target.value)}
        onKeyDown={(event) => {
          // Enter writes a new line in notes; Ctrl/Cmd+Enter saves from here too.
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            void save();
          }
        }}
      />
      {error && (
        <p id={`${id}-error`} role="alert" className="field-error">
          {error}
        </p>
      )}
      <div className="editor-buttons">
        <button type="submit" className="primary">
          Save
        </button>
        <button type="button" onClick={() => onClose(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
