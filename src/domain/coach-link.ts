// Coach links (DESIGN.md §9, issue 17): `<origin>/#share=<coach token>`, made like device links
// (./device-link.ts): the token rides in the fragment, so it reaches no server log, and the app
// removes it from the address bar the moment it reads it. Unlike a join token it does not
// expire: it stays valid until the client chooses "Stop sharing".
import { readDeviceLink, tokenFragment, type DeviceLinkReading } from './device-link';

export const SHARE_PARAMETER = 'share';

export function coachLinkUrl(origin: string, coachToken: string): string {
  return `${origin}/#${SHARE_PARAMETER}=${coachToken}`;
}

/** The coach token of a `#share=` fragment; undefined when the fragment is not one. */
export function shareFragment(hash: string): DeviceLinkReading | undefined {
  return tokenFragment(hash, SHARE_PARAMETER);
}

/** A coach link pasted on this device: the whole link, its fragment or the bare token. */
export function readCoachLink(text: string, appOrigin: string): DeviceLinkReading {
  return readDeviceLink(text, appOrigin, SHARE_PARAMETER);
}
