// A list as the Goals First plan: the goals' next steps, today's chores, and the pile, each
// item with the reasons for its place.
import type { LessonPlan, PlanRow } from './lesson-plan';

interface Props {
  plan: LessonPlan;
  choreCap: number;
}

export function PlanList({ plan, choreCap }: Props) {
  return (
    <div className="lesson-plan">
      <PlanSection
        id="plan-goals"
        title="Goals first"
        note="Each goal’s next step, above everything else. A goal left waiting comes first."
        rows={plan.goals}
        goals
      />
      <PlanSection
        id="plan-chores"
        title="Today’s chores"
        note={`Up to ${choreCap}: anything overdue or due today, then the rest in your order.`}
        rows={plan.chores}
      />
      {plan.pile.length > 0 && (
        <PlanSection
          id="plan-pile"
          title="The pile"
          note={`${plan.pile.length} more, still on the list, out of the way until there is room.`}
          rows={plan.pile}
          muted
        />
      )}
    </div>
  );
}

interface SectionProps {
  id: string;
  title: string;
  note: string;
  rows: readonly PlanRow[];
  goals?: boolean;
  muted?: boolean;
}

function PlanSection({ id, title, note, rows, goals = false, muted = false }: SectionProps) {
  return (
    <section className={`lesson-plan-section ${id}`} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <p className="lesson-plan-note">{note}</p>
      {rows.length === 0 ? (
        <p className="lesson-plan-note">None on this list.</p>
      ) : (
        <ol className="lesson-list">
          {rows.map((row) => (
            <li
              key={row.id}
              data-flip-id={row.id}
              className={`lesson-item${goals ? ' is-goal' : ''}${muted ? ' is-muted' : ''}`}
            >
              <span className="lesson-item-title">{row.title}</span>
              {row.reasons.length > 0 && (
                <span className="lesson-reasons">{row.reasons.join(' · ')}</span>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
