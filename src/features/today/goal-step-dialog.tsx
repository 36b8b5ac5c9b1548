// Asked when a chore is dropped into the goal section (DESIGN.md §3 rule 5): which goal is it a
// step of? The goal of the row it was dropped on comes chosen; "No goal" is always a choice, and
// Cancel (or Escape) leaves the chore as it was. A repeating chore is told up front that goal
// steps do not repeat, so the repeat stops (and comes back with Undo).
import { useEffect, useId, useRef, useState } from 'react';
import { useActiveGoals } from '../../db/use-active-goals';
import { describeRecurrence } from '../../domain/recurrence-words';
import type { Task } from '../../domain/types';
import { GoalPicker } from './goal-picker';

interface Props {
  task: Task;
  /** The goal of the row it was dropped on, if any. */
  goalId: string | undefined;
  onConfirm: (goal: { id: string; title: string } | undefined) => void;
  onCancel: () => void;
}

export function GoalStepDialog({ task, goalId, onConfirm, onCancel }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [choice, setChoice] = useState(goalId);
  const goals = useActiveGoals();
  const id = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element || element.open) return;
    // A modal dialog keeps focus inside and closes on Escape; jsdom lacks showModal.
    if (typeof element.showModal === 'function') element.showModal();
    else element.setAttribute('open', '');
  }, []);

  const confirm = () => {
    const goal = goals?.find((candidate) => candidate.id === choice);
    onConfirm(choice === undefined ? undefined : { id: choice, title: goal?.title ?? 'its goal' });
  };

  return (
    <dialog
      ref={dialog}
      className="goal-step-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          confirm();
        }}
      >
        <h2 id={`${id}-title`}>Make “{task.title}” a goal step</h2>
        <p id={`${id}-text`}>
          Choose its goal and it becomes that goal’s next step, on top of Today. With “No goal” it
          joins the goal steps that belong to no goal.
          {task.recurrence &&
            ` It repeats ${describeRecurrence(task.recurrence)} now; goal steps are done once, so it will stop repeating.`}
        </p>
        <GoalPicker id={`${id}-goal`} value={choice} onChange={setChoice} />
        <div className="dialog-buttons">
          <button type="submit" className="primary">
            Make it a goal step
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
