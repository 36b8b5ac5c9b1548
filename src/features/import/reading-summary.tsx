// What was read: the format, the items, the dates and repeats understood, what went into the
// notes and what was left out, and the choice for completed items (left out by default: a
// fresh start; brought in as done, they count as progress where they are marked goal steps).
import { useId } from 'react';
import type { ReadOutcome } from '../../domain/list-import/read-list';
import { LIST_MAX_ITEMS } from '../../domain/list-import/limits';
import { summaryLines } from './summary-words';
import { counted } from './words';

interface Props {
  reading: ReadOutcome;
  includeDone: boolean;
  onIncludeDone: (include: boolean) => void;
}

export function ReadingSummary({ reading, includeDone, onIncludeDone }: Props) {
  const id = useId();
  const lines = summaryLines(reading, includeDone);
  const done = reading.items.filter((item) => item.status === 'done').length;
  const tooMany = reading.items.length > LIST_MAX_ITEMS;
  return (
    <section className="import-card import-summary" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>What was read</h2>
      <ul>
        <li>{lines.source}</li>
        <li>{lines.items}</li>
        {lines.understood && <li>{lines.understood}</li>}
        {lines.kept && <li>{lines.kept}</li>}
        {lines.left && <li>{lines.left}</li>}
      </ul>
      {done > 0 && (
        <fieldset className="import-choice">
          <legend>{counted(done, 'completed item', 'completed items')}</legend>
          <label>
            <input
              type="radio"
              name={`${id}-done`}
              checked={!includeDone}
              onChange={() => onIncludeDone(false)}
            />
            Leave them out
          </label>
          <label>
            <input
              type="radio"
              name={`${id}-done`}
              checked={includeDone}
              disabled={tooMany}
              aria-describedby={tooMany ? `${id}-too-many` : undefined}
              onChange={() => onIncludeDone(true)}
            />
            Bring them in as done
          </label>
          {tooMany && (
            <p id={`${id}-too-many`} className="import-hint">
              With them the list would pass {LIST_MAX_ITEMS.toLocaleString('en')} items, the most
              added at once.
            </p>
          )}
        </fieldset>
      )}
    </section>
  );
}
