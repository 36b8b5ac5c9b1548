// A client's page (`/clients/:id`, issue 17): their Review of the week, read-only and live (the
// follower writes each projection it receives, and this page reads it through a live query), and
// printable as the same one-page report the client prints. No control here writes; the reflection
// is text (when the client shares it), never a text box.
import { useCoachClient } from '../../db/coach-clients';
import type { Day } from '../../domain/types';
import { ClientSummary } from '../../ui/coach/client-summary';
import { ReviewReport } from '../../ui/review/review-report';
import { periodText } from '../../ui/review/review-text';
import { Link } from '../../ui/router';
import { CLIENTS_PATH, updatedText } from './client-words';
import './clients.css';
import '../../ui/coach/client-card.css';

export function ClientPage({ spaceId, today }: { spaceId: string; today: Day }) {
  const client = useCoachClient(spaceId);
  if (client === undefined) return <p className="loading">Loading…</p>;
  if (client === null) {
    return (
      <section className="view">
        <h1>Nothing here</h1>
        <p>
          This device follows no such client. <Link href={CLIENTS_PATH}>All clients</Link>
        </p>
      </section>
    );
  }
  const { projection } = client;
  return (
    <section className="view review client-page" aria-labelledby="client-heading">
      <header className="view-header review-header">
        <h1 id="client-heading">{client.name}</h1>
        {projection && (
          <p className="review-period">Week of {periodText(projection.review.period)}</p>
        )}
        {projection?.nextSession && (
          <p className="review-session">Next: {projection.nextSession.label}</p>
        )}
      </header>
      <nav className="review-nav no-print" aria-label="Client">
        <Link href={CLIENTS_PATH}>All clients</Link>
        {projection && (
          <button type="button" className="primary review-print" onClick={() => window.print()}>
            Print report
          </button>
        )}
      </nav>
      {client.state === 'stopped' ? (
        <p className="review-note">
          {client.name} stopped sharing. What this device had kept of their goals is deleted.
        </p>
      ) : !projection ? (
        <p className="review-note">Waiting for {client.name}’s goals to arrive.</p>
      ) : (
        <>
          <section className="no-print client-page-summary" aria-label="Goals at a glance">
            <ClientSummary projection={projection} today={projection.today} showWhy />
            <p className="client-page-meta">{updatedText(client, today)}</p>
          </section>
          <ReviewReport
            review={projection.review}
            today={projection.today}
            reflection={
              projection.reflection !== undefined ? (
                <p className="review-shared-reflection">{projection.reflection}</p>
              ) : (
                <p className="review-empty">
                  {projection.shares.reflections
                    ? 'No reflection written this week yet.'
                    : 'Reflections are not shared.'}
                </p>
              )
            }
          />
        </>
      )}
    </section>
  );
}
