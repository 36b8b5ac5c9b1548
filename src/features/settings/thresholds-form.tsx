// The thresholds that shape Today (DESIGN.md §2 Settings). The repository validates; this form
// only collects the values and shows the refusal, keeping what the user typed.
import { useId, useState } from 'react';
import { saveSettings } from '../../db/settings-repository';
import { useSettings } from '../../db/use-settings';
import { describeWriteError } from '../../db/write-error';
import { SETTING_RANGES } from '../../domain/settings-rules';
import type { Settings } from '../../domain/types';
import { localeWeekStart, weekdayNames } from '../../domain/week-start';
import { showToast } from '../../ui/toast-store';
import { FieldError } from '../../ui/form-parts';

type NumberField = 'neglectDays' | 'choreCap' | 'stepsPerGoal';
const NUMBER_FIELDS: { key: NumberField; hint: string }[] = [
  {
    key: 'neglectDays',
    hint: 'A goal with no progress for this many days is marked for attention.',
  },
  { key: 'choreCap', hint: 'More chores than this fold into the pile.' },
  { key: 'stepsPerGoal', hint: 'How many next steps of each goal Today shows.' },
];

export function Thresholds() {
  const settings = useSettings();
  if (!settings) return <p className="loading">Loading settings…</p>;
  return <ThresholdsForm settings={settings} />;
}

function ThresholdsForm({ settings }: { settings: Settings }) {
  const id = useId();
  const [values, setValues] = useState<Record<NumberField, string>>({
    neglectDays: String(settings.neglectDays),
    choreCap: String(settings.choreCap),
    stepsPerGoal: String(settings.stepsPerGoal),
  });
  const [weekStart, setWeekStart] = useState(settings.weekStartsOn?.toString() ?? '');
  const [error, setError] = useState<{ field: string; message: string } | null>(null);
  const days = weekdayNames();
  const browserStart = days[localeWeekStart(navigator.language)];

  const save = async () => {
    const toNumber = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));
    try {
      await saveSettings({
        neglectDays: toNumber(values.neglectDays),
        choreCap: toNumber(values.choreCap),
        stepsPerGoal: toNumber(values.stepsPerGoal),
        weekStartsOn: weekStart === '' ? undefined : Number(weekStart),
      });
      setError(null);
      showToast('Settings saved.');
    } catch (failure) {
      const field = (failure as { field?: unknown }).field;
      setError({
        field: typeof field === 'string' ? field : '',
        message: describeWriteError(failure),
      });
    }
  };

  return (
    <form
      className="settings-card"
      aria-labelledby={`${id}-heading`}
      // The repository's rules and messages apply, in an alert, rather than the browser's bubble.
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h2 id={`${id}-heading`}>Thresholds</h2>
      {NUMBER_FIELDS.map(({ key, hint }) => {
        const range = SETTING_RANGES[key];
        const invalid = error?.field === key;
        return (
          <div className="settings-field" key={key}>
            <label htmlFor={`${id}-${key}`}>{range.label}</label>
            <input
              id={`${id}-${key}`}
              type="number"
              inputMode="numeric"
              min={range.min}
              max={range.max}
              step={1}
              value={values[key]}
              aria-invalid={invalid}
              aria-describedby={`${id}-${key}-hint${invalid ? ` ${id}-error` : ''}`}
              onChange={(event) => {
                setValues({ ...values, [key]: event.currentTarget.value });
                setError(null);
              }}
            />
            <p className="settings-hint" id={`${id}-${key}-hint`}>
              {hint} {range.min} to {range.max}.
            </p>
          </div>
        );
      })}
      <div className="settings-field">
        <label htmlFor={`${id}-week`}>{SETTING_RANGES.weekStartsOn.label}</label>
        <select
          id={`${id}-week`}
          value={weekStart}
          onChange={(event) => {
            setWeekStart(event.currentTarget.value);
            setError(null);
          }}
        >
          <option value="">As your language has it ({browserStart})</option>
          {days.map((name, day) => (
            <option key={name} value={day}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <FieldError id={`${id}-error`} message={error?.message} />
      <button type="submit" className="primary">
        Save settings
      </button>
    </form>
  );
}
