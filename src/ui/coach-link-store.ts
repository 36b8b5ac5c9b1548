// A coach link opened on this device (`#share=…`), held until the Clients page asks for the
// client's name and the coach chooses "Follow" (see ./pending-link.ts).
import { pendingLink } from './pending-link';

const link = pendingLink();

export const offerCoachLink = link.offer;
export const getCoachLink = link.get;
export const dropCoachLink = link.drop;
export const subscribeCoachLink = link.subscribe;
