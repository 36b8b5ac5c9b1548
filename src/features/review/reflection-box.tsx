// "Reflection": the client's words on a week, saved as typed (each change is one small write,
// so nothing typed is lost to a reload or a closed tab). Text over the limit is refused with an
// alert and stays in the box, unsaved, until it is short enough again. Printed as text.
import { useId, useRef, useState } from 'react';
import { saveReflection } from '../../db/reflection-repository';
import { useReflection } from '../../db/use-review';
import { describeWriteError } from '../../db/write-error';
import { cleanReflection } from '../../domain/reflection';
import type { Day } from '../../domain/types';
import { ValidationError } from '../../domain/validation-error';
import { FieldError } from '../../ui/form-parts';

type SaveState = 'idle' | 'saving' | 'saved';

export function ReflectionBox({ weekStart, weekText }: { weekStart: Day; weekText: string }) {
  const id = useId();
  const stored = useReflection(weekStart);
  // What the user typed in this visit; null: show what is stored.
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [state, setState] = useState<SaveState>('idle');
  // Writes land in order; only the latest one's outcome is shown.
  const latest = useRef(0);
  if (stored === undefined) return <p className="loading">Loading the reflection…</p>;
  const text = draft ?? stored?.text ?? '';

  const change = (value: string) => {
    setDraft(value);
    try {
      cleanReflection(value);
    } catch (refusal) {
      if (!(refusal instanceof ValidationError)) throw refusal;
      setError(refusal.message);
      setState('idle');
      return;
    }
    setError(null);
    setState('saving');
    const save = ++latest.current;
    saveReflection(weekStart, value).then(
      () => {
        if (save === latest.current) setState('saved');
      },
      (failure: unknown) => {
        if (save !== latest.current) return;
        setError(describeWriteError(failure));
        setState('idle');
      },
    );
  };

  return (
    <div className="reflection">
      <label htmlFor={`${id}-text`} className="visually-hidden">
        Reflection
      </label>
      <p className="reflection-hint no-print" id={`${id}-hint`}>
        Your own words on the week of {weekText}: what helped, what got in the way, what you will
        try next. Saved as you type.
      </p>
      <textarea
        id={`${id}-text`}
        rows={5}
        value={text}
        onChange={(event) => change(event.currentTarget.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : `${id}-hint`}
      />
      <FieldError id={`${id}-error`} message={error} />
      <p className="reflection-state no-print">
        {state === 'saving' ? 'Saving…' : state === 'saved' ? 'Saved' : ''}
      </p>
      <p className="print-only">{text || 'No reflection written for this week.'}</p>
    </div>
  );
}
