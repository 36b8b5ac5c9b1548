// Logs progress, or edits a logged check-in: an amount ("Amount"; Enter saves), an optional
// note and the day it happened (today unless changed). For a count goal the amount is in the
// goal's unit and required; for a steps goal a note alone will do.
import { useId, useState } from 'react';
import { logProgress, updateCheckIn } from '../../db/check-in-repository';
import type { CheckIn, Day, Goal } from '../../domain/types';
import { fieldId, fieldState, focusField, toFormError, type FormError } from './form-error';
import { parseNumber } from './goal-draft';
import { editFormProps } from '../../ui/edit-form';
import { focusOnMount, type FocusHold } from '../../ui/focus';
import { EditorButtons, FieldError } from '../../ui/form-parts';

interface Props {
  goal: Goal;
  today: Day;
  /** Absent: a new check-in. */
  checkIn?: CheckIn;
  /** `hold`: where focus was when Save was asked for. */
  onClose: (saved: boolean, hold?: FocusHold) => void;
}

export function CheckInForm({ goal, today, checkIn, onClose }: Props) {
  const formId = useId();
  const errorId = `${formId}-error`;
  const [amount, setAmount] = useState(checkIn?.amount === undefined ? '' : String(checkIn.amount));
  const [note, setNote] = useState(checkIn?.note ?? '');
  const [day, setDay] = useState(checkIn?.day ?? today);
  const [error, setError] = useState<FormError | null>(null);
  const [saving, setSaving] = useState(false);
  const unit = goal.measure.type === 'count' ? goal.measure.unit : '';

  const save = async (hold: FocusHold) => {
    if (saving) return;
    setSaving(true);
    // An empty box is no amount; anything else that is no number is refused by the rules.
    const input = {
      ...(amount.trim() !== '' && { amount: parseNumber(amount) }),
      note,
      day,
    };
    try {
      if (checkIn) await updateCheckIn(checkIn.id, input, today);
      else await logProgress({ goalId: goal.id, ...input }, today);
      onClose(true, hold);
    } catch (failure) {
      const refusal = toFormError(failure);
      setError(refusal);
      setSaving(false);
      focusField(formId, refusal, hold);
    }
  };

  const edit = (set: (value: string) => void) => (value: string) => {
    set(value);
    setError(null);
  };
  const id = (field: string) => fieldId(formId, field);

  return (
    <form
      className="check-in-form"
      aria-label={checkIn ? 'Edit check-in' : 'Log progress'}
      {...editFormProps(save, () => onClose(false))}
    >
      <div className="field-row">
        <div className="field">
          <label htmlFor={id('amount')}>
            Amount
            {unit && <span className="field-hint"> ({unit})</span>}
            {goal.measure.type === 'steps' && <span className="field-hint"> (optional)</span>}
          </label>
          <input
            id={id('amount')}
            type="number"
            inputMode="decimal"
            min="0"
            step="any"
            value={amount}
            // Opened by "Log progress" (or "Edit"): the amount is what comes next.
            ref={focusOnMount}
            onChange={(event) => edit(setAmount)(event.currentTarget.value)}
            {...fieldState(error, 'amount', errorId)}
          />
        </div>
        <div className="field">
          <label htmlFor={id('day')}>Day</label>
          <input
            id={id('day')}
            type="date"
            max={today}
            value={day}
            onChange={(event) => edit(setDay)(event.currentTarget.value)}
            {...fieldState(error, 'day', errorId)}
          />
        </div>
      </div>
      <div className="field">
        <label htmlFor={id('note')}>
          Note <span className="field-hint">(optional)</span>
        </label>
        <input
          id={id('note')}
          type="text"
          value={note}
          autoComplete="off"
          onChange={(event) => edit(setNote)(event.currentTarget.value)}
          {...fieldState(error, 'note', errorId)}
        />
      </div>
      <FieldError id={errorId} message={error?.message} />
      <EditorButtons onCancel={() => onClose(false)} saving={saving} />
    </form>
  );
}
