import { useLiveQuery } from 'dexie-react-hooks';
import { readSettings } from './settings-repository';

export const useSettings = () => useLiveQuery(() => readSettings(), []);
