/**
 * The processes around a Slack bench (bench/slack.bench.ts, bench/instances.bench.ts): the open-loop load
 * generator (slack-load-generator.ts) and the fake Slack Web API (slack-fake-api-process.ts), each forked
 * so that neither shares an event loop with the app under test.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { FakeSlackUrls } from './slack-fake-api-process.ts';
import type { LoadReport } from './slack-load-generator.ts';

/** The load-generator process; one per bench run, driven job by job over IPC. */
export interface LoadGenerator {
  offer(url: string, rate: number, bodies: readonly string[]): Promise<LoadReport>;
  stop(): void;
}

const LoadReportShape = z.object({
  sent: z.number(),
  ok: z.number(),
  elapsedMs: z.number(),
  failures: z.record(z.string(), z.number()),
  p50: z.number().nullable(),
  p99: z.number().nullable(),
});

const UrlsShape = z.object({ apiUrl: z.string(), responseUrl: z.string() });

/** The fake Slack API in its own process (slack-fake-api-process.ts). */
export async function startFakeSlack(): Promise<FakeSlackUrls & { stop(): void }> {
  const script = fileURLToPath(new URL('./slack-fake-api-process.ts', import.meta.url));
  const child = fork(script, [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const urls = await new Promise<FakeSlackUrls>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bench: fake Slack API exited (${code})`)));
    child.once('message', (m: unknown) => resolve(UrlsShape.parse(m)));
  });
  return {
    ...urls,
    stop: () => {
      if (child.connected) child.disconnect();
    },
  };
}

export function startLoadGenerator(secret: string, ackCapMs: number): LoadGenerator {
  const script = fileURLToPath(new URL('./slack-load-generator.ts', import.meta.url));
  const child = fork(script, [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return {
    offer: (url, rate, bodies) =>
      new Promise<LoadReport>((resolve, reject) => {
        const onExit = (code: number | null): void =>
          reject(new Error(`bench: load generator exited (${code})`));
        child.once('exit', onExit);
        child.once('message', (m: unknown) => {
          child.off('exit', onExit);
          const r = LoadReportShape.parse(m);
          resolve({ ...r, p50: r.p50 ?? Number.NaN, p99: r.p99 ?? Number.NaN });
        });
        child.send({ url, rate, secret, bodies, ackCapMs });
      }),
    stop: () => {
      if (child.connected) child.disconnect();
      child.kill();
    },
  };
}
