// Today's live reads: the window of tasks that decides the plan (./today-inputs.ts), and the
// pile's rows, read only while the user has it open.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Day } from '../domain/types';
import { listPileChores, readTodayInputs } from './today-inputs';

/** `undefined` while the settings (hence the chore cap) or the window are loading. */
export const useTodayInputs = (today: Day, choreCap: number | undefined) =>
  useLiveQuery(
    () => (choreCap === undefined ? undefined : readTodayInputs(today, choreCap)),
    [today, choreCap],
  );

/**
 * The first `count` chores of the pile: open chores in manual order, not among `shownIds` (the
 * visible ones). No read at all while the pile is folded (`count` 0).
 */
export function usePileChores(shownIds: readonly string[], count: number) {
  // The ids change identity with every plan; the query needs re-running only when they differ.
  const key = shownIds.join(' ');
  return useLiveQuery(
    () => (count === 0 ? [] : listPileChores(new Set(shownIds), 0, count)),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for shownIds
    [key, count],
  );
}
