// The repeat of a chore in its edit form: how often ("Does not repeat" stops it), every how many,
// and for weekly repeats the weekday. A monthly or yearly repeat keeps the day of the month of the
// due date (31 → 28 Feb → 31 Mar), which the form says rather than asks.
import { getDate } from 'date-fns';
import { startOfDay, isDay } from '../../domain/day';
import { weekdayName } from '../../domain/day-labels';
import type { Recurrence } from '../../domain/types';
import { useWeekStart } from '../../ui/week-start-context';

export type RepeatUnit = 'none' | 'day' | 'week' | 'month' | 'year';

/** What the form holds: text as typed, turned into a rule on save. */
export interface RepeatDraft {
  unit: RepeatUnit;
  interval: string;
  /** '' = the due date's weekday. */
  weekday: string;
}

const UNITS: { unit: RepeatUnit; label: string; plural: string }[] = [
  { unit: 'none', label: 'Does not repeat', plural: '' },
  { unit: 'day', label: 'Daily', plural: 'days' },
  { unit: 'week', label: 'Weekly', plural: 'weeks' },
  { unit: 'month', label: 'Monthly', plural: 'months' },
  { unit: 'year', label: 'Yearly', plural: 'years' },
];

export function draftFromRule(rule: Recurrence | undefined): RepeatDraft {
  if (!rule) return { unit: 'none', interval: '1', weekday: '' };
  const yearly = rule.every === 'month' && rule.interval % 12 === 0;
  return {
    unit: yearly ? 'year' : rule.every,
    interval: String(yearly ? rule.interval / 12 : rule.interval),
    weekday: rule.weekday === undefined ? '' : String(rule.weekday),
  };
}

/** The rule to save (null = no repeat); the repository checks the numbers. */
export function ruleFromDraft(draft: RepeatDraft, monthDay?: number): Recurrence | null {
  if (draft.unit === 'none') return null;
  const count = draft.interval.trim() === '' ? 0 : Number(draft.interval);
  if (draft.unit === 'year' || draft.unit === 'month') {
    return {
      every: 'month',
      interval: draft.unit === 'year' ? count * 12 : count,
      ...(monthDay !== undefined && { monthDay }),
    };
  }
  if (draft.unit === 'week' && draft.weekday !== '') {
    return { every: 'week', interval: count, weekday: Number(draft.weekday) };
  }
  return { every: draft.unit, interval: count };
}

interface Props {
  idPrefix: string;
  value: RepeatDraft;
  onChange: (draft: RepeatDraft) => void;
  /** The due date in the form ('' when none), to say which day of the month repeats. */
  dueDate: string;
  /** The anchor kept from the saved rule, when the due date was not changed. */
  monthDay?: number | undefined;
}

export function RepeatPicker({ idPrefix, value, onChange, dueDate, monthDay }: Props) {
  const weekStartsOn = useWeekStart();
  const plural = UNITS.find((option) => option.unit === value.unit)?.plural;
  const weekdays = Array.from({ length: 7 }, (_, i) => (weekStartsOn + i) % 7);
  const anchor = monthDay ?? (isDay(dueDate) ? getDate(startOfDay(dueDate)) : undefined);
  return (
    <div className="repeat-picker">
      <div className="editor-field">
        <label htmlFor={`${idPrefix}-repeat`}>Repeat</label>
        <select
          id={`${idPrefix}-repeat`}
          value={value.unit}
          onChange={(event) =>
            onChange({ ...value, unit: event.currentTarget.value as RepeatUnit })
          }
        >
          {UNITS.map((option) => (
            <option key={option.unit} value={option.unit}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      {value.unit !== 'none' && (
        <div className="editor-field">
          <label htmlFor={`${idPrefix}-interval`}>Every</label>
          <span className="repeat-interval">
            <input
              id={`${idPrefix}-interval`}
              type="number"
              inputMode="numeric"
              min={1}
              max={999}
              value={value.interval}
              aria-describedby={`${idPrefix}-unit`}
              onChange={(event) => onChange({ ...value, interval: event.currentTarget.value })}
            />
            <span id={`${idPrefix}-unit`}>{plural}</span>
          </span>
        </div>
      )}
      {value.unit === 'week' && (
        <div className="editor-field">
          <label htmlFor={`${idPrefix}-weekday`}>On</label>
          <select
            id={`${idPrefix}-weekday`}
            value={value.weekday}
            onChange={(event) => onChange({ ...value, weekday: event.currentTarget.value })}
          >
            <option value="">The due date’s weekday</option>
            {weekdays.map((day) => (
              <option key={day} value={String(day)}>
                {weekdayName(day)}
              </option>
            ))}
          </select>
        </div>
      )}
      {(value.unit === 'month' || value.unit === 'year') && anchor !== undefined && (
        <p className="repeat-hint">
          On day {anchor} of the month, or the month’s last day when it is shorter.
        </p>
      )}
    </div>
  );
}
