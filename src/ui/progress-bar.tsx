// A labelled progress bar: role `progressbar` named by `label`, with the real quantities as
// aria-valuenow/aria-valuemax (done steps of all steps, words toward a target) and the
// sentence a person would say as aria-valuetext ("12,400 of 20,000 words"). ARIA wants
// min ≤ now ≤ max, so a goal past its target shows a full bar while the text keeps the truth.
import './progress-bar.css';

interface Props {
  label: string;
  value: number;
  max: number;
  valueText: string;
  className?: string;
}

export function ProgressBar({ label, value, max, valueText, className }: Props) {
  // An empty measure (a steps goal with no step yet) still needs a range above zero.
  const top = max > 0 ? max : 1;
  const now = Math.min(Math.max(value, 0), top);
  return (
    <div
      className={`progress-bar${className ? ` ${className}` : ''}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={top}
      aria-valuenow={now}
      aria-valuetext={valueText}
    >
      <div className="progress-bar-fill" style={{ width: `${(now / top) * 100}%` }} />
    </div>
  );
}
