import { useLiveQuery } from 'dexie-react-hooks';
import { readPlanInputs } from './plan-inputs';

export const usePlanInputs = () => useLiveQuery(() => readPlanInputs(), []);
