// One goal in the Goals list: its name (a link to its page), its progress bar, its deadline,
// whether it is on track and when it last moved. Active goals also carry a drag handle and
// Move up / Move down, which change the goal order (and so the order of Today's goal section).
import type { CSSProperties, ReactNode, Ref } from 'react';
import { toDay } from '../../domain/day';
import type { GoalSummary } from '../../domain/goal-summary';
import type { Day } from '../../domain/types';
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
import { Link } from '../../ui/router';
import { moveGoalBy } from './goal-actions';

interface Props {
  summary: GoalSummary;
  today: Day;
  /** Where it stands among the goals it can move between; absent: not movable here. */
  position?: { index: number; count: number };
  /** For a sortable card: its element, its drag transform, its drag handle. */
  rowRef?: Ref<HTMLLIElement>;
  style?: CSSProperties;
  className?: string | undefined;
  leading?: ReactNode;
}

const moveControl = (goalId: string, direction: 'up' | 'down') =>
  `[data-goal-id="${CSS.escape(goalId)}"] [data-control="move-${direction}"]`;

/** "today", "yesterday", or "on 28 Nov". */
function achievedWhen(achievedAt: number, today: Day): string {
  const when = dayText(toDay(achievedAt), today);
  return when === 'Today' || when === 'Yesterday' ? when.toLowerCase() : `on ${when}`;
}

export function GoalCard({ summary, today, position, rowRef, style, className, leading }: Props) {
  const { goal } = summary;
  const progress = progressText(summary);
  const schedule = goal.status === 'active' ? scheduleText(summary) : undefined;
  const deadline = goal.status === 'achieved' ? undefined : deadlineText(summary, today);
  const snoozes = snoozeText(summary.snoozes);

  const move = async (direction: 'up' | 'down') => {
    if (!position) return;
    const hold = holdFocus();
    const moved = await moveGoalBy(goal, direction);
    if (!moved) return;
    // Keep focus on the goal that moved; at an end its button in that direction is disabled,
    // so the other one takes focus.
    const newIndex = position.index + (direction === 'up' ? -1 : 1);
    const atEnd = direction === 'up' ? newIndex === 0 : newIndex === position.count - 1;
    const other = direction === 'up' ? 'down' : 'up';
    focusWhenPresent(moveControl(goal.id, atEnd ? other : direction), undefined, hold);
  };

  return (
    <li
      ref={rowRef}
      style={style}
      className={`goal-card goal-${goal.status}${className ? ` ${className}` : ''}`}
      data-goal-id={goal.id}
    >
      <div className="goal-card-head">
        <h3 className="goal-card-title">
          <Link href={`/goals/${encodeURIComponent(goal.id)}`}>{goal.title}</Link>
        </h3>
        {leading}
      </div>
      <ProgressBar label={goal.title} valueText={progress} {...progressRange(summary)} />
      <p className="goal-progress-text">{progress}</p>
      <ul className="goal-facts">
        {goal.status === 'paused' && <li>Paused</li>}
        {goal.status === 'achieved' && goal.achievedAt !== undefined && (
          <li>Achieved {achievedWhen(goal.achievedAt, today)}</li>
        )}
        {deadline && <li>{deadline}</li>}
        {schedule && <li className={summary.behind ? 'reason-warning' : undefined}>{schedule}</li>}
        {goal.status !== 'achieved' && (
          <li
            className={summary.neglected && goal.status === 'active' ? 'reason-warning' : undefined}
          >
            {lastProgressText(summary, today)}
          </li>
        )}
        {snoozes && <li>{snoozes}</li>}
      </ul>
      {goal.status === 'active' && (
        <p className="goal-next">
          {summary.nextStep ? (
            <>
              <span className="goal-next-label">Next step:</span> {summary.nextStep.title}
            </>
          ) : (
            'No next step planned yet: open the goal to add one.'
          )}
        </p>
      )}
      {position && position.count > 1 && (
        <div className="goal-card-moves">
          <button
            type="button"
            data-control="move-up"
            aria-label={`Move up: ${goal.title}`}
            disabled={position.index === 0}
            onClick={() => void move('up')}
          >
            Move up
          </button>
          <button
            type="button"
            data-control="move-down"
            aria-label={`Move down: ${goal.title}`}
            disabled={position.index === position.count - 1}
            onClick={() => void move('down')}
          >
            Move down
          </button>
        </div>
      )}
    </li>
  );
}
