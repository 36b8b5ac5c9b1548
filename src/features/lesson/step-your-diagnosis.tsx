// Step 7: the client's list, with their goals lit and the burial measured.
import { DiagnosisPanel } from './diagnosis-panel';
import { listNeeded } from './list-needed';
import type { StepProps } from './step-props';
import { useClientList } from './use-lesson-data';
import { useYourList } from './use-your-list';
import { WrittenList } from './written-list';

export function YourDiagnosisStep({ today }: StepProps) {
  const list = useYourList();
  const analysed = useClientList(list.items, today);
  return (
    listNeeded(list) ?? (
      <div className="lesson-stage">
        <WrittenList rows={analysed.written} reveal label="Your list, goals marked" />
        <DiagnosisPanel text={analysed.diagnosis} />
      </div>
    )
  );
}
