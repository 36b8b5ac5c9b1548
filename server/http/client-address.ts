// The address a request comes from, for the per-address limits. Behind a reverse proxy every
// request comes from the proxy, so TRUST_PROXY says how many proxies stand in front: the
// client is then that many entries from the right of X-Forwarded-For (each proxy appends the
// address it saw; entries further left are whatever the client chose to send). With
// TRUST_PROXY=0, the default, the header is ignored: anyone can write it.
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

export function clientAddress(request: IncomingMessage, trustedProxies: number): string {
  const peer = normalize(request.socket.remoteAddress ?? 'unknown');
  if (trustedProxies <= 0) return peer;
  const header = request.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...forwarded, peer];
  const client = chain[Math.max(0, chain.length - 1 - trustedProxies)] ?? peer;
  return isIP(normalize(client)) ? normalize(client) : peer;
}

/** '::ffff:192.0.2.1' (an IPv4 client on an IPv6 socket) is 192.0.2.1. */
function normalize(address: string): string {
  return address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
}
