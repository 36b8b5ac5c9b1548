// The pieces every form repeats. A refusal is an alert, read out at once, whose id the refused
// field names in aria-describedby; an inline editor ends with Save (the form's submit) and
// Cancel.

export function FieldError({ id, message }: { id?: string; message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p id={id} role="alert" className="field-error">
      {message}
    </p>
  );
}

interface EditorButtonsProps {
  onCancel: () => void;
  saveLabel?: string;
  /** A save under way: Save stays focusable but says it is unavailable. */
  saving?: boolean;
}

export function EditorButtons({
  onCancel,
  saveLabel = 'Save',
  saving = false,
}: EditorButtonsProps) {
  return (
    <div className="editor-buttons">
      <button type="submit" className="primary" aria-disabled={saving || undefined}>
        {saveLabel}
      </button>
      <button type="button" onClick={() => onCancel()}>
        Cancel
      </button>
    </div>
  );
}
