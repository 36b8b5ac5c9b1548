// The goals a step can join, for the "Goal" pickers of quick add and the task editor. Kept
// apart from use-goals.ts so Today's first bundle does not carry the goal pages' reads.
import { useLiveQuery } from 'dexie-react-hooks';
import { listActiveGoals } from './goal-lookup';

export const useActiveGoals = () => useLiveQuery(() => listActiveGoals(), []);
