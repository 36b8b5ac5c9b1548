// Whether this device follows any client (the navigation then shows Clients). On its own so the
// shell, in the first bundle, does not carry the rest of ./coach-clients.ts.
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from './database';

export const useFollowsAnyone = () =>
  useLiveQuery(() => db.coachClients.count().then((n) => n > 0), []);
