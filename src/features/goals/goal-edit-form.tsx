// Edits a goal's name, why, measure and deadline with the same rules (and the same field
// names) as the "New goal" flow. Enter saves, Escape cancels; a refusal keeps what was typed.
import { useId, useState } from 'react';
import { updateGoal } from '../../db/goal-repository';
import type { Day, Goal } from '../../domain/types';
import { fieldId, fieldState, focusField, toFormError, type FormError } from './form-error';
import { measureInput } from './goal-draft';
import { editFormProps } from '../../ui/edit-form';
import { focusOnMount, type FocusHold } from '../../ui/focus';
import { EditorButtons, FieldError } from '../../ui/form-parts';

interface Props {
  goal: Goal;
  today: Day;
  /** `hold`: where focus was when Save was asked for (absent for Cancel). */
  onClose: (hold?: FocusHold) => void;
}

export function GoalEditForm({ goal, today, onClose }: Props) {
  const formId = useId();
  const errorId = `${formId}-error`;
  const [title, setTitle] = useState(goal.title);
  const [why, setWhy] = useState(goal.why);
  const [measure, setMeasure] = useState<'steps' | 'count'>(goal.measure.type);
  const [target, setTarget] = useState(
    goal.measure.type === 'count' ? String(goal.measure.target) : '',
  );
  const [unit, setUnit] = useState(goal.measure.type === 'count' ? goal.measure.unit : '');
  const [deadline, setDeadline] = useState(goal.deadline ?? '');
  const [error, setError] = useState<FormError | null>(null);

  const edit =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setError(null);
    };

  const save = async (hold: FocusHold) => {
    try {
      await updateGoal(
        goal.id,
        {
          title,
          why,
          measure: measureInput({ measure, target, unit }),
          deadline: deadline === '' ? null : deadline,
        },
        today,
      );
      onClose(hold);
    } catch (failure) {
      const refusal = toFormError(failure);
      setError(refusal);
      focusField(formId, refusal, hold);
    }
  };

  const id = (field: string) => fieldId(formId, field);
  return (
    <form
      className="goal-edit-form"
      aria-label={`Edit ${goal.title}`}
      {...editFormProps(save, onClose)}
    >
      <div className="field">
        <label htmlFor={id('title')}>Goal</label>
        <input
          id={id('title')}
          type="text"
          value={title}
          // Opened by a click on "Edit goal": focus belongs in its first field.
          ref={focusOnMount}
          onChange={(event) => edit(setTitle)(event.currentTarget.value)}
          {...fieldState(error, 'title', errorId)}
        />
      </div>
      <div className="field">
        <label htmlFor={id('why')}>Why it matters</label>
        <textarea
          id={id('why')}
          value={why}
          rows={2}
          onChange={(event) => edit(setWhy)(event.currentTarget.value)}
          {...fieldState(error, 'why', errorId)}
        />
      </div>
      <fieldset className="field measure-choice">
        <legend>Measure it by</legend>
        <label className="kind-option">
          <input
            type="radio"
            name={`${formId}-measure`}
            checked={measure === 'steps'}
            onChange={() => edit(setMeasure)('steps')}
          />
          Steps
        </label>
        <label className="kind-option">
          <input
            type="radio"
            name={`${formId}-measure`}
            checked={measure === 'count'}
            onChange={() => edit(setMeasure)('count')}
          />
          Number
        </label>
      </fieldset>
      {measure === 'count' && (
        <div className="field-row">
          <div className="field">
            <label htmlFor={id('target')}>Target</label>
            <input
              id={id('target')}
              type="number"
              inputMode="decimal"
              min="0"
              step="any"
              value={target}
              onChange={(event) => edit(setTarget)(event.currentTarget.value)}
              {...fieldState(error, 'target', errorId)}
            />
          </div>
          <div className="field">
            <label htmlFor={id('unit')}>Unit</label>
            <input
              id={id('unit')}
              type="text"
              value={unit}
              onChange={(event) => edit(setUnit)(event.currentTarget.value)}
              {...fieldState(error, 'unit', errorId)}
            />
          </div>
        </div>
      )}
      <div className="field">
        <label htmlFor={id('deadline')}>Deadline</label>
        <input
          id={id('deadline')}
          type="date"
          value={deadline}
          onChange={(event) => edit(setDeadline)(event.currentTarget.value)}
          {...fieldState(error, 'deadline', errorId)}
        />
      </div>
      <FieldError id={errorId} message={error?.message} />
      <EditorButtons onCancel={onClose} />
    </form>
  );
}
