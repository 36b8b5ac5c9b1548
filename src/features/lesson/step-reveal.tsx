// Step 2: the goals light up, and the burial is measured.
import { DiagnosisPanel } from './diagnosis-panel';
import type { StepProps } from './step-props';
import { useSample } from './use-lesson-data';
import { WrittenList } from './written-list';

export function RevealStep({ today }: StepProps) {
  const sample = useSample(today);
  return (
    <>
      <p className="lesson-lead">
        Three of these lines are not chores. They are steps toward things this person truly wants:
        to get fit, to write, to speak Spanish with family. Look where they ended up.
      </p>
      <div className="lesson-stage">
        <WrittenList rows={sample.written} reveal label="The same list, goals marked" />
        <DiagnosisPanel text={sample.diagnosis} />
      </div>
    </>
  );
}
