// The active goals, sortable by drag (the order of Today's goal section too). A drop writes only
// the moved goal's key, between its new neighbours; Move up / Move down on each card stay as
// the way to do the same one place at a time.
import type { GoalSummary } from '../../domain/goal-summary';
import type { Neighbours } from '../../domain/reorder';
import type { Day } from '../../domain/types';
import { SortableList } from '../../ui/drag/sortable-list';
import { useSortableItem } from '../../ui/drag/sortable-row';
import { moveGoalBetweenBy } from './goal-actions';
import { GoalCard } from './goal-card';

const idOf = (summary: GoalSummary) => summary.goal.id;
const labelOf = (summary: GoalSummary) => summary.goal.title;
const onMove = (summary: GoalSummary, { before, after }: Neighbours<GoalSummary>) =>
  moveGoalBetweenBy(summary.goal, { before: before?.goal.id, after: after?.goal.id });

export function SortableGoals({ summaries, today }: { summaries: GoalSummary[]; today: Day }) {
  return (
    <SortableList items={summaries} idOf={idOf} labelOf={labelOf} onMove={onMove}>
      {(shown) => (
        <ul className="goal-list">
          {shown.map((summary, index) => (
            <SortableGoalCard
              key={summary.goal.id}
              summary={summary}
              today={today}
              index={index}
              count={shown.length}
            />
          ))}
        </ul>
      )}
    </SortableList>
  );
}

interface CardProps {
  summary: GoalSummary;
  today: Day;
  index: number;
  count: number;
}

function SortableGoalCard({ summary, today, index, count }: CardProps) {
  const { goal } = summary;
  const item = useSortableItem(goal.id, { label: goal.title, list: 'goals' }, count > 1);
  return <GoalCard summary={summary} today={today} position={{ index, count }} {...item} />;
}
