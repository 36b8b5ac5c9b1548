// Goals: every goal with its progress. Active goals come first, in the user's goal order (the
// order of Today's goal section, changed here by drag or with Move up / Move down), then paused
// and achieved goals, folded away until asked for.
import { useMemo, useState } from 'react';
import { useGoalBoard } from '../../db/use-goals';
import { useSettings } from '../../db/use-settings';
import { groupGoals, type GoalSummary } from '../../domain/goal-summary';
import type { Day } from '../../domain/types';
import { navigate } from '../../ui/router';
import { GoalCard } from './goal-card';
import { SortableGoals } from './sortable-goals';
import './goals.css';

export function GoalsView({ today }: { today: Day }) {
  const board = useGoalBoard();
  const settings = useSettings();
  const groups = useMemo(
    () =>
      board && settings
        ? groupGoals(board.goals, board.steps, board.checkIns, today, settings.neglectDays)
        : undefined,
    [board, settings, today],
  );
  const empty =
    groups && groups.active.length + groups.paused.length + groups.achieved.length === 0;

  return (
    <section className="view goals" aria-labelledby="goals-view-heading">
      <header className="view-header goals-header">
        <h1 id="goals-view-heading">Goals</h1>
        <p className="view-subtitle">What you are working toward, and how far you have come</p>
        <button type="button" className="primary" onClick={() => navigate('/goals/new')}>
          New goal
        </button>
      </header>
      {!groups ? (
        <p className="loading">Loading your goals…</p>
      ) : empty ? (
        <div className="goals-empty">
          <h2>Start with one thing you care about</h2>
          <p>
            A goal here is more than a wish: it says why it matters, how you will know you got
            there, and what you will do first. Its next step then stays on top of Today, above the
            chores, so it cannot sink out of sight.
          </p>
          <p>Choose “New goal” and we will walk through it together; it takes a few minutes.</p>
        </div>
      ) : (
        <>
          <section aria-labelledby="active-goals-heading">
            <h2 id="active-goals-heading">Active</h2>
            {groups.active.length === 0 ? (
              <p className="empty">
                No active goal. Resume a paused one, or start a new goal when you are ready.
              </p>
            ) : (
              <SortableGoals summaries={groups.active} today={today} />
            )}
          </section>
          <FoldedGroup id="paused" title="Paused" summaries={groups.paused} today={today} />
          <FoldedGroup id="achieved" title="Achieved" summaries={groups.achieved} today={today} />
        </>
      )}
    </section>
  );
}

function GoalList({ summaries, today }: { summaries: GoalSummary[]; today: Day }) {
  return (
    <ul className="goal-list">
      {summaries.map((summary) => (
        <GoalCard key={summary.goal.id} summary={summary} today={today} />
      ))}
    </ul>
  );
}

function FoldedGroup(props: { id: string; title: string; summaries: GoalSummary[]; today: Day }) {
  const { id, title, summaries, today } = props;
  const [open, setOpen] = useState(false);
  if (summaries.length === 0) return null;
  return (
    <section aria-labelledby={`${id}-goals-heading`}>
      <h2 id={`${id}-goals-heading`}>
        <button
          type="button"
          className="disclosure"
          aria-expanded={open}
          aria-controls={`${id}-goals`}
          onClick={() => setOpen(!open)}
        >
          {title} <span className="count">{summaries.length}</span>
        </button>
      </h2>
      <div id={`${id}-goals`} hidden={!open}>
        {open && <GoalList summaries={summaries} today={today} />}
      </div>
    </section>
  );
}
