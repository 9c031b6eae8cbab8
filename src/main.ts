import { createChartRenderer } from '../adapters/shared/charts/png/chart-worker.ts';
import { redactUrl } from './config/secrets.ts';
import { type AppConfig, DEFAULT_OPS_PORT } from './config.ts';
import type { Lang, Question } from './content/question.ts';
import type { Problem } from './content/types.ts';
import { createContentReloader } from './content-reloader.ts';
import type { QuizEngine } from './engine/api.ts';
import { type Clock, type Random, systemClock } from './engine/clock.ts';
import { createEngine } from './engine/create-engine.ts';
import type { StorePort } from './engine/store-port.ts';
import { createLogger, type Logger } from './logger.ts';
import { loadDeckOffThread } from './notes/load-deck-off-thread.ts';
import { summariseFailure } from './ops/failure-summary.ts';
import { type OpsServer, startOpsServer } from './ops/http-server.ts';
import { meteredStore } from './ops/metered-store.ts';
import type { Metrics } from './ops/metrics.ts';
import { NO_PLATFORM_METRICS } from './ops/metrics-port.ts';
import {
  installGracefulShutdown,
  runShutdownSteps,
  type ShutdownReport,
  type ShutdownStep,
} from './ops/shutdown.ts';
import type { PlatformContext, PlatformHealth, RunningPlatform } from './platforms/platform.ts';
import type { RoundPublisher } from './schedule/publisher.ts';
import { createScheduler, type TickReport } from './schedule/scheduler.ts';
import { openStore } from './store/open-store.ts';

/**
 * The composition root: the only place that knows every part. It reads nothing from the environment
 * (the CLI passes the validated config), builds store -> deck -> engine -> adapters -> scheduler -> ops,
 * and registers the shutdown steps in the reverse order.
 */
export interface MainIo {
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
  /** Logs go here while the terminal chat owns the output. */
  readonly errorOutput: NodeJS.WritableStream;
  /** A person at a TTY (prompt, banner) rather than a pipe. */
  readonly interactive: boolean;
}

export interface MainOptions {
  readonly clock?: Clock;
  readonly random?: Random;
  /** SIGTERM / SIGINT handlers; tests that run several instances in one process turn them off. */
  readonly handleSignals?: boolean;
  /**
   * false: no cron tick (and no pass at start); scheduler passes run only through schedulerPass(). For
   * tests that move a fake clock in a real process and must decide when each pass runs.
   */
  readonly cronTick?: boolean;
}

export interface RunningNotequiz {
  readonly engine: QuizEngine;
  /** The ops server's port, or null when it is not running. */
  readonly opsPort: number | null;
  /** Resolves once the terminal chat has ended (end of input, /quit) and everything is closed. Never, without the terminal. */
  readonly finished: Promise<ShutdownReport>;
  /** Stops everything in order (what SIGTERM does, minus the exit). */
  shutdown(): Promise<ShutdownReport>;
  /** One scheduler pass now, as the minute's cron tick runs it (tests move a fake clock and call this). */
  schedulerPass(): Promise<TickReport>;
}

const MAX_PROBLEMS_LOGGED = 50;

/**
 * The platforms this process runs, in PLATFORMS order. main is handed its streams, not a descriptor of
 * stdin: the refusal to chat with /dev/null happens before (start-checks.ts), so here stdin is input.
 */
export function platformsToRun(config: AppConfig): AppConfig['platforms'] {
  const stdin = 'input';
  const othersRun = config.platforms.some((p) => p.service && p.runs({ othersRun: false, stdin }));
  return config.platforms.filter((p) => p.runs({ othersRun: p.service ? false : othersRun, stdin }));
}

/** Whether the terminal chat (the one platform that is not a service) runs. */
export function wantsTerminal(config: AppConfig): boolean {
  return platformsToRun(config).some((p) => !p.service);
}

/** The language most of the notes are written in: the default for the bot's messages. */
export function notesLanguage(questions: readonly Question[]): Lang | null {
  if (questions.length === 0) return null;
  const zh = questions.filter((q) => q.lang === 'zh').length;
  return zh * 2 > questions.length ? 'zh' : 'en';
}

function logProblems(logger: Logger, problems: readonly Problem[]): void {
  for (const p of problems.slice(0, MAX_PROBLEMS_LOGGED)) {
    const log = p.severity === 'error' ? logger.warn.bind(logger) : logger.info.bind(logger);
    log({ file: p.file, line: p.line, code: p.code }, p.message);
  }
  if (problems.length > MAX_PROBLEMS_LOGGED) {
    logger.warn(
      { more: problems.length - MAX_PROBLEMS_LOGGED },
      'more content problems: run `notequiz content check`',
    );
  }
}

