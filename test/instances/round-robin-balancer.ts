import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The load balancer in front of several instances, as an operator's nginx or haproxy would be: each
 * request goes to the next upstream in turn (round robin), headers and body passed through untouched (the
 * Slack signature covers the body), the upstream's answer passed back. `served` lists, per request in
 * arrival order, which upstream took it, so a test can say "the retry reached another instance".
 */
export interface RoundRobinBalancer {
  readonly url: string;
  readonly served: number[];
  close(): Promise<void>;
}

export async function startRoundRobinBalancer(upstreams: readonly string[]): Promise<RoundRobinBalancer> {
  const targets = upstreams.map((u) => new URL(u));
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const served: number[] = [];
  let next = 0;
  const server = http.createServer((req, res) => {
    const index = next % targets.length;
    next += 1;
    served.push(index);
    const target = targets[index] as URL;
    const upstream = http.request(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: target.host, 'x-forwarded-for': req.socket.remoteAddress ?? '' },
        agent,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    served,
    async close() {
      agent.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
