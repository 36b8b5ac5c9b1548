// "Goal": which goal a goal step belongs to (DESIGN.md §10). "No goal" keeps it a loose goal
// step, listed after the goals' own steps.
import { useActiveGoals } from '../../db/use-active-goals';
import type { Goal } from '../../domain/types';

interface Props {
  id: string;
  value: string | undefined;
  onChange: (goalId: string | undefined) => void;
  /** A goal to keep offering although it is not active (the step's current, paused goal). */
  current?: Goal | undefined;
}

export function GoalPicker({ id, value, onChange, current }: Props) {
  const active = useActiveGoals() ?? [];
  const goals =
    current && !active.some((goal) => goal.id === current.id) ? [...active, current] : active;
  return (
    <div className="goal-picker">
      <label htmlFor={id}>Goal</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(event) => onChange(event.currentTarget.value || undefined)}
      >
        <option value="">No goal</option>
        {goals.map((goal) => (
          <option key={goal.id} value={goal.id}>
            {goal.title}
            {goal.status === 'active' ? '' : ` (${goal.status})`}
          </option>
        ))}
      </select>
    </div>
  );
}
