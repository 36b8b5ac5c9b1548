// The goals a client shares, as the Goals view shows them (DESIGN.md §10: a `progressbar` named
// after each goal), with what needs attention. Presentational: the coach's Clients page and the
// client's own preview in Settings → Coach show the same thing, so the preview is the truth.
import type { SharedGoal } from '../../domain/share-projection';
import { ProgressBar } from '../progress-bar';
import { attentionWords, sharedProgressRange, sharedProgressText } from './share-text';

export function SharedGoalList({
  goals,
  showWhy = false,
}: {
  goals: SharedGoal[];
  showWhy?: boolean;
}) {
  if (goals.length === 0) return <p className="shared-empty">No active goals.</p>;
  return (
    <ul className="shared-goals">
      {goals.map((goal) => {
        const { value, max } = sharedProgressRange(goal);
        const text = sharedProgressText(goal);
        const attention = attentionWords(goal);
        return (
          <li key={goal.id} className="shared-goal">
            <p className="shared-goal-title">{goal.title}</p>
            {showWhy && goal.why && <p className="shared-goal-why">Why: {goal.why}</p>}
            <ProgressBar label={goal.title} value={value} max={max} valueText={text} />
            <p className="shared-goal-figures">
              {text}
              {goal.nextStep !== undefined && ` · Next: ${goal.nextStep}`}
            </p>
            {attention.length > 0 && (
              <p className="shared-goal-attention">{attention.join(' · ')}</p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
