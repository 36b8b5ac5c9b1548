// The five parts of the "New goal" flow, each with a short coaching note: what you want and
// why, how you will measure it, your first steps, what could get in the way, and a last look.
import type { Day } from '../../domain/types';
import { dayText, formatAmount } from '../../ui/goal-text';
import { fieldId, fieldState, type FormError } from './form-error';
import { FIRST_STEP_BOXES, parseNumber, type GoalDraft } from './goal-draft';
import { ObstaclePairs } from './obstacle-pairs';

export interface PartProps {
  formId: string;
  draft: GoalDraft;
  update: (patch: Partial<GoalDraft>) => void;
  error: FormError | null;
  errorId: string;
  today: Day;
}

export const PART_HEADINGS = {
  what: 'What do you want?',
  measure: 'How will you know you got there?',
  steps: 'What are your first steps?',
  obstacles: 'What could get in the way?',
  review: 'Your plan',
} as const;

export function WhatPart({ formId, draft, update, error, errorId }: PartProps) {
  return (
    <>
      <p className="coach">
        Name what you want in a few plain words, the way you would tell a friend. Then say why it
        matters to you. A goal tied to something you value keeps pulling you forward in the weeks
        when motivation runs low, and it is what you will reread when you feel like giving up.
      </p>
      <div className="field">
        <label htmlFor={fieldId(formId, 'title')}>Goal</label>
        <input
          id={fieldId(formId, 'title')}
          type="text"
          value={draft.title}
          placeholder="Write a novel"
          autoComplete="off"
          onChange={(event) => update({ title: event.currentTarget.value })}
          {...fieldState(error, 'title', errorId)}
        />
      </div>
      <div className="field">
        <label htmlFor={fieldId(formId, 'why')}>Why it matters</label>
        <textarea
          id={fieldId(formId, 'why')}
          value={draft.why}
          rows={3}
          placeholder="I have told stories all my life and want one of them to last."
          onChange={(event) => update({ why: event.currentTarget.value })}
          {...fieldState(error, 'why', errorId)}
        />
      </div>
    </>
  );
}

export function MeasurePart({ formId, draft, update, error, errorId, today }: PartProps) {
  return (
    <>
      <p className="coach">
        A measurable goal tells you how far you have come and when you are done. Count something
        that grows as you work (words, kilometres, sessions, savings), or measure by the steps of
        your plan. A deadline is optional, but it turns “some day” into a pace the app can check for
        you.
      </p>
      <fieldset className="field measure-choice">
        <legend>Measure it by</legend>
        <label className="kind-option">
          <input
            type="radio"
            name={`${formId}-measure`}
            value="steps"
            checked={draft.measure === 'steps'}
            onChange={() => update({ measure: 'steps' })}
          />
          Steps
        </label>
        <label className="kind-option">
          <input
            type="radio"
            name={`${formId}-measure`}
            value="count"
            checked={draft.measure === 'count'}
            onChange={() => update({ measure: 'count' })}
          />
          Number
        </label>
      </fieldset>
      {draft.measure === 'count' && (
        <div className="field-row">
          <div className="field">
            <label htmlFor={fieldId(formId, 'target')}>Target</label>
            <input
              id={fieldId(formId, 'target')}
              type="number"
              inputMode="decimal"
              min="0"
              step="any"
              value={draft.target}
              placeholder="20000"
              onChange={(event) => update({ target: event.currentTarget.value })}
              {...fieldState(error, 'target', errorId)}
            />
          </div>
          <div className="field">
            <label htmlFor={fieldId(formId, 'unit')}>Unit</label>
            <input
              id={fieldId(formId, 'unit')}
              type="text"
              value={draft.unit}
              placeholder="words"
              autoComplete="off"
              onChange={(event) => update({ unit: event.currentTarget.value })}
              {...fieldState(error, 'unit', errorId)}
            />
          </div>
        </div>
      )}
      <div className="field">
        <label htmlFor={fieldId(formId, 'deadline')}>Deadline</label>
        <input
          id={fieldId(formId, 'deadline')}
          type="date"
          min={today}
          value={draft.deadline}
          onChange={(event) => update({ deadline: event.currentTarget.value })}
          {...fieldState(error, 'deadline', errorId)}
        />
      </div>
    </>
  );
}

export function StepsPart({ formId, draft, update, error, errorId }: PartProps) {
  return (
    <>
      <p className="coach">
        A good step is small and concrete: it starts with a verb, and you could finish it in one
        sitting this week. “Outline chapter one” gets done; “work on the book” gets put off. One
        step is enough to begin. The first one will wait for you on Today, above the chores.
      </p>
      {Array.from({ length: FIRST_STEP_BOXES }, (_, index) => {
        const field = `steps.${index}`;
        return (
          <div className="field" key={field}>
            <label htmlFor={fieldId(formId, field)}>Step {index + 1}</label>
            <input
              id={fieldId(formId, field)}
              type="text"
              value={draft.steps[index] ?? ''}
              autoComplete="off"
              onChange={(event) =>
                update({
                  steps: draft.steps.map((step, i) =>
                    i === index ? event.currentTarget.value : step,
                  ),
                })
              }
              {...fieldState(error, field, errorId)}
            />
          </div>
        );
      })}
    </>
  );
}

export function ObstaclesPart({ formId, draft, update, error, errorId }: PartProps) {
  return (
    <>
      <p className="coach">
        Something will get in the way; that is normal, not failure. Picture the moment it happens
        and decide now what you will do then. A plan made in advance (“If this happens, then I will
        do that”) is much easier to follow than a decision made while tired or busy. Add as many as
        you like, or none.
      </p>
      <ObstaclePairs
        formId={formId}
        pairs={draft.obstacles}
        onChange={(obstacles) => update({ obstacles })}
        error={error}
        errorId={errorId}
      />
    </>
  );
}

export function ReviewPart({ draft, today }: PartProps) {
  const steps = draft.steps.map((step) => step.trim()).filter(Boolean);
  const pairs = draft.obstacles.filter((pair) => pair.obstacle.trim() && pair.strategy.trim());
  return (
    <>
      <p className="coach">
        Read it through once. You can change any part later on the goal’s page, and add steps
        whenever you know what comes next.
      </p>
      <dl className="goal-review">
        <div>
          <dt>Goal</dt>
          <dd>{draft.title.trim()}</dd>
        </div>
        <div>
          <dt>Why it matters</dt>
          <dd>{draft.why.trim() || 'Not written yet'}</dd>
        </div>
        <div>
          <dt>Measure</dt>
          <dd>
            {draft.measure === 'steps'
              ? 'By the steps of the plan'
              : `${formatAmount(parseNumber(draft.target))} ${draft.unit.trim()}`.trim()}
          </dd>
        </div>
        <div>
          <dt>Deadline</dt>
          <dd>{draft.deadline ? dayText(draft.deadline, today) : 'None'}</dd>
        </div>
        <div>
          <dt>First steps</dt>
          <dd>
            <ol>
              {steps.map((step, index) => (
                <li key={index}>{step}</li>
              ))}
            </ol>
          </dd>
        </div>
        <div>
          <dt>If … then</dt>
          <dd>
            {pairs.length === 0 ? (
              'No obstacles planned for'
            ) : (
              <ul>
                {pairs.map((pair) => (
                  <li key={pair.key}>
                    If {pair.obstacle.trim()}, then I will {pair.strategy.trim()}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
    </>
  );
}
