// What quick add recognised in the typed text, shown under the box before adding: one chip per
// part ("Due 31 Jan", "Repeats every month", "Goal: Write a novel") and the title that is left.
// Removing a chip puts its words back into the title. A first due date that a repeat implies has
// no remove button of its own: it goes with the repeat.
import { dayLabel, midSentence, type LabelOptions } from '../../domain/day-labels';
import type { ParsedPart, QuickAddParse } from '../../domain/quick-add-parser';
import { describeRecurrence } from '../../domain/recurrence-words';
import type { Day } from '../../domain/types';
import './quick-add-chips.css';

export function chipLabel(part: ParsedPart, today: Day, options: LabelOptions): string {
  switch (part.type) {
    case 'due':
      return `${part.implied ? 'First due' : 'Due'} ${midSentence(dayLabel(part.day, today, options))}`;
    case 'scheduled':
      return `Scheduled ${midSentence(dayLabel(part.day, today, options))}`;
    case 'repeat':
      return `Repeats ${describeRecurrence(part.rule)}`;
    case 'goal-step':
      return 'Goal step';
    case 'goal':
      return `Goal: ${part.goalTitle}`;
  }
}

interface Props {
  id: string;
  parsed: QuickAddParse;
  today: Day;
  weekStartsOn: number;
  onRemove: (key: string) => void;
}

export function QuickAddChips({ id, parsed, today, weekStartsOn, onRemove }: Props) {
  const options = { weekStartsOn };
  return (
    <div id={id} className="quick-add-chips">
      <ul className="chips" aria-label="Recognised in your text">
        {parsed.parts.map((part) => {
          const label = chipLabel(part, today, options);
          const removable = !(part.type === 'due' && part.implied);
          return (
            <li key={part.key} className={`chip chip-${part.type}`}>
              <span>{label}</span>
              {removable && (
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={`Remove: ${label}`}
                  title="Keep these words in the title instead"
                  onClick={() => onRemove(part.key)}
                >
                  <span aria-hidden="true">×</span>
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <p className="quick-add-title">
        Title: <strong>{parsed.title}</strong>
      </p>
    </div>
  );
}
