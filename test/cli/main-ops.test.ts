import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { startNotequiz } from '../../src/main.ts';
import { fakeClock } from '../fakes/fake-clock.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('startNotequiz (in process)', () => {
  let dir = '';
  afterEach(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  it('serves /healthz and /readyz beside the terminal chat when PORT is set, and closes everything at end of input', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'notequiz-main-'));
    const config = loadConfig({
      DATABASE_URL: `file:${path.join(dir, 'quiz.db')}`,
      CONTENT_DIR: path.join(ROOT, 'content'),
      PORT: '0',
      DEFAULT_LANG: 'en',
      NOTEQUIZ_PLAYER: 'ann',
      LOG_LEVEL: 'silent',
      INSTANCE_ID: 'test-main',
    });
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.setEncoding('utf8').on('data', (chunk: string) => {
      printed += chunk;
    });
    const app = await startNotequiz(
      config,
      { input, output, errorOutput: new PassThrough(), interactive: false },
      // Before the default post time (09:00 UTC): no catch-up daily question prints ahead of the replies.
      { handleSignals: false, clock: fakeClock('2026-03-02T06:00:00Z') },
    );
    expect(app.opsPort).not.toBeNull();
    const health = await fetch(`http://127.0.0.1:${app.opsPort}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`http://127.0.0.1:${app.opsPort}/readyz`);
    expect(ready.status).toBe(200);
    expect(app.engine.topics().length).toBeGreaterThan(0);

    input.end('/as bob\n/topics\n');
    const report = await app.finished;
    expect(report.failed).toEqual([]);
    expect(report.completed).toEqual(['terminal', 'charts', 'scheduler', 'ops server', 'database']);
    expect(printed).toMatch(/^You are now bob\.\nTopics: /);
    await expect(fetch(`http://127.0.0.1:${app.opsPort}/healthz`)).rejects.toThrow();
  }, 120_000);
});
