// The fix, animated: the list first stands as written, then every item moves to its place in
// the plan. The move is FLIP with the Web Animations API: measure where each item is (First),
// render the plan (Last), then play each item from its old spot to its new one (Invert, Play),
// so layout happens once and only transforms animate. Under prefers-reduced-motion the plan
// shows at once, without the pause or the move.
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { LessonPlan, WrittenRow } from './lesson-plan';
import { PlanList } from './plan-list';
import { usePrefersReducedMotion } from '../../ui/use-reduced-motion';
import { WrittenList } from './written-list';

const PAUSE_MS = 900;
const MOVE_MS = 1100;

interface Props {
  written: readonly WrittenRow[];
  plan: LessonPlan;
  choreCap: number;
  label: string;
  /** Words to show beside the replay button, under the list. */
  children?: ReactNode;
}

function measure(container: HTMLElement | null): Map<string, DOMRect> {
  const rects = new Map<string, DOMRect>();
  for (const element of container?.querySelectorAll<HTMLElement>('[data-flip-id]') ?? []) {
    rects.set(element.dataset.flipId ?? '', element.getBoundingClientRect());
  }
  return rects;
}

export function ResortingList({ written, plan, choreCap, label, children }: Props) {
  const reduceMotion = usePrefersReducedMotion();
  const [phase, setPhase] = useState<'written' | 'plan'>(reduceMotion ? 'plan' : 'written');
  const container = useRef<HTMLDivElement>(null);
  const before = useRef<Map<string, DOMRect> | null>(null);

  useEffect(() => {
    if (phase !== 'written') return;
    const timer = setTimeout(
      () => {
        before.current = measure(container.current);
        setPhase('plan');
      },
      reduceMotion ? 0 : PAUSE_MS,
    );
    return () => clearTimeout(timer);
  }, [phase, reduceMotion]);

  useLayoutEffect(() => {
    const first = before.current;
    before.current = null;
    if (phase !== 'plan' || !first || reduceMotion) return;
    for (const element of container.current?.querySelectorAll<HTMLElement>('[data-flip-id]') ??
      []) {
      const from = first.get(element.dataset.flipId ?? '');
      if (!from || !('animate' in element)) continue;
      const to = element.getBoundingClientRect();
      const dx = from.left - to.left;
      const dy = from.top - to.top;
      if (dx === 0 && dy === 0) continue;
      element.animate(
        [{ transform: `translate(${dx}px, ${dy}px)` }, { transform: 'translate(0, 0)' }],
        { duration: MOVE_MS, easing: 'cubic-bezier(0.2, 0.7, 0.2, 1)' },
      );
    }
  }, [phase, reduceMotion]);

  return (
    <div className="lesson-resort">
      <div ref={container} aria-busy={phase === 'written'}>
        {phase === 'written' ? (
          <WrittenList rows={written} reveal label={label} />
        ) : (
          <PlanList plan={plan} choreCap={choreCap} />
        )}
      </div>
      <div className="lesson-resort-foot">
        {children}
        {!reduceMotion && (
          <button type="button" className="lesson-replay" onClick={() => setPhase('written')}>
            Play again
          </button>
        )}
      </div>
    </div>
  );
}
