// Where the marked items go: no goal yet (goal steps on their own, which Today asks to give a
// goal), one of the user's active goals, or a new goal named here. A new goal's name starts as
// the heading or list the first marked item stood under, the likeliest name for it.
import { useId } from 'react';
import { useActiveGoals } from '../../db/use-active-goals';

export const NEW_GOAL = 'new';

export interface GoalChoiceValue {
  /** '' = no goal, NEW_GOAL, or a goal id. */
  choice: string;
  newTitle: string;
}

interface Props {
  value: GoalChoiceValue;
  marked: number;
  suggestedTitle: string;
  onChange: (value: GoalChoiceValue) => void;
}

export function GoalChoice({ value, marked, suggestedTitle, onChange }: Props) {
  const id = useId();
  const goals = useActiveGoals();
  return (
    <div className="import-goal">
      <div className="import-field">
        <label htmlFor={`${id}-goal`}>Goal</label>
        <select
          id={`${id}-goal`}
          value={value.choice}
          aria-describedby={`${id}-goal-hint`}
          onChange={(event) => {
            const choice = event.currentTarget.value;
            const newTitle =
              choice === NEW_GOAL && value.newTitle === '' ? suggestedTitle : value.newTitle;
            onChange({ choice, newTitle });
          }}
        >
          <option value="">No goal yet</option>
          {goals?.map((goal) => (
            <option key={goal.id} value={goal.id}>
              {goal.title}
            </option>
          ))}
          <option value={NEW_GOAL}>A new goal…</option>
        </select>
        <p id={`${id}-goal-hint`} className="import-hint">
          The goal your{' '}
          {marked === 1 ? 'marked item is a step' : `${marked} marked items are steps`} toward. You
          can change it for each step later.
        </p>
      </div>
      {value.choice === NEW_GOAL && (
        <div className="import-field">
          <label htmlFor={`${id}-new`}>Name of the new goal</label>
          <input
            id={`${id}-new`}
            type="text"
            value={value.newTitle}
            onChange={(event) => onChange({ ...value, newTitle: event.currentTarget.value })}
          />
        </div>
      )}
    </div>
  );
}
