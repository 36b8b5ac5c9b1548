// "Bring in your list": a list kept elsewhere (Todoist, TickTick, Markdown, plain text) read,
// summarised, marked and added in one go (DESIGN.md §10 "Bringing a list in"). As soon as a
// file or text is read the page shows what was read and left out, then the items themselves
// in their original order as toggles; marking one makes it a goal step, and the burial
// diagnosis of the list as it was kept says, live, where those goals sat. "Add to my list"
// writes everything in one transaction; Undo takes the whole import back out.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { addImportedList, undoListImport, type StepTarget } from '../../db/list-import-repository';
import { describeWriteError } from '../../db/write-error';
import { diagnose } from '../../domain/diagnose';
import { itemsToAdd, planImport } from '../../domain/list-import/import-plan';
import type { Day } from '../../domain/types';
import { FieldError } from '../../ui/form-parts';
import { burialWords } from './burial-words';
import { GoalChoice, NEW_GOAL, type GoalChoiceValue } from './goal-choice';
import { ImportResult, type ImportOutcome } from './import-result';
import { ItemToggles, type ToggleEntry } from './item-toggles';
import { ReadingSummary } from './reading-summary';
import { SourceInputs } from './source-inputs';
import { useListReading } from './use-list-reading';
import './import.css';

const NO_GOAL: GoalChoiceValue = { choice: '', newTitle: '' };

export function ImportView({ today }: { today: Day }) {
  const { reading, readFile, readText, clear } = useListReading(today);
  const [marked, setMarked] = useState<ReadonlySet<string>>(new Set());
  const [includeDone, setIncludeDone] = useState(false);
  const [goal, setGoal] = useState<GoalChoiceValue>(NO_GOAL);
  const [adding, setAdding] = useState(false);
  const [addError, setAddError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [undoing, setUndoing] = useState(false);
  const [resetKey, setResetKey] = useState(0);
  const fileInput = useRef<HTMLInputElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);

  const outcomeRead = reading.outcome;
  const entries = useMemo((): ToggleEntry[] => {
    if (!outcomeRead) return [];
    let line = 0;
    return itemsToAdd(outcomeRead.items, includeDone).map(({ item, key }) =>
      item.status === 'open' ? { item, key, line: ++line } : { item, key },
    );
  }, [outcomeRead, includeDone]);
  const openCount = entries.filter((entry) => entry.line !== undefined).length;
  // Where the goals sat in the list as it was kept: among its open items, in its order.
  const diagnosis = useMemo(
    () =>
      diagnose(
        entries
          .filter((entry) => entry.line !== undefined)
          .map(({ key }) => ({ kind: marked.has(key) ? 'goal' : 'chore' })),
      ),
    [entries, marked],
  );
  const markedCount = entries.filter(({ key }) => marked.has(key)).length;
  const firstGroup = entries.find(({ key }) => marked.has(key))?.item.group ?? '';
  // Every app has an Inbox; it is no name for a goal.
  const suggestedTitle = firstGroup === 'Inbox' ? '' : firstGroup;

  const startOver = (source: 'file' | 'text') => {
    setOutcome(null);
    setAddError(null);
    if (source === 'file') setMarked(new Set());
  };

  const toggle = useCallback(
    (key: string) =>
      setMarked((current) => {
        const next = new Set(current);
        if (!next.delete(key)) next.add(key);
        return next;
      }),
    [],
  );

  const add = async () => {
    if (!outcomeRead || adding) return;
    setAdding(true);
    setAddError(null);
    try {
      const planned = planImport(outcomeRead.items, { marked, includeDone });
      const target: StepTarget =
        goal.choice === ''
          ? { type: 'none' }
          : goal.choice === NEW_GOAL
            ? { type: 'new', title: goal.newTitle }
            : { type: 'existing', goalId: goal.choice };
      const receipt = await addImportedList(planned, target, today);
      const goalTitle = goal.choice === NEW_GOAL ? goal.newTitle.trim() : undefined;
      setOutcome({ state: 'added', receipt, ...(goalTitle ? { goalTitle } : {}) });
      clear();
      setMarked(new Set());
      setGoal(NO_GOAL);
      setIncludeDone(false);
      setResetKey((key) => key + 1);
    } catch (failure) {
      setAddError(`Nothing was added. ${describeWriteError(failure)}`);
    } finally {
      setAdding(false);
    }
  };

  // The Add button goes with the reading: focus moves to what can be done next, Undo.
  useEffect(() => {
    if (outcome?.state === 'added') undoButton.current?.focus();
  }, [outcome]);

  const undo = async () => {
    if (outcome?.state !== 'added' || undoing) return;
    setUndoing(true);
    try {
      const removed = await undoListImport(outcome.receipt);
      setOutcome({ state: 'undone', removed });
      fileInput.current?.focus();
    } catch (failure) {
      setAddError(`The import could not be undone. ${describeWriteError(failure)}`);
    } finally {
      setUndoing(false);
    }
  };

  return (
    <section className="view import" aria-labelledby="import-heading">
      <header className="view-header">
        <h1 id="import-heading">Bring in your list</h1>
        <p className="view-subtitle">
          From Todoist, TickTick, a Markdown checklist or plain text. Then mark what matters.
        </p>
      </header>
      <section className="import-card" aria-label="Your list">
        <SourceInputs
          key={resetKey}
          error={reading.error}
          fileInputRef={fileInput}
          onFile={(file) => {
            startOver('file');
            void readFile(file);
          }}
          onText={(text) => {
            startOver('text');
            void readText(text);
          }}
        />
        {reading.busy && <p className="loading">Reading your list…</p>}
      </section>
      {outcomeRead && (
        <>
          <ReadingSummary
            reading={outcomeRead}
            includeDone={includeDone}
            onIncludeDone={setIncludeDone}
          />
          <section className="import-card" aria-labelledby="import-mark-heading">
            <h2 id="import-mark-heading">Mark what matters</h2>
            <p className="import-lead">
              Press each item that is a step toward something you care about, rather than something
              that simply has to be done. Press it again to take the mark off.
            </p>
            <p role="status" className="import-diagnosis">
              {burialWords(diagnosis, openCount)}
            </p>
            <ItemToggles entries={entries} marked={marked} onToggle={toggle} />
          </section>
          <section className="import-card" aria-labelledby="import-add-heading">
            <h2 id="import-add-heading">Add it</h2>
            {markedCount > 0 && (
              <GoalChoice
                value={goal}
                marked={markedCount}
                suggestedTitle={suggestedTitle}
                onChange={setGoal}
              />
            )}
            <p className="import-hint">
              Chores keep their order, dates and repeats; marked items become goal steps and stand
              above every chore on Today.
            </p>
            <FieldError message={addError} />
            <button
              type="button"
              className="primary"
              aria-disabled={adding || undefined}
              onClick={() => void add()}
            >
              Add to my list
            </button>
          </section>
        </>
      )}
      {!outcomeRead && addError && <FieldError message={addError} />}
      <ImportResult
        outcome={outcome}
        undoRef={undoButton}
        onUndo={() => void undo()}
        undoing={undoing}
      />
    </section>
  );
}
