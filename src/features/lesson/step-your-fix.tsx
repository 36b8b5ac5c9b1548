// Step 8: the client's list as Goals First would show it, and the choice to keep it.
import { listNeeded } from './list-needed';
import { ResortingList } from './resorting-list';
import { SaveToList } from './save-to-list';
import type { StepProps } from './step-props';
import { useClientList } from './use-lesson-data';
import { useYourList } from './use-your-list';

export function YourFixStep({ today }: StepProps) {
  const list = useYourList();
  const analysed = useClientList(list.items, today);
  return (
    listNeeded(list) ?? (
      <>
        <ResortingList
          written={analysed.written}
          plan={analysed.plan}
          choreCap={analysed.choreCap}
          label="Your list as written"
        />
        <SaveToList items={list.items} sources={list.sandbox.sources} />
      </>
    )
  );
}
