// What the coach's projection (src/domain/share-projection.ts) is made from, read in one
// transaction: the Review's records of the current week (./review-inputs.ts), the open chores
// (counted; titled only when shared), the week's reflection, the coaching sessions and the
// thresholds. `projectShareNow` makes the projection; `watchShareProjection` makes it again
// after every change of those tables, from any tab or from sync.
import Dexie, { liveQuery } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { toDay } from '../domain/day';
import { weekOf } from '../domain/review-period';
import { projectShare, type ShareChoices, type ShareProjection } from '../domain/share-projection';
import { resolveWeekStart } from '../domain/week-start';
import { db } from './database';
import { reflectionId } from '../domain/reflection';
import { readReviewRecords } from './review-inputs';
import { readSettings } from './settings-repository';

export async function projectShareNow(
  choices: ShareChoices,
  now: number = Date.now(),
): Promise<ShareProjection> {
  const today = toDay(now);
  const settings = await readSettings();
  const weekStartsOn = resolveWeekStart(settings.weekStartsOn, undefined);
  const period = weekOf(today, weekStartsOn);
  return db.transaction(
    'r',
    [db.tasks, db.goals, db.checkIns, db.activity, db.reflections, db.coachingSessions],
    async () => {
      const [records, openChores, reflection, coaching] = await Promise.all([
        readReviewRecords(period, weekStartsOn, today),
        db.tasks
          .where('[status+kind+order]')
          .between(['open', 'chore', Dexie.minKey], ['open', 'chore', Dexie.maxKey])
          .toArray(),
        db.reflections.get(reflectionId(period.start)),
        db.coachingSessions.toArray(),
      ]);
      return projectShare({
        ...records,
        today,
        weekStartsOn,
        openChores,
        reflections: reflection ? [reflection] : [],
        coaching,
        neglectDays: settings.neglectDays,
        choices,
        now,
      });
    },
  );
}

/** The projection now and after every change of what it is made from; returns the stop. */
export function watchShareProjection(
  choices: ShareChoices,
  onChange: (projection: ShareProjection) => void,
): () => void {
  const subscription = liveQuery(() => projectShareNow(choices)).subscribe({
    next: onChange,
    error: () => undefined,
  });
  return () => subscription.unsubscribe();
}

/** The projection as it would be shared now (the client's preview); undefined while loading. */
export function useShareProjection(choices: ShareChoices | undefined) {
  // Keyed by the three ticks, not the object (a fresh object on every read of the setting).
  const key = choices && `${choices.choreTitles} ${choices.notes} ${choices.reflections}`;
  return useLiveQuery(() => {
    if (key === undefined) return undefined;
    const [choreTitles, notes, reflections] = key.split(' ').map((word) => word === 'true');
    return projectShareNow({
      choreTitles: choreTitles === true,
      notes: notes === true,
      reflections: reflections === true,
    });
  }, [key]);
}
