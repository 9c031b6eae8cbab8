import net from 'node:net';

/**
 * A TCP proxy in front of a real server (PostgreSQL), for fault replays: it forwards bytes, or it stops
 * answering while keeping every connection open and accepting new ones (a frozen server, a black-holed
 * port), or it drops every connection and refuses new ones (a server that went away).
 */
export interface TcpProxy {
  readonly port: number;
  /** Forward again (after freeze); new connections reach the target. */
  forward(): void;
  /** Keep connections open and accept new ones, but never pass a byte either way. */
  freeze(): void;
  /** Reset every connection; new ones are accepted and reset at once (nothing answers there). */
  cut(): void;
  close(): Promise<void>;
}

type Mode = 'forward' | 'freeze' | 'cut';

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  let mode: Mode = 'forward';
  const pairs = new Set<{ client: net.Socket; upstream: net.Socket | null }>();
  const server = net.createServer((client) => {
    const pair: { client: net.Socket; upstream: net.Socket | null } = { client, upstream: null };
    pairs.add(pair);
    client.on('error', () => undefined);
    client.on('close', () => {
      pair.upstream?.destroy();
      pairs.delete(pair);
    });
    if (mode === 'cut') {
      client.resetAndDestroy();
      return;
    }
    const upstream = net.connect(target);
    pair.upstream = upstream;
    upstream.on('error', () => client.destroy());
    upstream.on('close', () => client.destroy());
    client.on('data', (chunk) => {
      if (mode === 'forward') upstream.write(chunk);
    });
    upstream.on('data', (chunk) => {
      if (mode === 'forward') client.write(chunk);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('proxy has no port');
  return {
    port: address.port,
    forward: () => {
      mode = 'forward';
    },
    freeze: () => {
      mode = 'freeze';
    },
    cut: () => {
      mode = 'cut';
      for (const { client, upstream } of pairs) {
        upstream?.destroy();
        client.resetAndDestroy();
      }
    },
    close: async () => {
      for (const { client, upstream } of pairs) {
        upstream?.destroy();
        client.destroy();
      }
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
