// One step on a goal's page: its checkbox (done or open), its title, whether Today shows it
// next and how often it was snoozed, and its buttons, each named after the step. "Edit" turns
// the row into a title box; closing it gives focus back to that "Edit" button.
import { useState, type CSSProperties, type ReactNode, type Ref } from 'react';
import type { Task, TaskStatus } from '../../domain/types';
import { focusWhenPresent, type FocusHold } from '../../ui/focus';
import { snoozeText } from '../../ui/goal-text';
import { DeleteIcon, EditIcon } from '../../ui/icons';
import { setStepDone } from './goal-actions';
import { StepTitleEditor } from './step-title-editor';

/** The selector of one control of one step row, e.g. its "delete" button. */
export const stepControl = (id: string, name: string) =>
  `[data-step-id="${CSS.escape(id)}"] [data-control="${name}"]`;

interface Props {
  step: Task;
  index: number;
  count: number;
  /** Today shows this step for its goal. */
  onToday: boolean;
  onMove: (direction: 'up' | 'down') => void;
  onDelete: () => void;
  /** For a sortable list: the row's element, its drag transform, its drag handle. */
  rowRef?: Ref<HTMLLIElement>;
  style?: CSSProperties;
  className?: string | undefined;
  leading?: ReactNode;
}

export function StepItem(props: Props) {
  const { step, index, count, onToday, onMove, onDelete, rowRef, style, className, leading } =
    props;
  // The box shows the new state at once. The pending state is tied to the status it started
  // from, so it gives way by itself once the stored status changes, and a second click before
  // then acts on what the box shows rather than on the stale record.
  const [pending, setPending] = useState<{ from: TaskStatus; done: boolean } | null>(null);
  const done = pending?.from === step.status ? pending.done : step.status === 'done';
  const toggle = async () => {
    const next = !done;
    setPending({ from: step.status, done: next });
    if (!(await setStepDone(step, next))) setPending(null);
  };
  const details = [onToday && 'Next on Today', snoozeText(step.snoozes)].filter(Boolean);
  const [editing, setEditing] = useState(false);
  const closeEditor = (hold?: FocusHold) => {
    setEditing(false);
    focusWhenPresent(stepControl(step.id, 'edit'), undefined, hold);
  };

  return (
    <li
      ref={rowRef}
      style={style}
      className={`step${step.status === 'done' ? ' step-done' : ''}${className ? ` ${className}` : ''}`}
      data-step-id={step.id}
    >
      {editing ? (
        <StepTitleEditor step={step} onClose={closeEditor} />
      ) : (
        <>
          {leading}
          <input
            type="checkbox"
            className="task-check"
            aria-label={`Complete: ${step.title}`}
            checked={done}
            onChange={() => void toggle()}
          />
          <div className="step-text">
            <span className="step-title">{step.title}</span>
            {details.length > 0 && <span className="step-details">{details.join(' · ')}</span>}
          </div>
          <div className="step-controls">
            {count > 1 && (
              <>
                <button
                  type="button"
                  data-control="move-up"
                  aria-label={`Move up: ${step.title}`}
                  disabled={index === 0}
                  onClick={() => onMove('up')}
                >
                  Move up
                </button>
                <button
                  type="button"
                  data-control="move-down"
                  aria-label={`Move down: ${step.title}`}
                  disabled={index === count - 1}
                  onClick={() => onMove('down')}
                >
                  Move down
                </button>
              </>
            )}
            <button
              type="button"
              className="icon-button"
              data-control="edit"
              aria-label={`Edit: ${step.title}`}
              onClick={() => setEditing(true)}
            >
              <EditIcon />
            </button>
            <button
              type="button"
              className="icon-button"
              data-control="delete"
              aria-label={`Delete: ${step.title}`}
              onClick={onDelete}
            >
              <DeleteIcon />
            </button>
          </div>
        </>
      )}
    </li>
  );
}
