import cron, { type ScheduledTask } from 'node-cron';
import type { QuizEngine } from '../engine/api.ts';
import type { Clock } from '../engine/clock.ts';
import type { Logger } from '../logger.ts';
import { announceEndedDuels } from './announce-ended-duels.ts';
import { closeDueRounds } from './close-daily-rounds.ts';
import { postDueRounds } from './post-daily-rounds.ts';
import { postDueDigests } from './post-weekly-digests.ts';
import type { RoundPublisher } from './publisher.ts';
import { remindClosingRounds } from './remind-daily-rounds.ts';
import { createMemory, errorMessage, type SchedulerContext } from './scheduler-context.ts';
import { resolveSettings, type SchedulerSettings } from './scheduler-settings.ts';
import { type TickReport, TickReportBuilder } from './tick-report.ts';

export type { SchedulerSettings } from './scheduler-settings.ts';
export type { TickReport } from './tick-report.ts';

export interface SchedulerDeps {
  readonly engine: QuizEngine;
  readonly clock: Clock;
  readonly publishers: readonly RoundPublisher[];
  readonly logger: Logger;
  /** Unique per running process (host name + pid + random): the owner of post leases. */
  readonly instanceId: string;
  readonly settings?: Partial<SchedulerSettings>;
}

export interface Scheduler {
  /** Starts the cron tick (and runs one pass at once: catch-up after a restart happens here). */
  start(): void;
  /** Stops the cron tick and waits for a pass in progress to finish. */
  stop(): Promise<void>;
  /** One pass at clock.now(): close what is due, post what is due, end and announce due duels. Passes never overlap. */
  tick(): Promise<TickReport>;
}

/**
 * The daily scheduler. node-cron only wakes it up; each pass reads the schedules and rounds from the
 * database and does what is due at that instant, so a pass is the same whether it runs on time, late,
 * twice, or on another instance. Tests call tick() with an injected clock and never wait.
 */
export function createScheduler(deps: SchedulerDeps): Scheduler {
  const settings = resolveSettings(deps.settings);
  const logger = deps.logger.child({ component: 'scheduler', instanceId: deps.instanceId });
  const ctx: SchedulerContext = {
    engine: deps.engine,
    clock: deps.clock,
    publishers: deps.publishers,
    logger,
    instanceId: deps.instanceId,
    settings,
    memory: createMemory(),
  };
  let task: ScheduledTask | null = null;
  let retryTimer: NodeJS.Timeout | null = null;
  let running: Promise<TickReport> | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  const pass = async (): Promise<TickReport> => {
    const now = ctx.clock.now();
    const report = new TickReportBuilder(now);
    try {
      await closeDueRounds(ctx, now, report);
    } catch (error) {
      report.errors.push({ message: `close phase: ${errorMessage(error)}` });
      logger.error({ err: error }, 'close phase failed; will run again next tick');
    }
    try {
      await postDueRounds(ctx, now, report);
    } catch (error) {
      report.errors.push({ message: `post phase: ${errorMessage(error)}` });
      logger.error({ err: error }, 'post phase failed; will run again next tick');
    }
    try {
      await remindClosingRounds(ctx, now, report);
    } catch (error) {
      report.errors.push({ message: `reminder phase: ${errorMessage(error)}` });
      logger.error({ err: error }, 'reminder phase failed; will run again next tick');
    }
    try {
      await postDueDigests(ctx, now, report);
    } catch (error) {
      report.errors.push({ message: `digest phase: ${errorMessage(error)}` });
      logger.error({ err: error }, 'digest phase failed; will run again next tick');
    }
    try {
      await announceEndedDuels(ctx, report);
    } catch (error) {
      report.errors.push({ message: `duel phase: ${errorMessage(error)}` });
      logger.error({ err: error }, 'duel expiry phase failed; will run again next tick');
    }
    const built = report.build();
    const done =
      built.posted.length + built.closed.length + built.resultsPosted.length + built.duelsEnded.length;
    if (done + built.errors.length > 0) {
      logger.debug(
        {
          posted: built.posted.length,
          closed: built.closed.length,
          results: built.resultsPosted.length,
          duelsEnded: built.duelsEnded.length,
          errors: built.errors.length,
        },
        'scheduler pass',
      );
    }
    return built;
  };

  const tick = (): Promise<TickReport> => {
    const next = queue.then(pass);
    queue = next.catch(() => undefined);
    running = next;
    void next.finally(() => {
      if (running === next) running = null;
    });
    return next;
  };

  /** A retry due before the next cron tick (a short Retry-After) gets its own wake-up. */
  const armRetryTimer = (): void => {
    if (task === null) return;
    if (retryTimer !== null) clearTimeout(retryTimer);
    retryTimer = null;
    let earliest = Number.POSITIVE_INFINITY;
    for (const { nextAttemptAt } of ctx.memory.retries.values()) earliest = Math.min(earliest, nextAttemptAt);
    const nextCron = task.getNextRun()?.getTime() ?? Number.POSITIVE_INFINITY;
    if (!(earliest < nextCron)) return;
    const delay = Math.max(250, earliest - ctx.clock.now().getTime());
    retryTimer = setTimeout(() => {
      retryTimer = null;
      void runFromTimer();
    }, delay);
    retryTimer.unref();
  };

  const runFromTimer = async (): Promise<void> => {
    if (running !== null) return;
    try {
      await tick();
    } catch (error) {
      logger.error({ err: error }, 'scheduler pass failed');
    }
    armRetryTimer();
  };

  return {
    start() {
      if (task !== null) return;
      task = cron.schedule(settings.tickCron, () => runFromTimer(), {
        name: `notequiz-daily-${deps.instanceId}`,
        noOverlap: true,
        // node-cron's own notes (a missed tick while the event loop was busy) go to our JSON log, not stdout.
        logger: {
          info: (message: string) => logger.debug({ source: 'node-cron' }, message),
          warn: (message: string) => logger.warn({ source: 'node-cron' }, message),
          error: (message: string | Error, err?: Error) =>
            logger.error({ source: 'node-cron', err: err ?? message }, String(message)),
          debug: (message: string | Error) => logger.debug({ source: 'node-cron' }, String(message)),
        },
      });
      logger.info(
        { tickCron: settings.tickCron, publishers: deps.publishers.map((p) => p.platform) },
        'scheduler started',
      );
      void runFromTimer();
    },
    async stop() {
      if (retryTimer !== null) clearTimeout(retryTimer);
      retryTimer = null;
      const stopping = task;
      task = null;
      if (stopping !== null) {
        await stopping.stop();
        await stopping.destroy();
      }
      await queue;
      logger.info('scheduler stopped');
    },
    tick,
  };
}
