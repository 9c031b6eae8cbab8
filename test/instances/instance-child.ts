/**
 * One bot instance for several-instances.test.ts and bench/instances.bench.ts: `notequiz start` as main
 * runs it (config read from the environment, the same composition root), except that its clock is a fake
 * the parent moves over IPC and the scheduler has no cron tick: the parent says when each pass runs, so
 * three real processes can be made to tick the same instant deliberately (never the time of day).
 *
 * IPC in: { kind: 'time', at } · { kind: 'tick' } · { kind: 'stop' }
 * IPC out: { kind: 'ready' } · { kind: 'time' } · { kind: 'ticked', report } · then exits on stop.
 */
import { loadConfig } from '../../src/config.ts';
import { startNotequiz } from '../../src/main.ts';
import { fakeClock } from '../fakes/fake-clock.ts';

export type ToInstance =
  | { readonly kind: 'time'; readonly at: string }
  | { readonly kind: 'tick' }
  | { readonly kind: 'stop' };

export type FromInstance =
  | { readonly kind: 'ready' }
  | { readonly kind: 'time' }
  | {
      readonly kind: 'ticked';
      readonly posted: number;
      readonly closed: number;
      readonly resultsPosted: number;
      readonly duelsEnded: number;
      readonly errors: readonly string[];
    };

const clock = fakeClock(process.env.TEST_CLOCK_START ?? '2026-03-02T08:00:00Z');
const send = (message: FromInstance): void => {
  process.send?.(message);
};

// Logs go to stdout as JSON lines, as in production; the parent reads the Slack port from them.
const app = await startNotequiz(
  loadConfig(process.env),
  { input: process.stdin, output: process.stdout, errorOutput: process.stderr, interactive: false },
  { clock, handleSignals: false, cronTick: false },
);
send({ kind: 'ready' });

process.on('message', (message: ToInstance) => {
  if (message.kind === 'time') {
    clock.set(message.at);
    send({ kind: 'time' });
  } else if (message.kind === 'tick') {
    void app.schedulerPass().then((report) =>
      send({
        kind: 'ticked',
        posted: report.posted.length,
        closed: report.closed.length,
        resultsPosted: report.resultsPosted.length,
        duelsEnded: report.duelsEnded.length,
        errors: report.errors.map((e) => e.message),
      }),
    );
  } else {
    void app.shutdown().then((report) => {
      process.exitCode = report.failed.length > 0 ? 1 : 0;
      process.disconnect();
    });
  }
});
