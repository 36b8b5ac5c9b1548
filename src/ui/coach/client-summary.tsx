// What a coach sees of one client at a glance (issue 17): each goal's progress and what needs
// attention, the chores as counts (and titles when the client shares them), the last activity
// and the next session. Shown on the coach's Clients page and, as a preview, in the client's
// own Settings → Coach, so the client sees exactly what the coach will.
import type { ShareProjection } from '../../domain/share-projection';
import type { Day } from '../../domain/types';
import { SharedGoalList } from './shared-goal-list';
import { choresText, lastActivityText, nextSessionText } from './share-text';
import './client-card.css';

export function ClientSummary({
  projection,
  today,
  showWhy = false,
}: {
  projection: ShareProjection;
  today: Day;
  showWhy?: boolean;
}) {
  const titles = projection.chores.titles;
  return (
    <>
      <SharedGoalList goals={projection.goals} showWhy={showWhy} />
      <ul className="client-facts">
        <li>{choresText(projection)}</li>
        {titles && titles.length > 0 && <li>Open chores: {titles.join('; ')}</li>}
        <li>{lastActivityText(projection, today)}</li>
        <li>{nextSessionText(projection, today)}</li>
      </ul>
    </>
  );
}
