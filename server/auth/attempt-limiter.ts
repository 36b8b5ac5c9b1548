// Failed attempts per address (DESIGN.md §9: "limits the rate of failures"). After
// `maxFailures` wrong secrets within `windowMs`, the address is refused outright, right secret
// or not, until the window ends: guessing a 256-bit secret is hopeless anyway, and this keeps a
// guesser from costing the server more than a few lookups. IPv6 addresses count per /64, the
// block one subscriber usually holds. Memory is bounded: at most `maxAddresses` are tracked,
// the oldest dropped first.
import { isIPv6 } from 'node:net';

export interface AttemptLimiter {
  /** Milliseconds until this address may try again, or 0 when it may now. */
  retryAfter(address: string): number;
  fail(address: string): void;
}

export interface AttemptLimiterOptions {
  maxFailures: number;
  windowMs: number;
  now?: () => number;
  maxAddresses?: number;
}

export function createAttemptLimiter({
  maxFailures,
  windowMs,
  now = Date.now,
  maxAddresses = 100_000,
}: AttemptLimiterOptions): AttemptLimiter {
  const windows = new Map<string, { start: number; failures: number }>();

  const current = (key: string) => {
    const entry = windows.get(key);
    if (entry && now() - entry.start >= windowMs) {
      windows.delete(key);
      return undefined;
    }
    return entry;
  };

  return {
    retryAfter(address) {
      const entry = current(limiterKey(address));
      return entry && entry.failures >= maxFailures ? entry.start + windowMs - now() : 0;
    },
    fail(address) {
      const key = limiterKey(address);
      const entry = current(key);
      if (entry) {
        entry.failures++;
        return;
      }
      if (windows.size >= maxAddresses) {
        const oldest = windows.keys().next();
        if (!oldest.done) windows.delete(oldest.value);
      }
      windows.set(key, { start: now(), failures: 1 });
    },
  };
}

/** An IPv4 address as it is; an IPv6 address as its /64 prefix. */
export function limiterKey(address: string): string {
  if (!isIPv6(address)) return address;
  const [head = '', tail] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups =
    tail === undefined
      ? left
      : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
