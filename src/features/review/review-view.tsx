// Review (`/review`): the coaching loop's memory (DESIGN.md §4). A week at a time, by the user's
// week start, or the days since the last coaching session; the figures come from
// src/domain/review.ts and are shown by the report of src/ui/review, which a coach's client page
// shares. This view adds what only the client has: moving between periods, the reflection box,
// and "Print report" (the print stylesheet lays the report out on one page).
import { useMemo } from 'react';
import { useCoachingRecords } from '../../db/use-coaching';
import { useReviewRecords } from '../../db/use-review';
import type { ReviewRecords } from '../../db/review-inputs';
import { addDays, toDay } from '../../domain/day';
import { coachingPlan, sessionLabel } from '../../domain/coaching';
import { buildReview } from '../../domain/review';
import { sinceSession, weekOf, weekStartOf, type Period } from '../../domain/review-period';
import type { Day } from '../../domain/types';
import { ReviewReport } from '../../ui/review/review-report';
import { periodText, shortDate } from '../../ui/review/review-text';
import { Link, navigate } from '../../ui/router';
import { useWeekStart } from '../../ui/week-start-context';
import { parseReviewPath, REVIEW_PATH, SESSION_PATH, weekPath } from './review-paths';
import { ReflectionBox } from './reflection-box';
import './review-view.css';

export function ReviewView({ path, today }: { path: string; today: Day }) {
  if (parseReviewPath(path) === null) {
    return (
      <section className="view">
        <h1>Nothing here</h1>
        <p>
          This address does not lead to a review. <Link href={REVIEW_PATH}>Review this week</Link>
        </p>
      </section>
    );
  }
  return <ReviewPage path={path} today={today} />;
}

function ReviewPage({ path, today }: { path: string; today: Day }) {
  const weekStartsOn = useWeekStart();
  const coaching = useCoachingRecords();
  const plan = useMemo(() => coachingPlan(coaching ?? [], today), [coaching, today]);
  const choice = parseReviewPath(path) ?? { kind: 'week' };
  const currentWeek = weekStartOf(today, weekStartsOn);
  const sinceLast = choice.kind === 'session' && plan.last !== undefined;
  const { start, end }: Period = sinceLast
    ? sinceSession(plan.last?.day ?? today, today)
    : weekOf(choice.kind === 'week' ? (choice.start ?? today) : today, weekStartsOn);
  const period = useMemo(() => ({ start, end }), [start, end]);
  const records = useReviewRecords(period, weekStartsOn, today);
  const review = useMemo(
    () => (records ? buildReview({ ...records, period, today, weekStartsOn }) : undefined),
    [records, period, today, weekStartsOn],
  );
  // Moving by a week starts from the week shown, or from this week after "since the session".
  const base = sinceLast ? currentWeek : period.start;
  const reflectionWeek = weekStartOf(period.end, weekStartsOn);
  const goWeek = (start: Day) => navigate(weekPath(start, currentWeek));
  const session =
    plan.next === undefined
      ? undefined
      : `${sessionLabel(plan.next.number, plan.sessionCount)}, ${shortDate(plan.next.day, today)}`;

  return (
    <section className="view review" aria-labelledby="review-heading">
      <header className="view-header review-header">
        <h1 id="review-heading">Review</h1>
        <p className="review-period">
          {sinceLast && plan.last
            ? `Since the last session (${sessionLabel(plan.last.number, plan.sessionCount)}): ${periodText(period)}`
            : `Week of ${periodText(period)}`}
        </p>
        {session && <p className="review-session">Next: {session}</p>}
      </header>
      <nav className="review-nav no-print" aria-label="Periods">
        <button type="button" onClick={() => goWeek(addDays(base, -7))}>
          Previous week
        </button>
        <button
          type="button"
          // aria-disabled, not disabled: focus stays on the button at the last week.
          onClick={() => {
            if (base < currentWeek) goWeek(addDays(base, 7));
          }}
          aria-disabled={base >= currentWeek}
        >
          Next week
        </button>
        {(sinceLast || period.start !== currentWeek) && (
          <button type="button" onClick={() => goWeek(currentWeek)}>
            This week
          </button>
        )}
        {plan.last !== undefined && (
          <button
            type="button"
            aria-pressed={sinceLast}
            onClick={() => navigate(sinceLast ? weekPath(currentWeek, currentWeek) : SESSION_PATH)}
          >
            Since the last session
          </button>
        )}
        <button type="button" className="primary review-print" onClick={() => window.print()}>
          Print report
        </button>
      </nav>
      {choice.kind === 'session' && plan.last === undefined && coaching !== undefined && (
        <p className="review-note no-print">
          No coaching session has been held yet, so this is the current week. Set the date of your
          next session in Settings; once it has passed, the Review can start from it.
        </p>
      )}
      {!review ? (
        <p className="loading">Loading the review…</p>
      ) : (
        <>
          {isEmpty(review) ? (
            <div className="review-empty-state">
              <h2>Nothing to look back on in this period</h2>
              <p>
                Tick off goal steps and chores on Today and log progress on your goals; each week
                then shows here how the goals fared against the chores.
              </p>
            </div>
          ) : (
            records &&
            isFirstWeek(records, period, today) && (
              <p className="review-note no-print">
                Your first week with Goals First: this page fills in day by day. Look at it again at
                the end of the week, or before your next coaching session, and write down how it
                went.
              </p>
            )
          )}
          <ReviewReport
            review={review}
            today={today}
            reflection={
              <ReflectionBox
                key={reflectionWeek}
                weekStart={reflectionWeek}
                weekText={periodText(weekOf(reflectionWeek, weekStartsOn))}
              />
            }
          />
        </>
      )}
    </section>
  );
}

/** The current period holds the first records there are: nothing older to compare with. */
const isFirstWeek = (records: ReviewRecords, period: Period, today: Day) =>
  period.end >= today &&
  records.goals.every((goal) => toDay(goal.createdAt) >= period.start) &&
  records.tasks.every((task) => toDay(task.createdAt) >= period.start);

const isEmpty = (review: NonNullable<ReturnType<typeof buildReview>>) =>
  review.goals.length === 0 &&
  review.totals.goalSteps + review.totals.chores + review.totals.checkIns === 0;
