// The coaching sessions, live: `undefined` means "still loading". Apart from the Review's hooks
// (./use-review.ts) so Settings does not load the Review's reads and figures with it.
import { useLiveQuery } from 'dexie-react-hooks';
import { listCoachingRecords } from './coaching-repository';

export const useCoachingRecords = () => useLiveQuery(() => listCoachingRecords(), []);
