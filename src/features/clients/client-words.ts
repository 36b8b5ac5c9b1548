// Paths and words of the Clients pages.
import type { CoachClient } from '../../db/coach-clients';
import { toDay } from '../../domain/day';
import type { Day } from '../../domain/types';
import { dayText } from '../../ui/goal-text';

export const CLIENTS_PATH = '/clients';

export const clientPath = (spaceId: string) => `${CLIENTS_PATH}/${encodeURIComponent(spaceId)}`;

const time = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

/** "Updated today 14:02": when the client's app made the figures this device holds. */
export function updatedText(client: CoachClient, today: Day): string {
  const made = client.projection?.madeAt;
  if (made === undefined) return '';
  const day = dayText(toDay(made), today);
  const relative = day === 'Today' || day === 'Yesterday';
  return `Updated ${relative ? day.toLowerCase() : day} at ${time.format(made)}`;
}
