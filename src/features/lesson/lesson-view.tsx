// Lesson mode: a presentation a coach runs with a client. It steps with Next and Back, the arrow
// keys, Page Up/Down, Home and End; every step has its own URL; a full-screen toggle hides
// everything but the lesson. It reads the user's data at most to copy it and writes to it only
// through "Save to my list" (see save-to-list.tsx); everything else lives in the sandbox.
import { useCallback, useEffect, useRef } from 'react';
import type { Day } from '../../domain/types';
import { navigate } from '../../ui/router';
import { stepFromPath, stepPath } from './lesson-paths';
import { LESSON_STEPS } from './lesson-steps';
import { useFullScreen } from './use-full-screen';
import { useLessonKeys } from './use-lesson-keys';
import './lesson.css';

const COUNT = LESSON_STEPS.length;

export function LessonView({ path, today }: { path: string; today: Day }) {
  const named = stepFromPath(path, COUNT);
  const step = named ?? 1;
  const section = useRef<HTMLElement>(null);
  const screen = useFullScreen(section);

  useEffect(() => {
    // /lesson, or a step that does not exist, opens the first step.
    if (named === null) navigate(stepPath(1), { replace: true });
  }, [named]);

  const go = useCallback(
    (target: number) => {
      if (target !== step && target >= 1 && target <= COUNT) navigate(stepPath(target));
    },
    [step],
  );
  useLessonKeys(step, COUNT, go);

  const current = LESSON_STEPS[step - 1];
  if (!current) return null;
  const { title, Body } = current;
  return (
    <section
      ref={section}
      className={`lesson${screen.filling ? ' lesson-filling' : ''}`}
      aria-label="Lesson"
    >
      <div className="lesson-bar">
        <h1 className="lesson-title">{title}</h1>
        <button
          type="button"
          className="lesson-screen-toggle"
          aria-pressed={screen.on}
          onClick={() => void screen.toggle()}
        >
          Full screen
        </button>
        {screen.filling && (
          <p className="lesson-hint lesson-filling-note">
            Full screen is not available here, so the lesson fills the window. Escape leaves.
          </p>
        )}
      </div>
      <div className="lesson-body" key={step}>
        <Body today={today} />
      </div>
      <div className="lesson-controls" role="group" aria-label="Lesson steps">
        <button type="button" disabled={step === 1} onClick={() => go(step - 1)}>
          Back
        </button>
        <p className="lesson-count">{`Step ${step} of ${COUNT}`}</p>
        <button
          type="button"
          className="primary"
          disabled={step === COUNT}
          onClick={() => go(step + 1)}
        >
          Next
        </button>
      </div>
      <div className="lesson-progress" aria-hidden="true">
        <span style={{ width: `${(step / COUNT) * 100}%` }} />
      </div>
    </section>
  );
}
