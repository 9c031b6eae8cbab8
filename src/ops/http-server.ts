import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../logger.ts';
import { oneLine } from './failure-summary.ts';

/**
 * The operations endpoints, on their own small port so a load balancer, Docker or Kubernetes can ask:
 *   GET /healthz  the process is alive and its event loop answers (no dependencies checked: restart me
 *                 only if this fails);
 *   GET /readyz   the database is reachable, the content is loaded and the adapters are connected
 *                 (send me traffic / count me in only if this passes);
 *   GET /metrics  the process's metrics in Prometheus's text format, when `metrics` is given.
 */
export type ReadyCheck = () => Promise<boolean | CheckOutcome>;
/** `components`: facts shown in the body beside the status (e.g. `discord: { shards: [...] }`). */
export interface CheckOutcome {
  readonly ok: boolean;
  readonly detail?: string;
  readonly components?: Record<string, unknown>;
}

export interface OpsServerOptions {
  readonly port: number;
  /** 0.0.0.0 by default so a container's health check and orchestrator can reach it. */
  readonly host?: string;
  /** `health`: a synchronous look at parts that only a restart can mend (a Discord shard down for good). */
  readonly checks: { ready: ReadyCheck; health?: () => CheckOutcome };
  /** A readiness check that takes longer than this counts as not ready. */
  readonly readyTimeoutMs?: number;
  readonly logger?: Logger;
  /** Serves GET /metrics (src/ops/metrics.ts); absent, /metrics is 404 like any unknown path. */
  readonly metrics?: { scrape(): Promise<{ contentType: string; text: string }> };
}

export interface OpsServer {
  readonly port: number;
  close(): Promise<void>;
}

const startedAt = Date.now();

export async function startOpsServer(options: OpsServerOptions): Promise<OpsServer> {
  const readyTimeoutMs = options.readyTimeoutMs ?? 5_000;
  const server = http.createServer((req, res) => {
    const requestId = headerValue(req.headers['x-request-id']) ?? randomUUID();
    const log = options.logger?.child({ requestId });
    res.setHeader('x-request-id', requestId);
    res.setHeader('cache-control', 'no-store');
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, { status: 'method_not_allowed' }, { allow: 'GET, HEAD' });
      return;
    }
    if (path === '/healthz') {
      const health = options.checks.health?.() ?? { ok: true };
      send(res, health.ok ? 200 : 503, {
        status: health.ok ? 'ok' : 'unhealthy',
        uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
        ...(health.detail === undefined ? {} : { detail: health.detail }),
        ...health.components,
      });
      return;
    }
    if (path === '/readyz') {
      void readiness(options.checks.ready, readyTimeoutMs).then((outcome) => {
        if (!outcome.ok) log?.warn({ detail: outcome.detail }, 'not ready');
        send(res, outcome.ok ? 200 : 503, {
          status: outcome.ok ? 'ready' : 'not_ready',
          ...(outcome.detail === undefined ? {} : { detail: outcome.detail }),
          ...outcome.components,
        });
      });
      return;
    }
    if (path === '/metrics' && options.metrics !== undefined) {
      options.metrics.scrape().then(
        ({ contentType, text }) => {
          res.writeHead(200, { 'content-type': contentType, 'content-length': Buffer.byteLength(text) });
          res.end(req.method === 'HEAD' ? undefined : text);
        },
        (error: unknown) => {
          log?.error({ err: error }, 'metrics scrape failed');
          send(res, 500, { status: 'error' });
        },
      );
      return;
    }
    send(res, 404, { status: 'not_found' });
  });
  // Health checks are tiny; do not let a stuck client hold the process open at shutdown.
  server.keepAliveTimeout = 1_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '0.0.0.0', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  options.logger?.info(
    { port },
    `ops server listening (/healthz, /readyz${options.metrics === undefined ? '' : ', /metrics'})`,
  );
  return {
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function readiness(check: ReadyCheck, timeoutMs: number): Promise<CheckOutcome> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<{ ok: boolean; detail: string }>((resolve) => {
    timer = setTimeout(
      () => resolve({ ok: false, detail: `readiness check timed out after ${timeoutMs} ms` }),
      timeoutMs,
    );
  });
  try {
    const outcome = await Promise.race([check(), timeout]);
    if (typeof outcome === 'boolean') return { ok: outcome };
    // Whatever a check says goes out as one short line: a driver's message must not leak paths here.
    return outcome.detail === undefined ? outcome : { ...outcome, detail: oneLine(outcome.detail) };
  } catch (error) {
    return { ok: false, detail: oneLine(error instanceof Error ? error.message : String(error)) };
  } finally {
    clearTimeout(timer);
  }
}

function send(
  res: http.ServerResponse,
  status: number,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(res.req.method === 'HEAD' ? undefined : text);
}

function headerValue(value: string | string[] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return first !== undefined && /^[\w.:-]{1,128}$/.test(first) ? first : undefined;
}
