import { EventEmitter } from 'node:events';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { installGracefulShutdown, runShutdownSteps } from '../../src/ops/shutdown.ts';

function captureLogger() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, logger: createLogger({ level: 'info', destination }) };
}

describe('graceful shutdown', () => {
  it('runs the steps in order, waiting for each (in-flight answers before cron before database)', async () => {
    const order: string[] = [];
    const { logger } = captureLogger();
    let answerDone = false;
    const report = await runShutdownSteps(
      [
        {
          name: 'answers',
          run: async () => {
            await new Promise((r) => setImmediate(r));
            answerDone = true;
            order.push('answers');
          },
        },
        { name: 'cron', run: async () => void order.push(`cron(after answers: ${answerDone})`) },
        { name: 'database', run: async () => void order.push('database') },
      ],
      { logger, timeoutMs: 5_000 },
    );
    expect(order).toEqual(['answers', 'cron(after answers: true)', 'database']);
    expect(report).toEqual({ completed: ['answers', 'cron', 'database'], failed: [], timedOut: [] });
  });

  it('keeps going after a failing step and reports it', async () => {
    const { logger } = captureLogger();
    const report = await runShutdownSteps(
      [
        { name: 'adapters', run: async () => Promise.reject(new Error('socket already closed')) },
        { name: 'database', run: async () => undefined },
      ],
      { logger, timeoutMs: 5_000 },
    );
    expect(report.completed).toEqual(['database']);
    expect(report.failed).toEqual([{ name: 'adapters', error: 'socket already closed' }]);
  });

  it('gives up at the deadline and names the steps that did not finish', async () => {
    const { logger } = captureLogger();
    const report = await runShutdownSteps(
      [
        { name: 'stuck', run: () => new Promise(() => undefined) },
        { name: 'database', run: async () => undefined },
      ],
      { logger, timeoutMs: 30 },
    );
    expect(report.timedOut).toEqual(['stuck', 'database']);
  });

  it('on SIGTERM runs the steps once and exits 0; a second signal exits at once', async () => {
    const { logger, lines } = captureLogger();
    const signals = new EventEmitter();
    const exits: number[] = [];
    let finished: () => void = () => undefined;
    const done = new Promise<void>((resolve) => {
      finished = resolve;
    });
    let release: () => void = () => undefined;
    const ran: string[] = [];
    const uninstall = installGracefulShutdown(
      [
        {
          name: 'answers',
          run: () =>
            new Promise<void>((resolve) => {
              ran.push('answers');
              release = resolve;
            }),
        },
        { name: 'database', run: async () => void ran.push('database') },
      ],
      {
        logger,
        timeoutMs: 5_000,
        exit: (code) => {
          exits.push(code);
          if (code !== 130) finished();
        },
        emitter: signals as unknown as NodeJS.Process,
      },
    );
    signals.emit('SIGTERM', 'SIGTERM');
    signals.emit('SIGINT', 'SIGINT');
    expect(exits).toEqual([130]);
    release();
    await done;
    expect(ran).toEqual(['answers', 'database']);
    expect(exits).toEqual([130, 0]);
    expect(lines.some((l) => l.msg === 'shutdown complete')).toBe(true);
    uninstall();
    expect(signals.listenerCount('SIGTERM')).toBe(0);
  });
});
