// A list as written, numbered by line (the numbers are CSS counters, so each item's text starts
// with its title). With `reveal`, the goal items light up and the chores step back.
import type { WrittenRow } from './lesson-plan';

interface Props {
  rows: readonly WrittenRow[];
  reveal: boolean;
  label: string;
}

export function WrittenList({ rows, reveal, label }: Props) {
  return (
    <ol className={`lesson-list lesson-written${reveal ? ' is-revealed' : ''}`} aria-label={label}>
      {rows.map((row) => (
        <li
          key={row.id}
          data-flip-id={row.id}
          className={`lesson-item${reveal && row.goal ? ' is-goal' : ''}`}
        >
          <span className="lesson-item-title">{row.title}</span>
          {reveal && row.goal && <span className="lesson-badge">Goal</span>}
        </li>
      ))}
    </ol>
  );
}
