// A minimal load balancer for the tests: one origin in front of several server instances, as
// a reverse proxy would be in production. Each TCP connection goes to the next instance in
// turn (or the one a test prefers); an instance that refuses the connection (killed) is
// skipped, so devices reconnecting after a crash land on a live one.
//
// Like nginx's `proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for`, it appends the
// client's address to X-Forwarded-For in the request head, so the instances (TRUST_PROXY=1)
// see the real client. Plain HTTP requests get `Connection: close`, so every request has a
// head of its own to rewrite; WebSocket upgrades keep their connection.
import { connect, createServer, type Socket } from 'node:net';
import { syncPath } from '../../../src/domain/sync-protocol.ts';

export interface TcpProxy {
  readonly url: string;
  readonly wsUrl: string;
  /** The instances' ports; a test may change them (a restarted instance has a new port). */
  backends: number[];
  /** Sends new connections to this backend (by index) while it accepts them; undefined: in turn. */
  prefer: number | undefined;
  /** Backend index of each connection made, in order. */
  readonly routed: number[];
  close(): Promise<void>;
}

const HEAD_END = '\r\n\r\n';
const MAX_HEAD = 64 * 1024;

function rewriteHead(head: string, client: string): string {
  const [requestLine = '', ...lines] = head.split('\r\n');
  const upgrade = lines.some((line) => /^upgrade:/i.test(line));
  const isForwarded = (line: string) => /^x-forwarded-for:/i.test(line);
  const kept = lines
    .filter((line) => upgrade || !/^connection:/i.test(line))
    .map((line) => (isForwarded(line) ? `${line}, ${client}` : line));
  if (!lines.some(isForwarded)) kept.push(`X-Forwarded-For: ${client}`);
  if (!upgrade) kept.push('Connection: close');
  return [requestLine, ...kept].join('\r\n');
}

export async function startProxy(backends: number[]): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  let next = 0;

  const open = (tried: number, first: number): Promise<{ socket: Socket; index: number }> =>
    new Promise((resolve, reject) => {
      if (tried >= proxy.backends.length) {
        reject(new Error('no backend accepts connections'));
        return;
      }
      const index = (first + tried) % proxy.backends.length;
      const upstream = connect(proxy.backends[index]!, '127.0.0.1');
      upstream.once('connect', () => resolve({ socket: upstream, index }));
      upstream.once('error', () => {
        upstream.destroy();
        open(tried + 1, first).then(resolve, reject);
      });
    });

  const server = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    let buffered = Buffer.alloc(0);
    const address = (client.remoteAddress ?? '').replace(/^::ffff:/, '');

    const onData = (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      const end = buffered.indexOf(HEAD_END);
      if (end < 0) {
        if (buffered.length > MAX_HEAD) client.destroy();
        return;
      }
      client.off('data', onData);
      client.pause();
      const head = rewriteHead(buffered.subarray(0, end).toString('latin1'), address);
      const rest = buffered.subarray(end);
      const first =
        proxy.prefer !== undefined && proxy.prefer < proxy.backends.length
          ? proxy.prefer
          : next++ % proxy.backends.length;
      open(0, first).then(
        ({ socket: upstream, index }) => {
          proxy.routed.push(index);
          sockets.add(upstream);
          upstream.on('close', () => {
            sockets.delete(upstream);
            client.destroy();
          });
          upstream.on('error', () => upstream.destroy());
          client.on('close', () => upstream.destroy());
          upstream.write(Buffer.concat([Buffer.from(head, 'latin1'), rest]));
          client.pipe(upstream);
          upstream.pipe(client);
          client.resume();
        },
        () => client.destroy(),
      );
    };
    client.on('data', onData);
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const url = `http://127.0.0.1:${port}`;
  const proxy: TcpProxy = {
    url,
    wsUrl: `ws://127.0.0.1:${port}${syncPath()}`,
    backends: [...backends],
    prefer: undefined,
    routed: [],
    close: () =>
      new Promise<void>((resolve) => {
        sockets.forEach((socket) => socket.destroy());
        server.close(() => resolve());
      }),
  };
  return proxy;
}
