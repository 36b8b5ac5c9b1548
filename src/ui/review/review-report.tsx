// The Review of a period, presentational only: the summary sentence, goal steps against chores
// day by day, a region per goal, the 12-week map and the reflection. The client's Review view
// (src/features/review) and a coach's client page (issue 17) both show it; the caller supplies
// what differs (the reflection: a text box for the client, text for the coach) and the
// controls around it. Laid out for the screen and, by review.css's print rules, one page.
import { useId, type ReactNode } from 'react';
import type { Review } from '../../domain/review';
import { activeDaysText, DayBalanceChart } from './day-balance-chart';
import { GoalReviewSection } from './goal-review-section';
import { ProgressMap } from './progress-map';
import { shareSentence, shortDate, shortWeekday, summarySentence } from './review-text';
import './review.css';

interface Props {
  review: Review;
  today: string;
  /** The reflection as the caller shows it (a text box, or its text). */
  reflection: ReactNode;
}

export function ReviewReport({ review, today, reflection }: Props) {
  const id = useId();
  const long = review.days.length > 7;
  const dayNamer = long ? (day: string) => shortDate(day, today) : shortWeekday;
  return (
    <div className="review-report">
      <section className="review-balance" aria-labelledby={`${id}-balance`}>
        <h2 id={`${id}-balance`} className="visually-hidden">
          Goals and chores
        </h2>
        <p className="review-summary">{summarySentence(review)}</p>
        <p className="review-share">
          {shareSentence(review)} {activeDaysText(review.days)}
          {review.totals.checkIns > 0 &&
            ` ${review.totals.checkIns === 1 ? 'One check-in' : `${review.totals.checkIns} check-ins`} logged.`}
        </p>
        {review.unknownBefore !== undefined && (
          <p className="review-unknown">
            Snoozes and pauses are recorded from {shortDate(review.unknownBefore, today)} on; before
            that this app did not keep them, so this review cannot say.
          </p>
        )}
        <DayBalanceChart days={review.days} today={today} />
      </section>
      <section className="review-goals" aria-labelledby={`${id}-goals`}>
        <h2 id={`${id}-goals`}>Goals</h2>
        {review.goals.length === 0 ? (
          <p className="review-empty">
            No goals in this period. A goal set on the Goals page shows here with its progress.
          </p>
        ) : (
          <div className="review-goal-list">
            {review.goals.map((goal) => (
              <GoalReviewSection
                key={goal.goal.id}
                review={goal}
                today={today}
                dayNamer={dayNamer}
              />
            ))}
          </div>
        )}
      </section>
      <section className="review-map" aria-labelledby={`${id}-map`}>
        <h2 id={`${id}-map`}>Twelve weeks</h2>
        <ProgressMap weeks={review.map} today={today} />
      </section>
      <section className="review-reflection" aria-labelledby={`${id}-reflection`}>
        <h2 id={`${id}-reflection`}>Reflection</h2>
        {reflection}
      </section>
    </div>
  );
}
