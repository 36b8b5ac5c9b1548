// The active goals in the user's goal order, for pickers and for "+word" in quick add.
import { sortByOrder } from '../domain/order-key';
import type { Goal } from '../domain/types';
import { db } from './database';

export async function listActiveGoals(): Promise<Goal[]> {
  const active = await db.goals
    .where('status')
    .equals('active')
    .filter((goal) => goal.deletedAt === undefined)
    .toArray();
  return sortByOrder(active);
}
