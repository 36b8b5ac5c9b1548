// One goal over a period: a region named after the goal (DESIGN.md §10) holding its progress
// bar then and now, what moved (steps done, check-ins with their sparkline), the longest stretch
// without progress, what slipped, the snoozes and the if–then plans they offered.
import { useId } from 'react';
import type { GoalReview } from '../../domain/review-goal';
import { ProgressThenNow } from './progress-then-now';
import {
  checkInText,
  count,
  EVENT_WORDS,
  idleText,
  movementText,
  shortDate,
  shortWeekday,
} from './review-text';
import { Sparkline } from './sparkline';

const STATUS_WORDS = { active: '', paused: 'Paused', achieved: 'Achieved' } as const;

export function GoalReviewSection({
  review,
  today,
  dayNamer = shortWeekday,
}: {
  review: GoalReview;
  today: string;
  /** How a day of the period is named: a weekday in a week, a date over longer periods. */
  dayNamer?: (day: string) => string;
}) {
  const headingId = useId();
  const { goal, stepsDone, slipped, snoozes, plansOffered, events } = review;
  const status = STATUS_WORDS[goal.status];
  return (
    <section className="review-goal" aria-labelledby={headingId}>
      <h3 id={headingId}>{goal.title}</h3>
      {status && <p className="review-goal-status">{status}</p>}
      <ProgressThenNow review={review} />
      <p className="review-movement">{movementText(review)}</p>
      <ul className="review-facts">
        <li>
          {stepsDone.length === 0 ? (
            'No steps done'
          ) : (
            <>Done: {stepsDone.map((step) => step.title).join('; ')}</>
          )}
        </li>
        <li className="review-check-ins">
          {checkInText(review)}
          {review.checkIns.length > 0 && <Sparkline values={review.checkInsByDay} />}
        </li>
        <li>{idleText(review)}</li>
        {snoozes.length > 0 && (
          <li>
            Snoozed {count(snoozes.length, 'time')}:{' '}
            {snoozes
              .map((snooze) => `${snooze.task?.title ?? 'a step'} (${dayNamer(snooze.day)})`)
              .join('; ')}
          </li>
        )}
        {slipped.length > 0 && <li>Slipped: {slipped.map((step) => step.title).join('; ')}</li>}
        {events.map((event) => (
          <li key={`${event.type}-${event.day}`}>
            {EVENT_WORDS[event.type]} on {shortDate(event.day, today)}
          </li>
        ))}
      </ul>
      {plansOffered.length > 0 && (
        <div className="review-plans">
          <p>If–then plans offered at a snooze:</p>
          <ul>
            {plansOffered.map(({ plan, times }) => (
              <li key={`${plan.obstacle}\n${plan.strategy}`}>
                If {plan.obstacle}, then I will {plan.strategy}
                {times > 1 ? ` (${count(times, 'time')})` : ''}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
