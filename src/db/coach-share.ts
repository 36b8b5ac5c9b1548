// Sharing with a coach, on the client's device (issue 17): what the client chose to show, and the
// coach link while sharing is on. Device-local (a `settings` row): the device that shares writes
// the projection into the share document, and only its own choice decides what leaves it.
import { liveQuery } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { DEFAULT_SHARE_CHOICES, type ShareChoices } from '../domain/share-projection';
import { db, type GoalsFirstDb } from './database';

export const COACH_SHARE_KEY = 'coachShare';

export interface CoachLink {
  /** The coach token's credential id (revoked by "Stop sharing"). */
  id: string;
  token: string;
  /** The space the token opens the share document of. */
  spaceId: string;
  createdAt: number;
}

export interface CoachShare {
  choices: ShareChoices;
  link?: CoachLink;
  /** When this device last saw the coach connected to the share (while itself online). */
  coachSeenAt?: number;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** A stored row read defensively: anything unexpected counts as the defaults, not sharing. */
function readRow(value: unknown): CoachShare {
  if (!isRecord(value)) return { choices: { ...DEFAULT_SHARE_CHOICES } };
  const stored = isRecord(value.choices) ? value.choices : {};
  const choices: ShareChoices = {
    choreTitles: stored.choreTitles === true,
    notes: stored.notes === true,
    reflections: stored.reflections === true,
  };
  const link = value.link;
  const seen = typeof value.coachSeenAt === 'number' ? { coachSeenAt: value.coachSeenAt } : {};
  if (
    isRecord(link) &&
    typeof link.id === 'string' &&
    typeof link.token === 'string' &&
    typeof link.spaceId === 'string' &&
    typeof link.createdAt === 'number'
  ) {
    return {
      choices,
      link: { id: link.id, token: link.token, spaceId: link.spaceId, createdAt: link.createdAt },
      ...seen,
    };
  }
  return { choices };
}

export function readCoachShare(database: GoalsFirstDb = db): Promise<CoachShare> {
  return database.settings.get(COACH_SHARE_KEY).then((row) => readRow(row?.value));
}

export const useCoachShare = () => useLiveQuery(() => readCoachShare(), []);

async function update(database: GoalsFirstDb, change: (share: CoachShare) => CoachShare) {
  await database.transaction('rw', database.settings, async () => {
    const next = change(await readCoachShare(database));
    await database.settings.put({ key: COACH_SHARE_KEY, value: next });
  });
}

/** Ticks or unticks one choice (read and written in one transaction, so quick ticks all hold). */
export function saveShareChoice(
  key: keyof ShareChoices,
  value: boolean,
  database: GoalsFirstDb = db,
): Promise<void> {
  return update(database, (share) => ({ ...share, choices: { ...share.choices, [key]: value } }));
}

export function keepCoachLink(link: CoachLink, database: GoalsFirstDb = db): Promise<void> {
  return update(database, (share) => ({ choices: share.choices, link }));
}

/** The coach was seen connected now (kept while the same link is shared). */
export function noteCoachSeen(
  linkId: string,
  now: number,
  database: GoalsFirstDb = db,
): Promise<void> {
  return update(database, (share) =>
    share.link?.id === linkId ? { ...share, coachSeenAt: now } : share,
  );
}

export function dropCoachLink(database: GoalsFirstDb = db): Promise<void> {
  return update(database, ({ choices }) => ({ choices }));
}

/** The share as it changes (any tab). */
export function watchCoachShare(
  onChange: (share: CoachShare) => void,
  database: GoalsFirstDb = db,
): () => void {
  const subscription = liveQuery(() => readCoachShare(database)).subscribe({
    next: onChange,
    error: () => undefined,
  });
  return () => subscription.unsubscribe();
}
