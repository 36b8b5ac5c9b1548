// Renames a step where it stands, with the same "Title" box and the same rules as Today's edit
// of a task (the repository checks them): Enter saves, Escape cancels, and a refused title stays
// in the box with the reason beside it, so nothing typed is lost.
import { useId, useState } from 'react';
import { updateTask } from '../../db/task-repository';
import { describeWriteError } from '../../db/write-error';
import type { Task } from '../../domain/types';
import { editFormProps } from '../../ui/edit-form';
import { focusOnMount, type FocusHold } from '../../ui/focus';
import { EditorButtons, FieldError } from '../../ui/form-parts';

interface Props {
  step: Task;
  /** `hold`: where focus was when Save was asked for (absent for Cancel). */
  onClose: (hold?: FocusHold) => void;
}

export function StepTitleEditor({ step, onClose }: Props) {
  const id = useId();
  const errorId = `${id}-error`;
  const [title, setTitle] = useState(step.title);
  const [error, setError] = useState<string | null>(null);

  const save = async (hold: FocusHold) => {
    try {
      await updateTask(step.id, { title });
      onClose(hold);
    } catch (failure) {
      setError(describeWriteError(failure));
    }
  };

  return (
    <form
      className="step-title-editor"
      aria-label={`Edit ${step.title}`}
      {...editFormProps(save, onClose)}
    >
      <label htmlFor={`${id}-title`}>Title</label>
      <input
        id={`${id}-title`}
        type="text"
        value={title}
        autoComplete="off"
        // Opened by a click on "Edit": the title is what the user came to change.
        ref={focusOnMount}
        onChange={(event) => {
          setTitle(event.currentTarget.value);
          setError(null);
        }}
        aria-invalid={error !== null || undefined}
        aria-describedby={error ? errorId : undefined}
      />
      <FieldError id={errorId} message={error} />
      <EditorButtons onCancel={onClose} />
    </form>
  );
}
