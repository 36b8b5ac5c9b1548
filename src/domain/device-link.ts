// Device links (DESIGN.md §9): `<origin>/#join=<token>`, an absolute URL on the app's own origin
// whose fragment carries a short-lived join token. The fragment is never sent in a request line,
// so the token reaches no server log; the app removes it from the address bar as soon as it
// reads it. Reading a link is pure: the app hands in its own origin, so a link made by another
// server (which this app cannot join) is told apart from a link that is merely mistyped.
import { parseToken } from './sync-protocol';

export const JOIN_PARAMETER = 'join';

export function deviceLinkUrl(origin: string, joinToken: string): string {
  return `${origin}/#${JOIN_PARAMETER}=${joinToken}`;
}

export type DeviceLinkProblem = 'empty' | 'not-a-link' | 'other-server' | 'damaged';

export type DeviceLinkReading =
  { ok: true; token: string } | { ok: false; problem: DeviceLinkProblem; origin?: string };

const damaged: DeviceLinkReading = { ok: false, problem: 'damaged' };

/** The join token of a `#join=` fragment ('#join=…' or 'join=…'); undefined when it has none. */
export function joinFragment(hash: string): DeviceLinkReading | undefined {
  return tokenFragment(hash, JOIN_PARAMETER);
}

/** The token of a `#<parameter>=` fragment (join or coach links); undefined when it has none. */
export function tokenFragment(hash: string, parameter: string): DeviceLinkReading | undefined {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  const prefix = `${parameter}=`;
  if (!fragment.startsWith(prefix)) return undefined;
  let token: string;
  try {
    token = decodeURIComponent(fragment.slice(prefix.length)).trim();
  } catch {
    return damaged;
  }
  return parseToken(token) ? { ok: true, token } : damaged;
}

/**
 * Reads a device link pasted or opened on this device. Accepts the whole link, its fragment
 * alone, or the bare token (what a user may have copied out of a message).
 */
export function readDeviceLink(
  text: string,
  appOrigin: string,
  parameter: string = JOIN_PARAMETER,
): DeviceLinkReading {
  const input = text.trim();
  if (input === '') return { ok: false, problem: 'empty' };
  if (parseToken(input)) return { ok: true, token: input };
  const fragmentOnly = tokenFragment(input, parameter);
  if (fragmentOnly) return fragmentOnly;
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return { ok: false, problem: 'not-a-link' };
  }
  const reading = tokenFragment(url.hash, parameter);
  if (!reading) return { ok: false, problem: 'not-a-link' };
  if (url.origin !== appOrigin) return { ok: false, problem: 'other-server', origin: url.origin };
  return reading;
}
