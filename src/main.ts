import { createDiscordAdapter, type DiscordAdapter } from '../adapters/discord/index.ts';
import { createSlackAdapter, type SlackAdapter } from '../adapters/slack/index.ts';
import { createTerminalAdapter, type TerminalAdapter } from '../adapters/terminal/index.ts';
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
import { loadDeck } from './notes/load-notes.ts';
import { summariseFailure } from './ops/failure-summary.ts';
import { type OpsServer, startOpsServer } from './ops/http-server.ts';
import {
  installGracefulShutdown,
  runShutdownSteps,
  type ShutdownReport,
  type ShutdownStep,
} from './ops/shutdown.ts';
import type { RoundPublisher } from './schedule/publisher.ts';
import { createScheduler } from './schedule/scheduler.ts';
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
}

export interface RunningNotequiz {
  readonly engine: QuizEngine;
  /** The ops server's port, or null when it is not running. */
  readonly opsPort: number | null;
  /** Resolves once the terminal chat has ended (end of input, /quit) and everything is closed. Never, without the terminal. */
  readonly finished: Promise<ShutdownReport>;
  /** Stops everything in order (what SIGTERM does, minus the exit). */
  shutdown(): Promise<ShutdownReport>;
}

const MAX_PROBLEMS_LOGGED = 50;

export function wantsTerminal(config: AppConfig): boolean {
  return (
    config.terminal === 'on' ||
    (config.terminal === 'auto' && config.slack === null && config.discord === null)
  );
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
  const terminalOnly = wantsTerminal(config) && config.slack === null && config.discord === null;
  const destination = logDestination(config, io);
  const logger = createLogger({
    // Alone in a terminal, info lines would drown the chat: warnings only, unless asked for more.
    level: config.logLevel ?? (terminalOnly ? 'warn' : 'info'),
    pretty: config.logPretty,
    base: { instanceId: config.instanceId },
    ...(destination === null ? {} : { destination }),
  });
  const steps: ShutdownStep[] = [];
  let store: StorePort | null = null;
  let ops: OpsServer | null = null;
  try {
    store = await openStore(config.databaseUrl, { logger, timeouts: config.databaseTimeouts }).catch(
      (error: unknown) => {
        throw new Error(`could not open the database ${redactUrl(config.databaseUrl)} (check DATABASE_URL)`, {
          cause: error,
        });
      },
    );
    const openedStore = store;

    const deck = await loadDeck([config.contentDir]);
    logProblems(logger, deck.problems);
    logger.info(
      { questions: deck.questions.length, problems: deck.problems.length, dir: config.contentDir },
      'content loaded',
    );
    const notesLang = notesLanguage(deck.questions);

    const engine = createEngine({
      store,
      clock,
      random: options.random ?? Math.random,
      questions: deck.questions,
      settings: {
        defaultTimezone: config.defaultTimezone,
        defaultPostTime: config.dailyPostTime,
        defaultCloseTime: config.dailyCloseTime,
        duelExpiryMs: config.duelExpiryHours * 60 * 60 * 1000,
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

    const publishers: RoundPublisher[] = [];
    let slack: SlackAdapter | null = null;
    if (config.slack !== null) {
      slack = createSlackAdapter({
        engine,
        config: config.slack,
        logger,
        clock,
        reloadContent,
        defaultSchedule: { postTime: config.dailyPostTime, closeTime: config.dailyCloseTime },
        ...(notesLang === null ? {} : { notesLang }),
      });
      publishers.push(slack.publisher);
    }
    let discord: DiscordAdapter | null = null;
    if (config.discord !== null) {
      // The scheduler expires duels on every platform and announces Discord's through the publisher,
      // so the adapter's own expiry timer stays off (two sweepers would only race for the same duels).
      discord = createDiscordAdapter(
        { engine, config: config.discord, logger, clock, reloadContent },
        {
          duelSweepMs: 0,
          // /quiz-admin schedule and DISCORD_DAILY_CHANNEL_ID use the operator's DAILY_POST_TIME / DAILY_CLOSE_TIME.
          defaultSchedule: { postTime: config.dailyPostTime, closeTime: config.dailyCloseTime },
        },
      );
      publishers.push(discord.publisher);
    }
    let terminal: TerminalAdapter | null = null;
    if (wantsTerminal(config)) {
      terminal = createTerminalAdapter({
        engine,
        clock,
        input: io.input,
        output: io.output,
        interactive: io.interactive,
        player: config.playerName,
        questionCount: deck.questions.length,
        defaultLang: config.defaultLang ?? notesLang ?? 'en',
        schedule: {
          timezone: config.terminalTimezone,
          postTime: config.dailyPostTime,
          closeTime: config.dailyCloseTime,
        },
        onError: (error, line) => logger.error({ err: error, line }, 'terminal command failed'),
      });
      publishers.push(terminal.publisher);
    }

    const scheduler = createScheduler({
      engine,
      clock,
      publishers,
      logger,
      instanceId: config.instanceId,
    });

    let started = false;
    const port = config.port ?? (terminalOnly ? null : DEFAULT_OPS_PORT);
    if (port !== null) {
      ops = await startOpsServer({
        port,
        logger,
        checks: {
          ready: async () => {
            if (!started) return { ok: false, detail: 'starting' };
            // A cheap read proves the database answers; a failure says so in one line.
            const database = await openedStore.getTenant('local:readyz').then(
              () => null,
              (error: unknown) => summariseFailure('database', error),
            );
            if (database !== null) return { ok: false, detail: database };
            const slackReady = slack?.readiness() ?? { ok: true };
            if (!slackReady.ok) return slackReady;
            if (discord === null) return { ok: true };
            // Per shard: ready only when every shard of this process is connected.
            const { shards, ...discordReady } = discord.readiness();
            return { ...discordReady, components: { discord: { shards } } };
          },
          health: () => {
            if (discord === null) return { ok: true };
            const { shards, ...alive } = discord.liveness();
            return { ...alive, components: { discord: { shards } } };
          },
        },
      });
      logger.info({ port: ops.port }, 'ops server listening');
    }

    // Shutdown order: stop taking new work, let in-flight answers finish, stop the cron, close the port, close the database.
    const terminalRef = terminal;
    if (terminalRef !== null) steps.push({ name: 'terminal', run: async () => terminalRef.stop() });
    if (slack !== null) {
      const s = slack;
      steps.push({ name: 'slack', run: () => s.stop() });
    }
    if (discord !== null) {
      const d = discord;
      steps.push({ name: 'discord', run: () => d.stop() });
    }
    steps.push({ name: 'scheduler', run: () => scheduler.stop() });
    if (ops !== null) {
      const o = ops;
      steps.push({ name: 'ops server', run: () => o.close() });
    }
    steps.push({ name: 'database', run: () => openedStore.close() });

    if (slack !== null) await slack.start();
    if (discord !== null) await discord.start();
    scheduler.start();
    started = true;
    logger.info(
      {
        slack: slack !== null,
        discord: discord !== null,
        terminal: terminal !== null,
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
    const finished =
      terminal === null ? new Promise<ShutdownReport>(() => {}) : terminal.run().then(() => shutdown());
    return { engine, opsPort: ops?.port ?? null, finished, shutdown };
  } catch (error) {
    // Whatever was opened before the failure must not keep the process alive.
    await ops?.close().catch(() => undefined);
    await store?.close().catch(() => undefined);
    logger.flush();
    throw error;
  }
}
