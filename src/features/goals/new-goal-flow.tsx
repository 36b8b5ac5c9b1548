// "New goal": a guided sequence rather than one bare form. Each part is checked with the
// domain's rules before "Next" moves on (an invalid part shows why, in an alert, and stays);
// "Back" and "Next" keep everything typed; "Save goal" stores the goal, its first steps and
// its obstacles in one transaction and opens the goal's page.
//
// Browser history: each "Next" adds a history entry for the part it opens, so the browser's
// Back and Forward walk through the parts as the buttons do, and the draft (kept in the tab's
// sessionStorage) survives a reload. An entry can never show a part whose earlier parts do not
// pass (say, an old entry after the goal was saved): the flow then opens the first part that
// needs work.
import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { createGoal } from '../../db/goal-repository';
import type { Day } from '../../domain/types';
import { holdFocus, type FocusHold } from '../../ui/focus';
import { navigate } from '../../ui/router';
import { showToast } from '../../ui/toast-store';
import {
  FLOW_PARTS,
  checkPart,
  clearDraft,
  firstOpenPart,
  loadDraft,
  storeDraft,
  toNewGoalInput,
  type FlowPartId,
  type GoalDraft,
} from './goal-draft';
import {
  MeasurePart,
  ObstaclesPart,
  PART_HEADINGS,
  ReviewPart,
  StepsPart,
  WhatPart,
  type PartProps,
} from './flow-parts';
import { focusField, toFormError, type FormError } from './form-error';
import { FieldError } from '../../ui/form-parts';
import './goals.css';

const PART_VIEWS: Record<FlowPartId, (props: PartProps) => ReactNode> = {
  what: WhatPart,
  measure: MeasurePart,
  steps: StepsPart,
  obstacles: ObstaclesPart,
  review: ReviewPart,
};

const FORM_ID = 'new-goal';

/** The part the current history entry asks for. */
function partInHistory(): number {
  const state = window.history.state as { goalFlowPart?: unknown } | null;
  const part = state?.goalFlowPart;
  return typeof part === 'number' && Number.isInteger(part) && part >= 0 ? part : 0;
}

/** The part a field belongs to, so a refusal on save opens the part to fix. */
function partOfField(field: string | null): number {
  const name = field?.split('.')[0];
  if (name === 'title' || name === 'why') return FLOW_PARTS.indexOf('what');
  if (name === 'target' || name === 'unit' || name === 'deadline') {
    return FLOW_PARTS.indexOf('measure');
  }
  if (name === 'steps') return FLOW_PARTS.indexOf('steps');
  if (name === 'obstacles') return FLOW_PARTS.indexOf('obstacles');
  return FLOW_PARTS.length - 1;
}

export function NewGoalFlow({ today }: { today: Day }) {
  const [draft, setDraft] = useState<GoalDraft>(loadDraft);
  const [part, setPart] = useState(() => Math.min(partInHistory(), firstOpenPart(draft, today)));
  const [error, setError] = useState<FormError | null>(null);
  const [saving, setSaving] = useState(false);
  const errorId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const draftRef = useRef(draft);
  // Where focus goes once the next render is on screen: the heading of the part just opened
  // (a screen reader then says where the person is, as the shell does for a new page), or the
  // field a refusal concerns. Moved in the commit itself, never a frame later, and only as
  // `hold` allows: a person who has clicked into another field keeps typing there.
  const focusNext = useRef<{ hold: FocusHold; to: 'heading' | FormError } | null>(null);
  const partId = FLOW_PARTS[part] ?? 'what';
  const last = part === FLOW_PARTS.length - 1;

  useEffect(() => {
    draftRef.current = draft;
    storeDraft(draft);
  }, [draft]);

  // The history entry always names the part on screen (it may have been clamped).
  useEffect(() => {
    if (partInHistory() !== part) {
      window.history.replaceState({ goalFlowPart: part }, '', window.location.pathname);
    }
  }, [part]);

  useEffect(() => {
    const onPopState = () => {
      if (window.location.pathname !== '/goals/new') return;
      focusNext.current = { hold: holdFocus(), to: 'heading' };
      setError(null);
      setPart(Math.min(partInHistory(), firstOpenPart(draftRef.current, today)));
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [today]);

  useLayoutEffect(() => {
    const request = focusNext.current;
    if (!request) return;
    focusNext.current = null;
    if (request.to === 'heading') request.hold.moveTo(headingRef.current);
    else focusField(FORM_ID, request.to, request.hold);
  });

  const update = (patch: Partial<GoalDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setError(null);
  };

  const refuse = (failure: unknown) => {
    const refusal = toFormError(failure);
    setError(refusal);
    focusNext.current = { hold: holdFocus(), to: refusal };
  };

  const next = () => {
    try {
      checkPart(partId, draft, today);
    } catch (failure) {
      refuse(failure);
      return;
    }
    window.history.pushState({ goalFlowPart: part + 1 }, '', window.location.pathname);
    focusNext.current = { hold: holdFocus(), to: 'heading' };
    setError(null);
    setPart(part + 1);
  };

  const back = () => {
    if (part === 0) return;
    setError(null);
    if (partInHistory() === part) {
      window.history.back(); // the popstate handler shows the part before
    } else {
      focusNext.current = { hold: holdFocus(), to: 'heading' };
      setPart(part - 1);
    }
  };

  const save = async () => {
    if (saving) return;
    const hold = holdFocus();
    setSaving(true);
    try {
      const goal = await createGoal(toNewGoalInput(draft), today);
      clearDraft();
      navigate(`/goals/${encodeURIComponent(goal.id)}`, { replace: true });
      showToast(`Saved “${goal.title}”. Its first step is waiting on Today.`);
    } catch (failure) {
      setSaving(false);
      const refusal = toFormError(failure);
      const owner = Math.min(partOfField(refusal.field), FLOW_PARTS.length - 1);
      if (owner !== part) setPart(owner);
      setError(refusal);
      // The refused field, on the part that holds it; the part's heading when none is named.
      focusNext.current = {
        hold,
        to: refusal.field === null && owner !== part ? 'heading' : refusal,
      };
    }
  };

  const cancel = () => {
    clearDraft();
    navigate('/goals');
  };

  const Part = PART_VIEWS[partId];
  return (
    <section className="view new-goal" aria-labelledby="new-goal-heading">
      <header className="view-header">
        <h1 id="new-goal-heading">New goal</h1>
        <p className="view-subtitle">
          Part {part + 1} of {FLOW_PARTS.length}
        </p>
      </header>
      <form
        className="goal-flow"
        aria-labelledby={`${FORM_ID}-part-heading`}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (last) void save();
          else next();
        }}
      >
        <h2 id={`${FORM_ID}-part-heading`} ref={headingRef} tabIndex={-1} className="part-heading">
          {PART_HEADINGS[partId]}
        </h2>
        <Part
          formId={FORM_ID}
          draft={draft}
          update={update}
          error={error}
          errorId={errorId}
          today={today}
        />
        <FieldError id={errorId} message={error?.message} />
        <div className="flow-buttons">
          {part > 0 && (
            <button type="button" onClick={back}>
              Back
            </button>
          )}
          <button type="submit" className="primary" aria-disabled={saving || undefined}>
            {last ? 'Save goal' : 'Next'}
          </button>
          <button type="button" className="flow-cancel" onClick={cancel}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
