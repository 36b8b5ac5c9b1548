// After "Add to my list": a status saying what was added, with Undo (which takes the whole
// import back out) and a way to Today, where the marked goal steps now stand on top.
import type { RefObject } from 'react';
import type { ListImportReceipt } from '../../db/list-import-repository';
import { Link } from '../../ui/router';
import { counted } from './words';

export type ImportOutcome =
  | { state: 'added'; receipt: ListImportReceipt; goalTitle?: string }
  | { state: 'undone'; removed: number };

interface Props {
  outcome: ImportOutcome | null;
  undoing: boolean;
  onUndo: () => void;
  undoRef: RefObject<HTMLButtonElement | null>;
}

function addedWords(receipt: ListImportReceipt, goalTitle: string | undefined): string {
  const total = receipt.goalSteps + receipt.chores;
  const parts = [
    receipt.goalSteps > 0
      ? `${counted(receipt.goalSteps, 'goal step', 'goal steps')}${goalTitle ? ` toward “${goalTitle}”` : ''}`
      : '',
    receipt.chores > 0 ? counted(receipt.chores, 'chore', 'chores') : '',
  ].filter(Boolean);
  return `Added ${counted(total, 'item', 'items')} to your list: ${parts.join(' and ')}.`;
}

export function ImportResult({ outcome, undoing, onUndo, undoRef }: Props) {
  return (
    <div role="status" className="import-result">
      {outcome?.state === 'added' && (
        <>
          <p>{addedWords(outcome.receipt, outcome.goalTitle)}</p>
          <div className="import-actions">
            <button
              type="button"
              ref={undoRef}
              onClick={onUndo}
              aria-disabled={undoing || undefined}
            >
              Undo
            </button>
            <Link href="/">See your list on Today</Link>
          </div>
        </>
      )}
      {outcome?.state === 'undone' && (
        <p>
          Import undone: {counted(outcome.removed, 'item is', 'items are')} gone from your list
          again.
        </p>
      )}
    </div>
  );
}