/** Where the log goes while a person chats in the terminal and LOG_FILE is not set. */
export const TERMINAL_LOG_FILE = 'data/notequiz.log';

/**
 * The log never goes into the chat: to LOG_FILE when set; while a person chats at the terminal (stdout and
 * stderr are the same screen) to data/notequiz.log; beside a piped chat to stderr; otherwise stdout (null).
 */
export function logDestination(
  config: AppConfig,
  io: Pick<MainIo, 'errorOutput' | 'interactive'>,
): NodeJS.WritableStream | { file: string } | null {
  if (config.logFile !== null) return { file: config.logFile };
  if (!wantsTerminal(config)) return null;
  return io.interactive ? { file: TERMINAL_LOG_FILE } : io.errorOutput;
}

export async function startNotequiz(
  config: AppConfig,
  io: MainIo,
  options: MainOptions = {},
): Promise<RunningNotequiz> {
  const clock = options.clock ?? systemClock;
  const running = platformsToRun(config);
  const terminalOnly = running.length > 0 && running.every((p) => !p.service);
  const destination = logDestination(config, io);
  const logger = createLogger({
    // Alone in a terminal, info lines would drown the chat: warnings only, unless asked for more.
    level: config.logLevel ?? (terminalOnly ? 'warn' : 'info'),
    pretty: config.logPretty,
    base: { instanceId: config.instanceId },
    ...(destination === null ? {} : { destination }),
  });
  const steps: ShutdownStep[] = [];
  // No thread yet: the worker starts with the first chart a player asks for.
  const charts = createChartRenderer();
  let store: StorePort | null = null;
  let ops: OpsServer | null = null;
  const port = config.port ?? (terminalOnly ? null : DEFAULT_OPS_PORT);
  try {
    // Served by the ops server, so only beside it (prom-client is not even loaded otherwise), and loaded
    // while the database and the notes open.
    const metricsReady: Promise<Metrics | null> =
      port !== null && config.metrics
        ? import('./ops/metrics.ts').then((m) => m.createMetrics())
        : Promise.resolve(null);
    // A failed import is thrown where metricsReady is awaited below, not as an unhandled rejection.
    const metricsIfLoaded = metricsReady.catch(() => null);
    // The database (a migration runs in its own thread) and the notes open side by side: start-up waits
    // for the slower of the two, not for both in turn.
    const [opened, loaded] = await Promise.allSettled([
      openStore(config.databaseUrl, {
        logger,
        timeouts: config.databaseTimeouts,
        observePool: (pool) => void metricsIfLoaded.then((m) => m?.watchPool(pool)),
      }),
      // The notes are read and built in a worker thread, as every reload is: the Markdown parser, the
      // content pipeline and the intermediate cards never enter this process's heap.
      loadDeckOffThread({ paths: [config.contentDir], previous: [] }, null),
    ]);
    const metrics = await metricsReady;
    if (opened.status === 'fulfilled') store = opened.value;
    else
      throw new Error(`could not open the database ${redactUrl(config.databaseUrl)} (check DATABASE_URL)`, {
        cause: opened.reason,
      });
    if (loaded.status === 'rejected') throw loaded.reason;
    const openedStore = opened.value;
    const deck = loaded.value;
    logProblems(logger, deck.problems);
    logger.info(
      { questions: deck.questions.length, problems: deck.problems.length, dir: config.contentDir },
      'content loaded',
    );
    const notesLang = notesLanguage(deck.questions);

    const engine = createEngine({
      store: metrics === null ? openedStore : meteredStore(openedStore, metrics.store),
      clock,
      random: options.random ?? Math.random,
      questions: deck.questions,
      settings: {
        defaultTimezone: config.defaultTimezone,
        defaultPostTime: config.dailyPostTime,
        defaultCloseTime: config.dailyCloseTime,
        duelExpiryMs: config.duelExpiryHours * 60 * 60 * 1000,
        flagSuppressAfter: config.suppressAfterReports,
      },
    });
    // Each reload is built against the previous deck's cards, so fixing a typo in a prompt keeps its id.
    const reloadCards = createContentReloader({
      paths: [config.contentDir],
      initialCards: deck.cards,
      engine,
      onProblems: (problems) => logProblems(logger, problems),
    });
    const reloadContent = async () => {
      const counts = await reloadCards();
      logger.info(counts, 'content reloaded');
      return counts;
    };

    const context: PlatformContext = {
      engine,
      clock,
      logger,
      reloadContent,
      notesLang,
      defaultLang: config.defaultLang,
      questionCount: deck.questions.length,
      schedule: {
        timezone: config.defaultTimezone,
        postTime: config.dailyPostTime,
        closeTime: config.dailyCloseTime,
      },
      localTimezone: config.terminalTimezone,
      metrics: NO_PLATFORM_METRICS,
      io,
      charts,
      installations: openedStore,
    };
    // Each platform's SDK is imported here, only for the platforms that run.
    const platforms: { readonly name: string; readonly running: RunningPlatform }[] = [];
    for (const setting of running) {
      const meters = metrics?.platform(setting.name) ?? NO_PLATFORM_METRICS;
      platforms.push({ name: setting.name, running: await setting.create({ ...context, metrics: meters }) });
    }
    const publishers: RoundPublisher[] = platforms.map((p) => p.running.publisher);

    const scheduler = createScheduler({
      engine,
      clock,
      publishers,
      logger,
      instanceId: config.instanceId,
      ...(metrics === null ? {} : { observe: (report: TickReport) => metrics.observeTick(report) }),
    });

    let started = false;
    if (port !== null) {
      ops = await startOpsServer({
        port,
        logger,
        ...(metrics === null ? {} : { metrics }),
        checks: {
          ready: async () => {
            if (!started) return { ok: false, detail: 'starting' };
            // A cheap read proves the database answers; a failure says so in one line.
            const database = await openedStore.getTenant('local:readyz').then(
              () => null,
              (error: unknown) => summariseFailure('database', error),
            );
            if (database !== null) return { ok: false, detail: database };
            return combinedHealth(platforms.map((p) => p.running.readiness?.()));
          },
          health: () => combinedHealth(platforms.map((p) => p.running.liveness?.())),
        },
      });
      logger.info({ port: ops.port }, 'ops server listening');
    }

    // Shutdown order: stop taking new work, let in-flight answers finish, stop the cron, close the port, close the database.
    for (const { name, running: platform } of platforms) steps.push({ name, run: () => platform.stop() });
    // After the platforms, whose last replies may still be waiting for a picture.
    steps.push({ name: 'charts', run: () => charts.close() });
    steps.push({ name: 'scheduler', run: () => scheduler.stop() });
    if (ops !== null) {
      const o = ops;
      steps.push({ name: 'ops server', run: () => o.close() });
    }
    steps.push({ name: 'database', run: () => openedStore.close() });

    for (const { running: platform } of platforms) await platform.start();
    if (options.cronTick !== false) scheduler.start();
    started = true;
    logger.info(
      {
        ...Object.fromEntries(
          config.platforms.map((p) => [p.name, platforms.some((r) => r.name === p.name)]),
        ),
        opsPort: ops?.port ?? null,
      },
      'notequiz started',
    );

    const removeSignals =
      options.handleSignals === false
        ? () => {}
        : installGracefulShutdown(steps, { logger, timeoutMs: config.shutdownTimeoutMs });
    let stopping: Promise<ShutdownReport> | null = null;
    const shutdown = () => {
      if (stopping === null) {
        removeSignals();
        stopping = runShutdownSteps(steps, { logger, timeoutMs: config.shutdownTimeoutMs }).then((report) => {
          logger.flush();
          return report;
        });
      }
      return stopping;
    };
    // A platform that ends (the terminal chat at end of input or /quit) ends the process; services never do.
    const endings = platforms.flatMap(({ running: platform }) =>
      platform.ended === undefined ? [] : [platform.ended()],
    );
    const finished =
      endings.length === 0
        ? new Promise<ShutdownReport>(() => {})
        : Promise.race(endings).then(() => shutdown());
    return {
      engine,
      opsPort: ops?.port ?? null,
      finished,
      shutdown,
      schedulerPass: () => scheduler.tick(),
    };
  } catch (error) {
    // Whatever was opened before the failure must not keep the process alive.
    await ops?.close().catch(() => undefined);
    await charts.close();
    await store?.close().catch(() => undefined);
    logger.flush();
    throw error;
  }
}

/**
 * One answer for /readyz or /healthz from every platform's: the first that is not ok, else ok with every
 * platform's components (Discord's shards) side by side.
 */
function combinedHealth(reports: readonly (PlatformHealth | undefined)[]): PlatformHealth {
  const given = reports.filter((r): r is PlatformHealth => r !== undefined);
  const components = Object.assign({}, ...given.map((r) => r.components ?? {})) as Record<string, unknown>;
  const failing = given.find((r) => !r.ok);
  const base = failing ?? { ok: true };
  return Object.keys(components).length === 0 ? base : { ...base, components };
}
