// The top of a goal's page: its name, why it matters, its progress and where it stands, and
// the buttons that change it as a whole (edit, pause or resume, mark achieved, delete).
import { useState } from 'react';
import { toDay } from '../../domain/day';
import type { GoalSummary } from '../../domain/goal-summary';
import type { Day, GoalStatus } from '../../domain/types';
import { focusWhenPresent, holdFocus } from '../../ui/focus';
import {
  dayText,
  deadlineText,
  lastProgressText,
  progressRange,
  progressText,
  scheduleText,
  snoozeText,
} from '../../ui/goal-text';
import { ProgressBar } from '../../ui/progress-bar';
import { navigate } from '../../ui/router';
import { deleteGoalWithUndo, setGoalStatus } from './goal-actions';
import { GoalEditForm } from './goal-edit-form';

const STATUS_WORD: Record<GoalStatus, string> = {
  active: 'Active',
  paused: 'Paused',
  achieved: 'Achieved',
};

const control = (name: string) => `.goal-actions [data-control="${name}"]`;

export function GoalHeader({ summary, today }: { summary: GoalSummary; today: Day }) {
  const { goal } = summary;
  const [editing, setEditing] = useState(false);
  const progress = progressText(summary);
  const deadline = goal.status === 'achieved' ? undefined : deadlineText(summary, today);
  const schedule = goal.status === 'active' ? scheduleText(summary) : undefined;
  const snoozes = snoozeText(summary.snoozes);

  const changeStatus = async (status: GoalStatus) => {
    const hold = holdFocus();
    if (await setGoalStatus(goal, status)) {
      // The pressed button goes away with the old status; its counterpart takes focus.
      const counterpart = control(status === 'active' ? 'pause' : 'resume');
      focusWhenPresent(counterpart, control('edit'), hold);
    }
  };
  const remove = async () => {
    if (await deleteGoalWithUndo(goal)) navigate('/goals', { replace: true });
  };

  return (
    <header className="goal-page-header">
      <h1 id="goal-heading">{goal.title}</h1>
      <p className={`goal-status goal-status-${goal.status}`}>
        {STATUS_WORD[goal.status]}
        {goal.status === 'achieved' &&
          goal.achievedAt !== undefined &&
          ` · ${dayText(toDay(goal.achievedAt), today)}`}
      </p>
      <ProgressBar label={goal.title} valueText={progress} {...progressRange(summary)} />
      <p className="goal-progress-text">{progress}</p>
      <ul className="goal-facts">
        {deadline && <li>{deadline}</li>}
        {schedule && <li className={summary.behind ? 'reason-warning' : undefined}>{schedule}</li>}
        <li>{lastProgressText(summary, today)}</li>
        {snoozes && <li>Its steps were {snoozes.toLowerCase()}</li>}
      </ul>
      {goal.why && (
        <div className="goal-why">
          <h2>Why it matters</h2>
          <p>{goal.why}</p>
        </div>
      )}
      {editing ? (
        <GoalEditForm
          goal={goal}
          today={today}
          onClose={(hold) => {
            setEditing(false);
            focusWhenPresent(control('edit'), undefined, hold);
          }}
        />
      ) : (
        <div className="goal-actions">
          <button type="button" data-control="edit" onClick={() => setEditing(true)}>
            Edit goal
          </button>
          {goal.status === 'active' ? (
            <button type="button" data-control="pause" onClick={() => void changeStatus('paused')}>
              Pause
            </button>
          ) : (
            <button type="button" data-control="resume" onClick={() => void changeStatus('active')}>
              Resume
            </button>
          )}
          {goal.status !== 'achieved' && (
            <button type="button" onClick={() => void changeStatus('achieved')}>
              Mark achieved
            </button>
          )}
          <button type="button" className="danger" onClick={() => void remove()}>
            Delete goal
          </button>
        </div>
      )}
    </header>
  );
}
