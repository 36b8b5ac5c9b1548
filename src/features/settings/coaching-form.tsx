// Coaching sessions (DESIGN.md §4 Settings): the date of the next session, its number and how
// many sessions the programme has, shown as "Session 3 of 8". The Review numbers its report with
// them and offers "Since the last session". The repository validates; this form collects the
// values and shows a refusal in an alert, keeping what was typed.
import { useId, useState } from 'react';
import { saveCoaching } from '../../db/coaching-repository';
import { useCoachingRecords } from '../../db/use-coaching';
import { describeWriteError } from '../../db/write-error';
import { coachingPlan, sessionLabel, type CoachingPlan } from '../../domain/coaching';
import type { Day } from '../../domain/types';
import { FieldError } from '../../ui/form-parts';
import { shortDate } from '../../ui/review/review-text';
import { showToast } from '../../ui/toast-store';

export function CoachingSessions({ today }: { today: Day }) {
  const records = useCoachingRecords();
  if (!records) return <p className="loading">Loading coaching sessions…</p>;
  const plan = coachingPlan(records, today);
  // Remount on a stored change (another tab), so the fields show what is stored.
  const key = records.map((record) => `${record.id}:${record.updatedAt}`).join();
  return <CoachingForm key={key} plan={plan} today={today} />;
}

function CoachingForm({ plan, today }: { plan: CoachingPlan; today: Day }) {
  const id = useId();
  const [next, setNext] = useState(plan.next?.day ?? '');
  const [number, setNumber] = useState(String(plan.next?.number ?? (plan.last?.number ?? 0) + 1));
  const [total, setTotal] = useState(plan.sessionCount?.toString() ?? '');
  const [error, setError] = useState<{ field: string; message: string } | null>(null);

  const save = async () => {
    const toNumber = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));
    try {
      await saveCoaching(
        {
          nextSession: next === '' ? null : next,
          ...(next !== '' && { nextNumber: toNumber(number) }),
          sessionCount: total.trim() === '' ? null : toNumber(total),
        },
        today,
      );
      setError(null);
      showToast('Coaching sessions saved.');
    } catch (failure) {
      const field = (failure as { field?: unknown }).field;
      setError({
        field: typeof field === 'string' ? field : '',
        message: describeWriteError(failure),
      });
    }
  };
  const described = (field: string) => (error?.field === field ? `${id}-error` : undefined);

  return (
    <form
      className="settings-card"
      aria-labelledby={`${id}-heading`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h2 id={`${id}-heading`}>Coaching sessions</h2>
      <p className="coaching-status">{statusText(plan, today)}</p>
      <div className="settings-field">
        <label htmlFor={`${id}-next`}>Next session</label>
        <input
          id={`${id}-next`}
          type="date"
          value={next}
          min={today}
          aria-invalid={error?.field === 'nextSession'}
          aria-describedby={described('nextSession')}
          onChange={(event) => {
            setNext(event.currentTarget.value);
            setError(null);
          }}
        />
      </div>
      <div className="settings-field">
        <label htmlFor={`${id}-number`}>Its number in the programme</label>
        <input
          id={`${id}-number`}
          type="number"
          inputMode="numeric"
          min={1}
          step={1}
          value={number}
          disabled={next === ''}
          aria-invalid={error?.field === 'nextNumber'}
          aria-describedby={`${id}-number-hint ${described('nextNumber') ?? ''}`.trim()}
          onChange={(event) => {
            setNumber(event.currentTarget.value);
            setError(null);
          }}
        />
        <p className="settings-hint" id={`${id}-number-hint`}>
          Counted on from the sessions noted here; change it when earlier sessions were not.
        </p>
      </div>
      <div className="settings-field">
        <label htmlFor={`${id}-total`}>Sessions in the programme</label>
        <input
          id={`${id}-total`}
          type="number"
          inputMode="numeric"
          min={1}
          step={1}
          value={total}
          aria-invalid={error?.field === 'sessionCount'}
          aria-describedby={described('sessionCount')}
          onChange={(event) => {
            setTotal(event.currentTarget.value);
            setError(null);
          }}
        />
      </div>
      <FieldError id={`${id}-error`} message={error?.message} />
      <button type="submit" className="primary">
        Save sessions
      </button>
    </form>
  );
}

function statusText(plan: CoachingPlan, today: Day): string {
  const parts: string[] = [];
  if (plan.next) {
    parts.push(
      `${sessionLabel(plan.next.number, plan.sessionCount)} on ${shortDate(plan.next.day, today)}.`,
    );
  }
  if (plan.last) parts.push(`The last one was on ${shortDate(plan.last.day, today)}.`);
  if (parts.length === 0) {
    return 'No session planned. Note the date of your next coaching session, and the Review numbers its report for it.';
  }
  return parts.join(' ');
}
