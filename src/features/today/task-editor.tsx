// Inline edit of one task: Enter saves, Escape cancels, the same rules as quick add. Dates are
// native date inputs; the repeat (chores only) is its own control (./repeat-picker.tsx).
import { useId, useState } from 'react';
import { updateTask } from '../../db/task-repository';
import { describeWriteError } from '../../db/write-error';
import { firstOccurrence } from '../../domain/recurrence';
import type { Day, Goal, Task, TaskKind } from '../../domain/types';
import { GoalPicker } from './goal-picker';
import { KindPicker } from './kind-picker';
import { RepeatPicker, draftFromRule, ruleFromDraft, type RepeatDraft } from './repeat-picker';
import { editFormProps } from '../../ui/edit-form';
import { focusOnMount, holdFocus, type FocusHold } from '../../ui/focus';
import { EditorButtons, FieldError } from '../../ui/form-parts';
import './task-editor-dates.css';

interface Props {
  task: Task;
  /** The goal the step belongs to now, so a paused one stays a choice. */
  goal?: Goal | undefined;
  /** The local day, for the first due date of a new repeat. */
  today: Day;
  /** `hold`: where focus was when Save was asked for. */
  onClose: (saved: boolean, hold?: FocusHold) => void;
}

export function TaskEditor({ task, goal, today, onClose }: Props) {
  const [title, setTitle] = useState(task.title);
  const [kind, setKind] = useState<TaskKind>(task.kind);
  const [goalId, setGoalId] = useState(task.goalId);
  const [notes, setNotes] = useState(task.notes ?? '');
  const [dueDate, setDueDate] = useState(task.dueDate ?? '');
  const [scheduledFor, setScheduledFor] = useState(task.scheduledFor ?? '');
  const [repeat, setRepeat] = useState(() => draftFromRule(task.recurrence));
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  // A monthly repeat keeps its anchor (31 while due on 28 Feb) until the due date is changed.
  const keptMonthDay = dueDate === task.dueDate ? task.recurrence?.monthDay : undefined;

  const changeRepeat = (draft: RepeatDraft) => {
    setRepeat(draft);
    setError(null);
    // A repeat counts from the due date: fill in its first occurrence so the user sees it.
    const rule = ruleFromDraft({ ...draft, interval: '1' });
    if (rule && dueDate === '') setDueDate(firstOccurrence(rule, today));
  };

  const save = async (hold: FocusHold) => {
    try {
      await updateTask(task.id, {
        title,
        kind,
        goalId: kind === 'goal' ? (goalId ?? null) : null,
        notes: notes.trim() ? notes : null,
        dueDate: dueDate || null,
        scheduledFor: scheduledFor || null,
        // Only chores repeat; making this a goal step stops its repeat (the form says so).
        recurrence: kind === 'chore' ? ruleFromDraft(repeat, keptMonthDay) : null,
      });
      onClose(true, hold);
    } catch (failure) {
      setError(describeWriteError(failure));
    }
  };

  return (
    <form
      className="task-editor"
      aria-label={`Edit ${task.title}`}
      {...editFormProps(save, () => onClose(false))}
    >
      <label htmlFor={`${id}-title`}>Title</label>
      <input
        id={`${id}-title`}
        type="text"
        value={title}
        // The editor opens on a click of "Edit": focus belongs in its first field.
        ref={focusOnMount}
        onChange={(event) => {
          setTitle(event.currentTarget.value);
          setError(null);
        }}
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      <KindPicker name={`${id}-kind`} value={kind} onChange={setKind} />
      {kind === 'goal' && (
        <GoalPicker id={`${id}-goal`} value={goalId} onChange={setGoalId} current={goal} />
      )}
      <div className="editor-dates">
        <div className="editor-field">
          <label htmlFor={`${id}-due`}>Due date</label>
          <input
            id={`${id}-due`}
            type="date"
            value={dueDate}
            onChange={(event) => {
              setDueDate(event.currentTarget.value);
              setError(null);
            }}
          />
        </div>
        <div className="editor-field">
          <label htmlFor={`${id}-scheduled`}>Scheduled for</label>
          <input
            id={`${id}-scheduled`}
            type="date"
            value={scheduledFor}
            onChange={(event) => {
              setScheduledFor(event.currentTarget.value);
              setError(null);
            }}
          />
        </div>
      </div>
      {kind === 'chore' ? (
        <RepeatPicker
          idPrefix={id}
          value={repeat}
          onChange={changeRepeat}
          dueDate={dueDate}
          monthDay={keptMonthDay}
        />
      ) : (
        task.recurrence && (
          <p className="repeat-hint">Goal steps do not repeat: saving stops this repeat.</p>
        )
      )}
      <label htmlFor={`${id}-notes`}>Notes</label>
      <textarea
        id={`${id}-notes`}
        value={notes}
        rows={3}
        onChange={(event) => setNotes(event.currentTarget.value)}
        onKeyDown={(event) => {
          // Enter writes a new line in notes; Ctrl/Cmd+Enter saves from here too.
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            void save(holdFocus());
          }
        }}
      />
      <FieldError id={`${id}-error`} message={error} />
      <EditorButtons onCancel={() => onClose(false)} />
    </form>
  );
}
