// One goal's page: why it matters, its measure and deadline, its steps in order, its logged
// progress and its if-then plans, all editable here. An unknown (or deleted) goal gets a plain
// "not found" with a way back.
import { useMemo } from 'react';
import { useGoalDetail } from '../../db/use-goals';
import { useSettings } from '../../db/use-settings';
import { summarizeGoal } from '../../domain/goal-summary';
import type { Day } from '../../domain/types';
import { Link } from '../../ui/router';
import { GoalHeader } from './goal-header';
import { ObstacleSection } from './obstacle-section';
import { ProgressSection } from './progress-section';
import { StepSection } from './step-section';
import './goals.css';

export function GoalPage({ id, today }: { id: string; today: Day }) {
  const detail = useGoalDetail(id);
  const settings = useSettings();
  const summary = useMemo(
    () =>
      detail && settings
        ? summarizeGoal(detail.goal, detail.steps, detail.checkIns, today, settings.neglectDays)
        : undefined,
    [detail, settings, today],
  );

  if (detail === null) {
    return (
      <section className="view" aria-labelledby="goal-missing-heading">
        <h1 id="goal-missing-heading">Goal not found</h1>
        <p>
          There is no goal at this address. It may have been deleted, or the link may be incomplete.{' '}
          <Link href="/goals">Back to your goals</Link>
        </p>
      </section>
    );
  }
  if (!summary) return <p className="loading">Loading the goal…</p>;

  return (
    <article className="view goal-page" aria-labelledby="goal-heading">
      <p className="back-link">
        <Link href="/goals">All goals</Link>
      </p>
      <GoalHeader summary={summary} today={today} />
      <StepSection summary={summary} />
      <ProgressSection summary={summary} today={today} />
      <ObstacleSection goal={summary.goal} today={today} />
    </article>
  );
}
