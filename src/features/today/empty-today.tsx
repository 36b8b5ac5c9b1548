// The first thing a new user sees: an invitation to start with what matters, not with chores.
export function EmptyToday() {
  return (
    <div className="empty-today">
      <h2>Start with what matters to you</h2>
      <p>
        Think of one personal goal you keep putting off: the book, the race, the language. What is
        the smallest next step toward it? Write that step above, choose <strong>Goal step</strong>,
        and it will stay at the top of your list, above every chore.
      </p>
      <p>Chores go here too. They just never get to bury your goals.</p>
    </div>
  );
}
