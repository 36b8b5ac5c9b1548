// A step on its goal's page as a row of a sortable list: dragged by its handle, a drop writes
// only the step's key, between the two steps it now stands between (in the one task key space).
import type { ComponentProps } from 'react';
import type { Neighbours } from '../../domain/reorder';
import type { Task } from '../../domain/types';
import { useSortableItem } from '../../ui/drag/sortable-row';
import { moveStepBetween } from './goal-actions';
import { StepItem } from './step-item';

export const stepId = (step: Task) => step.id;
export const stepTitle = (step: Task) => step.title;
export const dropStep = (step: Task, { before, after }: Neighbours<Task>) =>
  moveStepBetween(step, { before: before?.id, after: after?.id });

type Props = Omit<ComponentProps<typeof StepItem>, 'rowRef' | 'style' | 'className' | 'leading'>;

export function SortableStep(props: Props) {
  const { step, count } = props;
  const item = useSortableItem(step.id, { label: step.title, list: 'steps' }, count > 1);
  return <StepItem {...props} {...item} />;
}
