// A goal's steps in the goal's own order: the first open one is what Today shows. Steps are
// added at the end, completed and reopened in place, dragged to a new place or moved up or down
// one place at a time, and deleted with Undo. Every control is named after its step ("Move up:
// Outline chapter one").
import { useId, useRef, useState } from 'react';
import { addTask } from '../../db/task-repository';
import type { GoalSummary } from '../../domain/goal-summary';
import type { Task } from '../../domain/types';
import { focusWhenPresent, holdFocus } from '../../ui/focus';
import { SortableList } from '../../ui/drag/sortable-list';
import { showToast } from '../../ui/toast-store';
import { deleteStepWithUndo, moveStepBy } from './goal-actions';
import { SortableStep, dropStep, stepId, stepTitle } from './sortable-step';
import { stepControl } from './step-item';
import { toFormError, type FormError } from './form-error';
import { FieldError } from '../../ui/form-parts';

export function StepSection({ summary }: { summary: GoalSummary }) {
  const { goal, steps, nextStep } = summary;

  const move = async (step: Task, index: number, direction: 'up' | 'down') => {
    const hold = holdFocus();
    if (!(await moveStepBy(step, direction))) return;
    const newIndex = index + (direction === 'up' ? -1 : 1);
    const atEnd = direction === 'up' ? newIndex === 0 : newIndex === steps.length - 1;
    focusWhenPresent(
      stepControl(step.id, `move-${atEnd ? (direction === 'up' ? 'down' : 'up') : direction}`),
      undefined,
      hold,
    );
  };

  const remove = async (step: Task, index: number) => {
    const hold = holdFocus();
    if (!(await deleteStepWithUndo(step))) return;
    const neighbour = steps[index + 1] ?? steps[index - 1];
    const target = neighbour ? stepControl(neighbour.id, 'delete') : '#new-step';
    focusWhenPresent(target, '#new-step', hold);
  };

  return (
    <section className="goal-steps" aria-labelledby="steps-heading">
      <h2 id="steps-heading">Steps</h2>
      {steps.length === 0 ? (
        <p className="empty">
          No steps yet. What is one small thing you could do next? Today shows a reminder to plan
          one until you do.
        </p>
      ) : (
        <SortableList items={steps} idOf={stepId} labelOf={stepTitle} onMove={dropStep}>
          {(shown) => (
            <ol className="step-list">
              {shown.map((step, index) => (
                <SortableStep
                  key={step.id}
                  step={step}
                  index={index}
                  count={shown.length}
                  onToday={step.id === nextStep?.id && goal.status === 'active'}
                  onMove={(direction) => void move(step, index, direction)}
                  onDelete={() => void remove(step, index)}
                />
              ))}
            </ol>
          )}
        </SortableList>
      )}
      <AddStep goalId={goal.id} goalTitle={goal.title} stepCount={steps.length} />
    </section>
  );
}

interface AddStepProps {
  goalId: string;
  goalTitle: string;
  stepCount: number;
}

function AddStep({ goalId, goalTitle, stepCount }: AddStepProps) {
  const [title, setTitle] = useState('');
  const [error, setError] = useState<FormError | null>(null);
  const errorId = useId();
  const input = useRef<HTMLInputElement>(null);

  const add = async () => {
    const hold = holdFocus();
    try {
      await addTask({ title, kind: 'goal', goalId });
      setTitle('');
      setError(null);
      // A new step goes after the goal's last step (DESIGN.md §2).
      const total = stepCount + 1;
      showToast(`Added to ${goalTitle}, step ${total} of ${total}`);
    } catch (failure) {
      setError(toFormError(failure));
    }
    hold.moveTo(input.current);
  };

  return (
    <form
      className="add-step"
      aria-label="Add a step"
      onSubmit={(event) => {
        event.preventDefault();
        void add();
      }}
    >
      <label htmlFor="new-step">New step</label>
      <div className="add-step-row">
        <input
          id="new-step"
          ref={input}
          type="text"
          value={title}
          autoComplete="off"
          placeholder="Something you could do in one sitting"
          onChange={(event) => {
            setTitle(event.currentTarget.value);
            setError(null);
          }}
          aria-invalid={error !== null || undefined}
          aria-describedby={error ? errorId : undefined}
        />
        <button type="submit">Add step</button>
      </div>
      <FieldError id={errorId} message={error?.message} />
    </form>
  );
}
