// A new version of the app waiting to take over (offered by the service worker registration in
// src/app). The user decides when: the offer stays until they take it or set it aside, and
// nothing reloads on its own.
export interface UpdateOffer {
  /** Activates the new version and reloads this tab. */
  apply: () => void;
}

let offer: UpdateOffer | null = null;
let dismissed = false;
const listeners = new Set<() => void>();

function publish() {
  for (const listener of listeners) listener();
}

export function offerUpdate(apply: () => void): void {
  offer = { apply };
  dismissed = false;
  publish();
}

/** "Later": hides the prompt for now; a reload (or the outdated-tab screen) still applies it. */
export function dismissUpdate(): void {
  dismissed = true;
  publish();
}

export function getVisibleUpdate(): UpdateOffer | null {
  return dismissed ? null : offer;
}

export function subscribeUpdate(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A reload that also takes a waiting new version, so the tab comes back on the newest code. */
export function reloadApp(): void {
  if (offer) offer.apply();
  else window.location.reload();
}

let checker: (() => void) | null = null;

/** The service worker's "look for a new version now" (set once it is registered). */
export function setUpdateChecker(check: () => void): void {
  checker = check;
}

/**
 * Asks the server for a newer version now, instead of at the next navigation: sync found data
 * of a newer app, so one exists. "Reload to update" is offered once it has arrived.
 */
export function checkForUpdate(): void {
  checker?.();
}
