// One refused input of a form: the message the user reads (shown in a role="alert" element
// that exists only while there is an error) and the field it concerns, so that field can be
// marked invalid, described by the message and focused.
import { describeWriteError } from '../../db/write-error';
import { ValidationError } from '../../domain/validation-error';
import { holdFocus, type FocusHold } from '../../ui/focus';

export interface FormError {
  message: string;
  /** The rule's field name ('title', 'steps.1', …); null for a failure of the write itself. */
  field: string | null;
}

export function toFormError(error: unknown): FormError {
  return {
    message: describeWriteError(error),
    field: error instanceof ValidationError ? error.field : null,
  };
}

/** The DOM id of a field of a form, from the rule's field name. */
export const fieldId = (formId: string, field: string) => `${formId}-${field.replace(/\./g, '-')}`;

/** The ARIA attributes of a field, given the form's current error. */
export function fieldState(error: FormError | null, field: string, errorId: string) {
  const invalid = error?.field === field;
  return {
    'aria-invalid': invalid || undefined,
    'aria-describedby': invalid ? errorId : undefined,
  } as const;
}

/**
 * Focuses the field an error concerns, if it is on screen, unless the person has moved focus
 * since `hold` was taken (when they asked for the save).
 */
export function focusField(formId: string, error: FormError, hold: FocusHold = holdFocus()): void {
  if (error.field === null) return;
  hold.moveTo(document.getElementById(fieldId(formId, error.field)));
}
