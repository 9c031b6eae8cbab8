import { afterEach, describe, expect, it } from 'vitest';
import { type OpsServer, startOpsServer } from '../../src/ops/http-server.ts';
import { createMetrics } from '../../src/ops/metrics.ts';
import { parsePrometheusText } from './prometheus-text.ts';

const servers: OpsServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function start(
  ready: () => Promise<boolean | { ok: boolean; detail?: string }>,
  readyTimeoutMs?: number,
) {
  const server = await startOpsServer({ port: 0, host: '127.0.0.1', checks: { ready }, readyTimeoutMs });
  servers.push(server);
  return (path: string, init?: RequestInit) => fetch(`http://127.0.0.1:${server.port}${path}`, init);
}

describe('ops HTTP server', () => {
  it('answers /healthz while the process is alive, even when not ready', async () => {
    const get = await start(async () => false);
    const res = await get('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok' });
  });

  it('answers /readyz 200 when every dependency is ready', async () => {
    const get = await start(async () => ({ ok: true }));
    const res = await get('/readyz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready' });
  });

  it('answers /readyz 503 with the reason when a dependency is not ready, throws or hangs', async () => {
    const notReady = await start(async () => ({ ok: false, detail: 'database unreachable' }));
    const a = await notReady('/readyz');
    expect(a.status).toBe(503);
    expect(await a.json()).toEqual({ status: 'not_ready', detail: 'database unreachable' });

    const throwing = await start(async () => {
      throw new Error('slack socket closed');
    });
    const b = await throwing('/readyz');
    expect(b.status).toBe(503);
    expect(await b.json()).toMatchObject({ detail: 'slack socket closed' });

    const hanging = await start(() => new Promise(() => undefined), 50);
    const c = await hanging('/readyz');
    expect(c.status).toBe(503);
    expect(((await c.json()) as { detail: string }).detail).toMatch(/timed out/);
  });

  it("puts a check's multi-line message on /readyz as one line without source paths", async () => {
    const get = await start(async () => {
      throw new Error(
        '\nInvalid `db.x()` invocation in\n/srv/app/src/store/x.ts:1:2\n\nServer has closed the connection.',
      );
    });
    const res = await get('/readyz');
    expect(await res.json()).toEqual({ status: 'not_ready', detail: 'Server has closed the connection.' });
  });

  it('says 404 for other paths and 405 for other methods, and echoes a request id', async () => {
    const get = await start(async () => true);
    expect((await get('/nope')).status).toBe(404);
    const post = await get('/healthz', { method: 'POST' });
    expect(post.status).toBe(405);
    const traced = await get('/healthz', { headers: { 'x-request-id': 'req-42' } });
    expect(traced.headers.get('x-request-id')).toBe('req-42');
  });

  it('serves /metrics in the Prometheus text format when given metrics, and 404 without', async () => {
    expect((await (await start(async () => true))('/metrics')).status).toBe(404);
    const server = await startOpsServer({
      port: 0,
      host: '127.0.0.1',
      checks: { ready: async () => true },
      metrics: createMetrics(),
    });
    servers.push(server);
    const url = `http://127.0.0.1:${server.port}/metrics`;
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const families = parsePrometheusText(await res.text());
    expect(families.get('notequiz_requests_total')?.type).toBe('counter');
    const head = await fetch(url, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await fetch(url, { method: 'POST' })).status).toBe(405);
  });

  it('closes even with a keep-alive client connected', async () => {
    const server = await startOpsServer({ port: 0, host: '127.0.0.1', checks: { ready: async () => true } });
    await fetch(`http://127.0.0.1:${server.port}/healthz`, { headers: { connection: 'keep-alive' } });
    await server.close();
    await expect(fetch(`http://127.0.0.1:${server.port}/healthz`)).rejects.toThrow();
  });
});
