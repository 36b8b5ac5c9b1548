// Logged progress: "Log progress" opens the check-in form; below it, the history, latest
// first, each check-in editable and deletable (with Undo).
import { useState } from 'react';
import type { GoalSummary } from '../../domain/goal-summary';
import type { CheckIn, Day, Goal } from '../../domain/types';
import { focusWhenPresent, holdFocus, type FocusHold } from '../../ui/focus';
import { dayText, formatAmount } from '../../ui/goal-text';
import { DeleteIcon, EditIcon } from '../../ui/icons';
import { showToast } from '../../ui/toast-store';
import { CheckInForm } from './check-in-form';
import { deleteCheckInWithUndo } from './goal-actions';

const LOG_BUTTON = '[data-control="log-progress"]';
const checkInControl = (id: string, name: string) =>
  `[data-check-in-id="${CSS.escape(id)}"] [data-control="${name}"]`;

function amountText(goal: Goal, amount: number | undefined): string | undefined {
  if (amount === undefined) return undefined;
  const unit = goal.measure.type === 'count' && goal.measure.unit ? ` ${goal.measure.unit}` : '';
  return `${formatAmount(amount)}${unit}`;
}

/** "Today, 650 words": names a check-in in its buttons and its toasts. */
function checkInLabel(goal: Goal, checkIn: CheckIn, today: Day): string {
  const amount = amountText(goal, checkIn.amount);
  return [dayText(checkIn.day, today), amount].filter(Boolean).join(', ');
}

export function ProgressSection({ summary, today }: { summary: GoalSummary; today: Day }) {
  const { goal, checkIns } = summary;
  const [logging, setLogging] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);

  const closeLog = (saved: boolean, hold?: FocusHold) => {
    setLogging(false);
    if (saved) showToast(`Progress logged for ${goal.title}`);
    focusWhenPresent(LOG_BUTTON, undefined, hold);
  };

  const remove = async (checkIn: CheckIn, index: number) => {
    const hold = holdFocus();
    if (!(await deleteCheckInWithUndo(checkIn, checkInLabel(goal, checkIn, today)))) return;
    const neighbour = checkIns[index + 1] ?? checkIns[index - 1];
    const target = neighbour ? checkInControl(neighbour.id, 'delete') : LOG_BUTTON;
    focusWhenPresent(target, LOG_BUTTON, hold);
  };

  return (
    <section className="goal-progress" aria-labelledby="progress-heading">
      <h2 id="progress-heading">Progress</h2>
      {logging ? (
        <CheckInForm goal={goal} today={today} onClose={closeLog} />
      ) : (
        <button
          type="button"
          className="primary"
          data-control="log-progress"
          onClick={() => setLogging(true)}
        >
          Log progress
        </button>
      )}
      {checkIns.length === 0 ? (
        <p className="empty">
          Nothing logged yet. Each time you work on this goal, log what you did: seeing the line
          grow is a reward of its own.
        </p>
      ) : (
        <ul className="check-in-list" aria-label="Logged progress">
          {checkIns.map((checkIn, index) => {
            const label = checkInLabel(goal, checkIn, today);
            return (
              <li key={checkIn.id} className="check-in" data-check-in-id={checkIn.id}>
                {editingId === checkIn.id ? (
                  <CheckInForm
                    goal={goal}
                    today={today}
                    checkIn={checkIn}
                    onClose={(_saved, hold) => {
                      setEditingId(null);
                      focusWhenPresent(checkInControl(checkIn.id, 'edit'), undefined, hold);
                    }}
                  />
                ) : (
                  <>
                    <div className="check-in-text">
                      <span className="check-in-day">{dayText(checkIn.day, today)}</span>
                      {checkIn.amount !== undefined && (
                        <span className="check-in-amount">{amountText(goal, checkIn.amount)}</span>
                      )}
                      {checkIn.note && <span className="check-in-note">{checkIn.note}</span>}
                    </div>
                    <button
                      type="button"
                      className="icon-button"
                      data-control="edit"
                      aria-label={`Edit check-in: ${label}`}
                      onClick={() => setEditingId(checkIn.id)}
                    >
                      <EditIcon />
                    </button>
                    <button
                      type="button"
                      className="icon-button"
                      data-control="delete"
                      aria-label={`Delete check-in: ${label}`}
                      onClick={() => void remove(checkIn, index)}
                    >
                      <DeleteIcon />
                    </button>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
