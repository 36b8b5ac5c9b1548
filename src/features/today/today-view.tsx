import type { Day } from '../../domain/types';

export function TodayView({ today }: { today: Day }) {
  return (
    <section className="view" data-today={today}>
      <h1>Today</h1>
      <p className="empty">Nothing here yet.</p>
    </section>
  );
}
