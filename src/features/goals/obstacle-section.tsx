// The goal's if-then plans: what could get in the way and what the person will do then,
// read as one sentence each ("If I am too tired after work, then I will write 200 words before
// breakfast"). "Edit plans" opens the same pairs as the "New goal" flow.
import { useId, useState } from 'react';
import { updateGoal } from '../../db/goal-repository';
import type { Day, Goal } from '../../domain/types';
import { focusWhenPresent, type FocusHold } from '../../ui/focus';
import { focusField, toFormError, type FormError } from './form-error';
import { newPair, type PairDraft } from './goal-draft';
import { ObstaclePairs } from './obstacle-pairs';
import { editFormProps } from '../../ui/edit-form';
import { EditorButtons, FieldError } from '../../ui/form-parts';

const EDIT_BUTTON = '[data-control="edit-plans"]';

export function ObstacleSection({ goal, today }: { goal: Goal; today: Day }) {
  const [editing, setEditing] = useState(false);
  return (
    <section className="goal-obstacles" aria-labelledby="obstacles-heading">
      <h2 id="obstacles-heading">Obstacles and plans</h2>
      {editing ? (
        <ObstacleEditor
          goal={goal}
          today={today}
          onClose={(hold) => {
            setEditing(false);
            focusWhenPresent(EDIT_BUTTON, undefined, hold);
          }}
        />
      ) : (
        <>
          {goal.obstacles.length === 0 ? (
            <p className="empty">
              No plans for obstacles yet. Think of the last time something like this stalled: what
              got in the way, and what could you do when it happens again?
            </p>
          ) : (
            <ul className="obstacle-list">
              {goal.obstacles.map((pair) => (
                <li key={pair.id}>
                  <span className="if-word">If</span> {pair.obstacle},{' '}
                  <span className="if-word">then I will</span> {pair.strategy}
                </li>
              ))}
            </ul>
          )}
          <button type="button" data-control="edit-plans" onClick={() => setEditing(true)}>
            Edit plans
          </button>
        </>
      )}
    </section>
  );
}

interface EditorProps {
  goal: Goal;
  today: Day;
  /** `hold`: where focus was when Save was asked for (absent for Cancel). */
  onClose: (hold?: FocusHold) => void;
}

function ObstacleEditor({ goal, today, onClose }: EditorProps) {
  const formId = useId();
  const errorId = `${formId}-error`;
  const [pairs, setPairs] = useState<PairDraft[]>(() =>
    goal.obstacles.length === 0
      ? [newPair()]
      : goal.obstacles.map((pair) => ({ key: pair.id, ...pair })),
  );
  const [error, setError] = useState<FormError | null>(null);

  const save = async (hold: FocusHold) => {
    try {
      // A pair that existed keeps its id (its key); new pairs get one when stored.
      const known = new Set(goal.obstacles.map((pair) => pair.id));
      const obstacles = pairs.map(({ key, obstacle, strategy }) => ({
        ...(known.has(key) && { id: key }),
        obstacle,
        strategy,
      }));
      await updateGoal(goal.id, { obstacles }, today);
      onClose(hold);
    } catch (failure) {
      const refusal = toFormError(failure);
      setError(refusal);
      focusField(formId, refusal, hold);
    }
  };

  return (
    <form className="obstacle-editor" aria-label="Edit plans" {...editFormProps(save, onClose)}>
      <ObstaclePairs
        formId={formId}
        pairs={pairs}
        onChange={(next) => {
          setPairs(next);
          setError(null);
        }}
        error={error}
        errorId={errorId}
      />
      <FieldError id={errorId} message={error?.message} />
      <EditorButtons onCancel={onClose} saveLabel="Save plans" />
    </form>
  );
}
