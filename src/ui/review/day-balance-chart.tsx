// Goal steps against chores, day by day: two bars per day, the goal steps filled and the chores
// outlined, each with its number written above it, so the chart reads without colour. An SVG
// (not CSS backgrounds) so it prints with "background graphics" off; its text equivalent is a
// table for screen readers and the summary sentence next to it.
import type { DayCount } from '../../domain/review';
import { count, dayBalanceText, shortDate, shortWeekday } from './review-text';

const HEIGHT = 84;
const TOP = 14; // room for the numbers above the bars
const AXIS = 16;

interface Props {
  days: readonly DayCount[];
  today: string;
}

export function DayBalanceChart({ days, today }: Props) {
  const max = Math.max(1, ...days.map((day) => Math.max(day.goalSteps, day.chores)));
  const long = days.length > 14;
  // A week's slots are 40 units; a longer period shares about 280 (a slot at least 6), so its
  // text stays the size of a week's whatever the number of days.
  const slot = long ? Math.max(6, 280 / days.length) : 40;
  const bar = long ? slot * 0.38 : 14;
  const width = slot * days.length;
  const scale = (n: number) => (n / max) * (HEIGHT - TOP);
  const label = (day: string, index: number) =>
    !long
      ? shortWeekday(day)
      : index % 7 === 0 && index < days.length - 3 // a date needs about four slots
        ? shortDate(day, today)
        : '';
  return (
    <figure className="review-chart">
      <svg
        className="day-balance"
        viewBox={`0 0 ${width} ${HEIGHT + AXIS}`}
        preserveAspectRatio="xMinYMid meet"
        aria-hidden="true"
        focusable="false"
      >
        {days.map((day, index) => {
          const x = index * slot + (slot - 2 * bar - 2) / 2;
          const goalHeight = scale(day.goalSteps);
          const choreHeight = scale(day.chores);
          return (
            <g key={day.day}>
              <rect
                className="bar-goal"
                x={x}
                y={HEIGHT - goalHeight}
                width={bar}
                height={Math.max(goalHeight, 0.5)}
              />
              <rect
                className="bar-chore"
                x={x + bar + 2}
                y={HEIGHT - choreHeight}
                width={bar}
                height={Math.max(choreHeight, 0.5)}
              />
              {!long && (
                <>
                  <text className="bar-number" x={x + bar / 2} y={HEIGHT - goalHeight - 3}>
                    {day.goalSteps || ''}
                  </text>
                  <text className="bar-number" x={x + bar * 1.5 + 2} y={HEIGHT - choreHeight - 3}>
                    {day.chores || ''}
                  </text>
                </>
              )}
              <text
                className={long ? 'axis-label axis-label-start' : 'axis-label'}
                x={long ? index * slot : index * slot + slot / 2}
                y={HEIGHT + AXIS - 3}
              >
                {label(day.day, index)}
              </text>
            </g>
          );
        })}
        <line className="axis" x1={0} x2={width} y1={HEIGHT} y2={HEIGHT} />
      </svg>
      <figcaption>
        <LegendKey className="bar-goal" /> goal steps <LegendKey className="bar-chore" /> chores,
        done each day
      </figcaption>
      <table className="visually-hidden">
        <caption>Goal steps and chores done each day</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Goal steps</th>
            <th scope="col">Chores</th>
          </tr>
        </thead>
        <tbody>
          {days.map((day) => (
            <tr key={day.day} aria-label={dayBalanceText(day)}>
              <th scope="row">{shortDate(day.day, today)}</th>
              <td>{day.goalSteps}</td>
              <td>{day.chores}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

/** How many days had anything done, for a sentence under the chart. */
export function activeDaysText(days: readonly DayCount[]): string {
  const active = days.filter((day) => day.goalSteps + day.chores > 0).length;
  return `Something was done on ${count(active, 'day')} of ${days.length}.`;
}

/** A legend's key in SVG, like the bars it names (a CSS background would not print). */
function LegendKey({ className }: { className: string }) {
  return (
    <svg className="legend-key" viewBox="0 0 10 10" aria-hidden="true" focusable="false">
      <rect className={className} x={0.5} y={0.5} width={9} height={9} />
    </svg>
  );
}
