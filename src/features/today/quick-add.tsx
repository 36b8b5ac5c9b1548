// Capture first: one box, Enter adds. A refused title keeps what was typed and says why.
// The text is parsed as it is typed (dates, repeats, #goal, +goal; see
// src/domain/quick-add-parser.ts) and what was recognised shows as chips under the box; adding
// parses the final text once more, so a slow preview can never add something else.
import { lazy, Suspense, useId, useRef, useState } from 'react';
import { addTask } from '../../db/task-repository';
import { describeWriteError } from '../../db/write-error';
import type { QuickAddParse } from '../../domain/quick-add-parser';
import { TITLE_MAX_LENGTH } from '../../domain/task-input';
import type { Day, Task, TaskKind } from '../../domain/types';
import { holdFocus, type FocusHold } from '../../ui/focus';
import { guardLeaving } from '../../ui/leave-guard';
import { useWeekStart } from '../../ui/week-start-context';
import { GoalPicker } from './goal-picker';
import { KindPicker } from './kind-picker';
import { parseQuickAddText, preloadQuickAddParser } from './load-quick-add-parser';
import { FieldError } from '../../ui/form-parts';

export const NEW_TASK_INPUT_ID = 'new-task';

const NO_PARTS: ReadonlySet<string> = new Set();

// Chips appear only after a parse, which loads lazily anyway: they come in the same later chunk.
const QuickAddChips = lazy(() =>
  import('./quick-add-chips').then((module) => ({ default: module.QuickAddChips })),
);

interface Props {
  today: Day;
  /** Called with each task once it is stored. */
  onAdded?: (task: Task) => void;
}

export function QuickAdd({ today, onAdded }: Props) {
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<TaskKind>('chore');
  const [goalId, setGoalId] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [ignored, setIgnored] = useState(NO_PARTS);
  const [parsed, setParsed] = useState<QuickAddParse | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const typed = useRef(''); // the box's text as of the last keystroke, for adds that finish later
  const latestParse = useRef(0);
  const errorId = useId();
  const chipsId = useId();
  const weekStartsOn = useWeekStart();

  // Text far over the title limit is refused as typed, so its message names its real length.
  const parse = (text: string, ignore: ReadonlySet<string>) =>
    text.trim() === '' || text.length > 2 * TITLE_MAX_LENGTH
      ? Promise.resolve(null)
      : parseQuickAddText(text, { today, weekStartsOn, ignore });

  const preview = (text: string, ignore: ReadonlySet<string>) => {
    const ticket = ++latestParse.current;
    void parse(text, ignore).then((result) => {
      if (ticket === latestParse.current) setParsed(result);
    });
  };

  const reset = (text: string, ignore: ReadonlySet<string>) => {
    typed.current = text;
    setTitle(text);
    setIgnored(ignore);
    setParsed(null);
  };

  // Capture must keep up with typing: the box empties as soon as Enter is pressed, and the adds
  // run one after another in the order they were asked for. If an add is refused, its text comes
  // back into the box with the reason (unless the next task is already being typed; then the
  // reason names the text that was not added).
  const queue = useRef<Promise<void>>(Promise.resolve());
  const addText = async (
    text: string,
    ignore: ReadonlySet<string>,
    cleared: boolean,
    hold: FocusHold,
  ) => {
    try {
      const result = (await parse(text, ignore)) ?? { title: text, parts: [] };
      const task = await addTask({
        title: result.title,
        kind: result.kind ?? kind,
        // "+word" in the text names a goal; otherwise the picker's choice (goal steps only).
        goalId: result.goalId ?? (kind === 'goal' ? goalId : undefined),
        dueDate: result.dueDate,
        scheduledFor: result.scheduledFor,
        recurrence: result.recurrence,
      });
      setError(null);
      onAdded?.(task);
    } catch (failure) {
      const reason = describeWriteError(failure);
      if (!cleared) {
        setError(reason);
      } else if (typed.current === '') {
        reset(text, ignore);
        preview(text, ignore);
        setError(reason);
      } else {
        const shown = text.length > 60 ? `${text.slice(0, 60)}…` : text;
        setError(`“${shown}” was not added. ${reason}`);
      }
    }
    // Back to the box for the next task, unless the person has gone elsewhere meanwhile.
    hold.moveTo(input.current);
  };
  const add = () => {
    latestParse.current++; // a preview still on its way must not come back after the add
    const [text, ignore] = [title, ignored];
    // Text refused as typed (blank, or far too long) stays in the box; anything else empties it.
    const cleared = text.trim() !== '' && text.length <= 2 * TITLE_MAX_LENGTH;
    if (cleared) reset('', NO_PARTS);
    const hold = holdFocus();
    // The text has left the box but is not stored yet: leaving now asks first.
    const release = cleared ? guardLeaving() : undefined;
    queue.current = queue.current.then(() => addText(text, ignore, cleared, hold)).finally(release);
  };

  const removePart = (key: string) => {
    const next = new Set(ignored).add(key);
    setIgnored(next);
    preview(title, next);
    input.current?.focus();
  };

  const showChips = parsed !== null && parsed.parts.length > 0 && title !== '';
  const describedBy = [error && errorId, showChips && chipsId].filter(Boolean).join(' ');

  return (
    <form
      className="quick-add"
      aria-label="Quick add"
      onSubmit={(event) => {
        event.preventDefault();
        add();
      }}
    >
      <div className="quick-add-row">
        <label htmlFor={NEW_TASK_INPUT_ID} className="visually-hidden">
          New task
        </label>
        <input
          id={NEW_TASK_INPUT_ID}
          ref={input}
          type="text"
          value={title}
          onChange={(event) => {
            typed.current = event.currentTarget.value;
            setTitle(event.currentTarget.value);
            setError(null);
            preview(event.currentTarget.value, ignored);
          }}
          onFocus={preloadQuickAddParser}
          placeholder="Write down a chore, or the next step toward a goal"
          autoComplete="off"
          enterKeyHint="done"
          aria-invalid={error !== null}
          aria-describedby={describedBy || undefined}
        />
        <button type="submit" className="primary">
          Add
        </button>
      </div>
      {showChips && (
        <Suspense fallback={null}>
          <QuickAddChips
            id={chipsId}
            parsed={parsed}
            today={today}
            weekStartsOn={weekStartsOn}
            onRemove={removePart}
          />
        </Suspense>
      )}
      <div className="quick-add-options">
        <KindPicker name="quick-add-kind" value={kind} onChange={setKind} />
        {kind === 'goal' && (
          <GoalPicker id={`${errorId}-goal`} value={goalId} onChange={setGoalId} />
        )}
      </div>
      <FieldError id={errorId} message={error} />
    </form>
  );
}
