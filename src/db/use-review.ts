// Thin live-query hooks of the Review: `undefined` means "still loading".
import { useLiveQuery } from 'dexie-react-hooks';
import type { Period } from '../domain/review-period';
import type { Day } from '../domain/types';
import { readReflection } from './reflection-repository';
import { readReviewRecords } from './review-inputs';

export const useReviewRecords = ({ start, end }: Period, weekStartsOn: number, today: Day) =>
  useLiveQuery(
    () => readReviewRecords({ start, end }, weekStartsOn, today),
    [start, end, weekStartsOn, today],
  );

/** `null`: no reflection for that week yet. */
export const useReflection = (weekStart: Day) =>
  useLiveQuery(() => readReflection(weekStart), [weekStart]);
