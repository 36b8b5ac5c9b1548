// The if–then plans a snooze puts in front of the user: the goal's pairs that say both what gets
// in the way and what to do then. One rule for what the snooze shows and what its activity row
// records, so the Review's "plans offered" are exactly the ones the user saw.
import type { Goal, PlanShown } from './types';

export function plansOffered(goal: Goal | undefined): PlanShown[] {
  return (goal?.obstacles ?? [])
    .map((pair) => ({ obstacle: pair.obstacle.trim(), strategy: pair.strategy.trim() }))
    .filter((pair) => pair.obstacle !== '' && pair.strategy !== '');
}
