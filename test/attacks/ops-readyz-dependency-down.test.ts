import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { type RunningNotequiz, startNotequiz } from '../../src/main.ts';
import {
  dropSchema,
  POSTGRES_HOW_TO_START,
  postgresReachable,
  TEST_DATABASE_URL,
  uniqueSchemaName,
} from '../contract/postgres-harness.ts';
import { fakeClock } from '../fakes/fake-clock.ts';
import { startTcpProxy, type TcpProxy } from './tcp-proxy.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const reachable = await postgresReachable();
const schema = uniqueSchemaName('readyz');

afterAll(async () => {
  if (reachable) await dropSchema(schema);
});

async function readyz(port: number | null): Promise<{ status: number; body: { detail?: string } }> {
  const res = await fetch(`http://127.0.0.1:${port}/readyz`);
  return { status: res.status, body: (await res.json()) as { detail?: string } };
}

/** Waits (on real time: the fault is a real socket) until /readyz answers with `status`. */
async function readyzBecomes(port: number | null, status: number, withinMs: number) {
  const until = Date.now() + withinMs;
  for (;;) {
    const got = await readyz(port);
    if (got.status === status || Date.now() > until) return got;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.skipIf(!reachable)(
  `/readyz with the database gone${reachable ? '' : ` — SKIPPED: ${POSTGRES_HOW_TO_START}`}`,
  () => {
    let proxy: TcpProxy | null = null;
    let app: RunningNotequiz | null = null;
    let dir = '';
    afterAll(async () => {
      proxy?.forward();
      await app?.shutdown();
      await proxy?.close();
      if (dir !== '') rmSync(dir, { recursive: true, force: true });
    });

    it('names the database in one short line (no driver message, no source paths), then recovers', async () => {
      const target = new URL(TEST_DATABASE_URL);
      proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
      const url = new URL(TEST_DATABASE_URL);
      url.port = String(proxy.port);
      url.searchParams.set('schema', schema);
      dir = mkdtempSync(path.join(tmpdir(), 'notequiz-readyz-'));
      const config = loadConfig({
        DATABASE_URL: url.toString(),
        CONTENT_DIR: path.join(ROOT, 'content'),
        PORT: '0',
        LOG_LEVEL: 'silent',
        INSTANCE_ID: 'test-readyz',
        NOTEQUIZ_PLAYER: 'ann',
        DEFAULT_LANG: 'en',
      });
      const input = new PassThrough();
      const output = new PassThrough();
      let printed = '';
      output.setEncoding('utf8').on('data', (chunk: string) => {
        printed += chunk;
      });
      app = await startNotequiz(
        config,
        { input, output, errorOutput: new PassThrough(), interactive: false },
        { handleSignals: false, clock: fakeClock('2026-03-02T06:00:00Z') },
      );
      // The terminal chat has set up its channel once it answers a line.
      input.write('/topics\n');
      await expect.poll(() => printed, { timeout: 20_000 }).toMatch(/Topics: /);
      expect((await readyz(app.opsPort)).status).toBe(200);

      proxy.cut();
      const down = await readyzBecomes(app.opsPort, 503, 20_000);
      expect(down.status).toBe(503);
      const detail = down.body.detail ?? '';
      expect(detail).toMatch(/^database\b/);
      expect(detail).not.toMatch(/[\r\n]/);
      expect(detail.length).toBeLessThanOrEqual(120);
      expect(detail).not.toMatch(/\/(work|src|node_modules|home|usr)\//);
      expect(detail).not.toMatch(/prisma\.|invocation/i);

      proxy.forward();
      expect((await readyzBecomes(app.opsPort, 200, 20_000)).status).toBe(200);
    }, 60_000);
  },
);
