// A goal's check-ins over the period as a small line: one point per day (the amount logged, or
// the number of check-ins for a steps goal). Decorative beside its sentence (checkInText), which
// carries the figures.
interface Props {
  values: readonly number[];
}

const WIDTH = 84;
const HEIGHT = 20;

export function Sparkline({ values }: Props) {
  if (values.length < 2) return null;
  const max = Math.max(1, ...values);
  const step = WIDTH / (values.length - 1);
  const points = values
    .map(
      (value, i) =>
        `${(i * step).toFixed(1)},${(HEIGHT - 2 - (value / max) * (HEIGHT - 4)).toFixed(1)}`,
    )
    .join(' ');
  return (
    <svg
      className="sparkline"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width={WIDTH}
      height={HEIGHT}
      aria-hidden="true"
      focusable="false"
    >
      <polyline points={points} />
      {values.map((value, i) =>
        value > 0 ? (
          <circle key={i} cx={i * step} cy={HEIGHT - 2 - (value / max) * (HEIGHT - 4)} r={1.8} />
        ) : null,
      )}
    </svg>
  );
}
