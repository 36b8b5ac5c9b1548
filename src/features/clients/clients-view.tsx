// Clients (`/clients`, issue 17, DESIGN.md §4): on a coach's device, a card per client who shares
// with this coach: each goal's progress, what needs attention, the last activity and the next
// session, from the last projection this device received (so it works offline too). A coach
// link just opened asks first for the client's name. Nothing here writes to a client's data.
import { memo, useSyncExternalStore } from 'react';
import { removeClient, useCoachClients, type CoachClient } from '../../db/coach-clients';
import type { Day } from '../../domain/types';
import { ClientSummary } from '../../ui/coach/client-summary';
import { attentionCount } from '../../ui/coach/share-text';
import { getCoachLink, subscribeCoachLink } from '../../ui/coach-link-store';
import { Link } from '../../ui/router';
import { FollowForm } from './follow-form';
import { clientPath, updatedText } from './client-words';
import './clients.css';

export function ClientsView({ today }: { today: Day }) {
  const clients = useCoachClients();
  const link = useSyncExternalStore(subscribeCoachLink, getCoachLink);
  return (
    <section className="view clients" aria-labelledby="clients-heading">
      <header className="view-header">
        <h1 id="clients-heading">Clients</h1>
      </header>
      {link && <FollowForm reading={link} />}
      {clients === undefined ? (
        <p className="loading">Loading your clients…</p>
      ) : clients.length === 0 ? (
        !link && (
          <p className="clients-empty">
            No clients yet. When a client chooses “Share with your coach”, open the coach link they
            send you on this device; they then show here.
          </p>
        )
      ) : (
        <ul className="client-cards">
          {clients.map((client) => (
            <ClientCard key={client.spaceId} client={client} today={today} />
          ))}
        </ul>
      )}
    </section>
  );
}

// A card re-renders only when its own client changed: thirty clients, one update each.
const ClientCard = memo(
  function ClientCard({ client, today }: { client: CoachClient; today: Day }) {
    const { projection } = client;
    const attention = projection ? attentionCount(projection) : 0;
    return (
      <li className="client-card">
        <h2>
          <Link href={clientPath(client.spaceId)}>{client.name}</Link>
        </h2>
        {client.state === 'stopped' ? (
          <>
            <p className="client-stopped">{client.name} stopped sharing.</p>
            <p>What this device had kept of their goals is deleted.</p>
            <button type="button" onClick={() => void removeClient(client.spaceId)}>
              Remove {client.name}
            </button>
          </>
        ) : projection ? (
          <>
            <p className="client-headline">
              {attention === 0
                ? 'Nothing needs attention'
                : `${attention === 1 ? 'One goal needs' : `${attention} goals need`} attention`}
            </p>
            <ClientSummary projection={projection} today={today} />
            <p className="client-updated">{updatedText(client, today)}</p>
          </>
        ) : (
          <p>Waiting for {client.name}’s goals to arrive.</p>
        )}
      </li>
    );
  },
  (before, after) =>
    before.today === after.today &&
    before.client.name === after.client.name &&
    before.client.state === after.client.state &&
    before.client.receivedAt === after.client.receivedAt,
);
