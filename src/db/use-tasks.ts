// Thin live-query hooks: `undefined` means "still loading".
import { useLiveQuery } from 'dexie-react-hooks';
import type { Day } from '../domain/types';
import { listOpenTasks, listTasksDoneOn } from './task-repository';

export const useOpenTasks = () => useLiveQuery(() => listOpenTasks(), []);

export const useTasksDoneOn = (day: Day) => useLiveQuery(() => listTasksDoneOn(day), [day]);
