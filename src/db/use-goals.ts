// Thin live-query hooks for goals: `undefined` means "still loading"; a goal page's `null`
// means there is no such goal (never was, or deleted).
import { useLiveQuery } from 'dexie-react-hooks';
import { readGoalBoard, readGoalDetail } from './goal-repository';

export const useGoalBoard = () => useLiveQuery(() => readGoalBoard(), []);

export const useGoalDetail = (id: string) => useLiveQuery(() => readGoalDetail(id), [id]);
