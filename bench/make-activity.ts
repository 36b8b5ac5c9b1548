// A year of heavy use as activity rows (schema v3), for the Review benchmark and the size
// estimate in the README: per day 40 completions, 35 tasks added, 5 snoozes (each showing one
// if–then plan), 2 skips, 2 deletions and 1 reopen, about 85 rows a day, 31,000 a year.
import { addDays, startOfDay } from '../src/domain/day';
import type { Activity, ActivityType, Task } from '../src/domain/types';
import { BENCH_TODAY, seededRandom } from './make-list';

export const HEAVY_DAY: readonly [ActivityType, number][] = [
  ['completed', 40],
  ['added', 35],
  ['snoozed', 5],
  ['skipped', 2],
  ['deleted', 2],
  ['reopened', 1],
];

const PLAN = {
  obstacle: 'I am too tired after work',
  strategy: 'write 200 words before breakfast',
};

/** A UUID-shaped id from the seeded generator: ids as long as the app's own. */
function uuidFrom(random: () => number): string {
  const hex = () => Math.floor(random() * 16).toString(16);
  const part = (n: number) => Array.from({ length: n }, hex).join('');
  return `${part(8)}-${part(4)}-4${part(3)}-8${part(3)}-${part(12)}`;
}

/**
 * `days` days of heavy activity ending with BENCH_TODAY about `tasks` (picked at random; snoozes
 * pick goal steps). Without tasks, the rows name UUID-shaped tasks and goals of their own, as
 * the app writes them, for measuring their size.
 */
export function makeActivity(days = 365, tasks: readonly Task[] = [], seed = 7): Activity[] {
  const random = seededRandom(seed);
  const steps = tasks.filter((task) => task.kind === 'goal' && task.goalId !== undefined);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const rows: Activity[] = [];
  for (let d = days - 1; d >= 0; d--) {
    const day = addDays(BENCH_TODAY, -d);
    const start = startOfDay(day).getTime();
    for (const [type, count] of HEAVY_DAY) {
      for (let i = 0; i < count; i++) {
        const at = start + Math.floor(random() * 86_400_000);
        const task = type === 'snoozed' ? pick(steps) : pick(tasks);
        const kind = type === 'snoozed' ? 'goal' : random() < 0.15 ? 'goal' : 'chore';
        const goalId =
          task?.goalId ?? (kind === 'goal' && task === undefined ? uuidFrom(random) : undefined);
        rows.push({
          id: uuidFrom(random),
          at,
          day,
          type,
          taskId: task?.id ?? uuidFrom(random),
          kind: task?.kind ?? kind,
          ...(goalId !== undefined && { goalId }),
          ...(type === 'snoozed' && { plans: [PLAN] }),
          updatedAt: at,
        });
      }
    }
  }
  return rows;
}
