// Where a list comes from: a file ("Import a list") or pasted text ("Paste a list"). Whichever
// was used last is the one read; using one clears the other so the page never shows a reading
// of something no longer on screen. Pasted text is read as soon as it lands, typed text a
// moment after typing stops. The view remounts this (a new `key`) to empty both after an add.
import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { LIST_MAX_ITEMS } from '../../domain/list-import/limits';
import { FieldError } from '../../ui/form-parts';

const TYPING_PAUSE_MS = 300;

interface Props {
  error: { message: string; source: 'file' | 'text' } | null;
  onFile: (file: File) => void;
  onText: (text: string) => void;
  fileInputRef: RefObject<HTMLInputElement | null>;
}

export function SourceInputs({ error, onFile, onText, fileInputRef }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  const fileError = error?.source === 'file' ? error.message : null;
  const textError = error?.source === 'text' ? error.message : null;

  return (
    <div className="import-sources">
      <div className="import-field">
        <label htmlFor={`${id}-file`}>Import a list</label>
        <input
          id={`${id}-file`}
          ref={fileInputRef}
          type="file"
          aria-describedby={`${id}-file-hint${fileError ? ` ${id}-file-error` : ''}`}
          aria-invalid={fileError !== null}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (!file) return;
            clearTimeout(timer.current);
            setText('');
            onFile(file);
          }}
        />
        <p id={`${id}-file-hint`} className="import-hint">
          A Todoist export (CSV), a TickTick backup (CSV), a Markdown checklist or a text file, up
          to 10 MB and {LIST_MAX_ITEMS.toLocaleString('en')} items.
        </p>
        <FieldError id={`${id}-file-error`} message={fileError && `Nothing to add. ${fileError}`} />
      </div>
      <p className="import-or" aria-hidden="true">
        or
      </p>
      <div className="import-field">
        <label htmlFor={`${id}-text`}>Paste a list</label>
        <textarea
          id={`${id}-text`}
          rows={6}
          value={text}
          placeholder={'Buy milk\nWrite the first chapter\n- [ ] Call the plumber'}
          aria-describedby={`${id}-text-hint${textError ? ` ${id}-text-error` : ''}`}
          aria-invalid={textError !== null}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setText(value);
            if (fileInputRef.current) fileInputRef.current.value = '';
            clearTimeout(timer.current);
            // A paste arrives as one change: read it at once; typing waits for a pause.
            const pasted = 'inputType' in event && event.inputType === 'insertFromPaste';
            if (pasted) onText(value);
            else timer.current = setTimeout(() => onText(value), TYPING_PAUSE_MS);
          }}
        />
        <p id={`${id}-text-hint`} className="import-hint">
          One item per line. Bullets and numbers are fine; Markdown checklists and headings too.
        </p>
        <FieldError id={`${id}-text-error`} message={textError && `Nothing to add. ${textError}`} />
      </div>
    </div>
  );
}
