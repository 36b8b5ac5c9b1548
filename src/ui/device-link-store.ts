// A device link opened on this device (`#join=…`), held until Settings → Sync shows what joining
// would do and the user chooses "Join" or "Cancel" (see ./pending-link.ts).
import { pendingLink } from './pending-link';

const link = pendingLink();

export const offerDeviceLink = link.offer;
export const getDeviceLink = link.get;
export const dropDeviceLink = link.drop;
export const subscribeDeviceLink = link.subscribe;
