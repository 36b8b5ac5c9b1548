// Twelve weeks of goal progress at a glance: one square per day (a column per week, a row per
// weekday), filled on a day with a goal step done or a check-in, outlined on a day without,
// absent for days still to come. SVG, so it prints; the sentence under it carries the figures.
import type { MapDay } from '../../domain/review';
import { count, shortDate } from './review-text';

const CELL = 9;
const GAP = 2;

export function ProgressMap({ weeks, today }: { weeks: readonly MapDay[][]; today: string }) {
  const days = weeks.flat();
  const past = days.filter((day) => !day.future);
  const active = past.filter((day) => day.progress > 0).length;
  const first = days[0]?.day;
  const width = weeks.length * (CELL + GAP);
  return (
    <figure className="progress-map">
      <svg
        viewBox={`0 0 ${width} ${7 * (CELL + GAP)}`}
        width={width}
        height={7 * (CELL + GAP)}
        aria-hidden="true"
        focusable="false"
      >
        {weeks.map((week, column) =>
          week.map((day, row) =>
            day.future ? null : (
              <rect
                key={day.day}
                className={day.progress > 0 ? 'map-day map-active' : 'map-day'}
                x={column * (CELL + GAP) + 0.5}
                y={row * (CELL + GAP) + 0.5}
                width={CELL - 1}
                height={CELL - 1}
                rx={1.5}
              />
            ),
          ),
        )}
      </svg>
      <figcaption>
        Goal progress on {count(active, 'day')} of {past.length}
        {first === undefined ? '' : ` since ${shortDate(first, today)}`} (12 weeks; a filled square
        is a day with a goal step done or a check-in).
      </figcaption>
    </figure>
  );
}
