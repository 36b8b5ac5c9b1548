// The first thing a new user sees: an invitation to start with what matters, not with chores.
import { Link } from '../../ui/router';

export function EmptyToday() {
  return (
    <div className="empty-today">
      <h2>Start with what matters to you</h2>
      <p>
        Think of one personal goal you keep putting off: the book, the race, the language. What is
        the smallest next step toward it? Write that step above, choose <strong>Goal step</strong>,
        and it will stay at the top of your list, above every chore.
      </p>
      <p>
        Or <Link href="/goals/new">set up a goal with a plan</Link>: why it matters, how you will
        measure it, its first steps, and what you will do when something gets in the way.
      </p>
      <p>Chores go here too. They just never get to bury your goals.</p>
      <p>
        Keeping a list somewhere else? <Link href="/import">Bring in your list</Link> and mark the
        goals buried in it.
      </p>
    </div>
  );
}
