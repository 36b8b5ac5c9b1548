import { useLiveQuery } from 'dexie-react-hooks';
import { shouldRequestPersistence } from './storage';

/** True when persistent storage should be asked for now; false once asked or while not yet. */
export const useShouldRequestPersistence = () => useLiveQuery(() => shouldRequestPersistence(), []);
