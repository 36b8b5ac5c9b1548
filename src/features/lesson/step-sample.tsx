// Step 1: a list like most people's. The question is left open for the client to answer.
import type { StepProps } from './step-props';
import { useSample } from './use-lesson-data';
import { WrittenList } from './written-list';

export function SampleStep({ today }: StepProps) {
  const sample = useSample(today);
  return (
    <>
      <p className="lesson-lead">
        Here is a to-do list much like the ones most of us keep: twenty lines, written down as
        things came up. Read it from the top, the way you would on a busy morning.
      </p>
      <WrittenList rows={sample.written} reveal={false} label="A typical to-do list" />
      <p className="lesson-prompt">
        Take a moment. Which of these will get done this week, and which will still be here next
        month?
      </p>
    </>
  );
}
