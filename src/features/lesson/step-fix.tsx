// Step 4: the same twenty lines, re-sorted into the Goals First plan.
import { ResortingList } from './resorting-list';
import type { StepProps } from './step-props';
import { useSample } from './use-lesson-data';

export function FixStep({ today }: StepProps) {
  const sample = useSample(today);
  return (
    <>
      <p className="lesson-lead">
        The same twenty lines: nothing added, nothing removed. Watch each one find its place.
      </p>
      <ResortingList
        written={sample.written}
        plan={sample.plan}
        choreCap={sample.choreCap}
        label="The list as written"
      >
        <p className="lesson-prompt">
          Goals on top, a handful of chores for today, and the rest out of the way in the pile.
        </p>
      </ResortingList>
    </>
  );
}
