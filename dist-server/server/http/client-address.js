import { isIP } from 'node:net';
export function clientAddress(request, trustedProxies) {
    const peer = normalize(request.socket.remoteAddress ?? 'unknown');
    if (trustedProxies <= 0)
        return peer;
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
function normalize(address) {
    return address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
}
//# sourceMappingURL=client-address.js.map