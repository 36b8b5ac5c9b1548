// A goal's progress bar for a period: `progressbar` named after the goal (DESIGN.md §10) whose
// value is where the goal stands at the end, drawn in SVG so it prints without background
// graphics: the part reached before the period solid, the part gained in it hatched by a lighter
// fill and outlined, so the gain shows without colour. Its value text says both ends in words.
import type { GoalReview } from '../../domain/review-goal';
import { movementText, progressRange } from './review-text';

export function ProgressThenNow({ review }: { review: GoalReview }) {
  const { value, max } = progressRange(review);
  const top = max > 0 ? max : 1;
  const now = Math.min(Math.max(value, 0), top);
  const start = Math.min(review.start.share, review.end.share) * 100;
  const end = review.end.share * 100;
  return (
    <div
      className="progress-then-now"
      role="progressbar"
      aria-label={review.goal.title}
      aria-valuemin={0}
      aria-valuemax={top}
      aria-valuenow={now}
      aria-valuetext={movementText(review)}
    >
      <svg viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        <rect className="track" x={0.25} y={0.25} width={99.5} height={7.5} />
        {end > start && (
          <rect className="gained" x={start} y={0.25} width={end - start} height={7.5} />
        )}
        {start > 0 && <rect className="before" x={0} y={0.25} width={start} height={7.5} />}
      </svg>
    </div>
  );
}
