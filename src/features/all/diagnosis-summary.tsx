// The burial diagnosis of the list as written, in words and numbers (DESIGN.md §3 diagnose).
import type { Diagnosis } from '../../domain/diagnose';

const n = new Intl.NumberFormat();
const plural = (count: number, one: string, many: string) =>
  `${n.format(count)} ${count === 1 ? one : many}`;

function headline(d: Diagnosis, goalSteps: number, chores: number): string {
  if (goalSteps === 0) {
    return chores === 0
      ? 'Your list is empty.'
      : `No goal steps in this list: ${plural(chores, 'chore', 'chores')} and nothing that moves a goal forward.`;
  }
  // A goal step is buried when some chore stands above it: its position is past the goal
  // steps before it.
  const buriedPositions = d.goalPositions.filter((position, index) => position - 1 > index);
  const buried = buriedPositions.length;
  if (buried === 0) {
    return `No goal step is buried: all ${plural(goalSteps, 'goal step stands', 'goal steps stand')} above the chores.`;
  }
  const first = buriedPositions[0] ?? 0;
  const verb = buried === 1 ? 'is' : 'are';
  return `${plural(buried, 'goal step', 'goal steps')} ${verb} buried under ${plural(chores, 'chore', 'chores')}; the first is at position ${n.format(first)}.`;
}

export function DiagnosisSummary({
  diagnosis,
  goalSteps,
  chores,
}: {
  diagnosis: Diagnosis;
  goalSteps: number;
  chores: number;
}) {
  return (
    <div role="status" className="diagnosis">
      <p className="diagnosis-headline">{headline(diagnosis, goalSteps, chores)}</p>
      {goalSteps > 0 && chores > 0 && (
        <dl className="diagnosis-figures">
          <div>
            <dt>Chores above the first goal step</dt>
            <dd>{n.format(diagnosis.choresAboveFirstGoal)}</dd>
          </div>
          <div>
            <dt>Goal steps below the first 7 lines</dt>
            <dd>
              {n.format(diagnosis.goalsBelowVisible)} of {n.format(goalSteps)}
            </dd>
          </div>
          <div>
            <dt>Burial score</dt>
            <dd>{Math.round(diagnosis.burialScore * 100)}%</dd>
          </div>
        </dl>
      )}
      {goalSteps > 0 && chores > 0 && (
        <p className="diagnosis-note">
          The burial score is the share of goal step and chore pairs in which the chore comes first.
          Today shows your goal steps on top, whatever their place here.
        </p>
      )}
    </div>
  );
}
