import type { Command } from 'commander';
import type { z } from 'zod';
import type { ChartRenderer } from '../../adapters/shared/charts/png/chart-worker.ts';
import type { StdinKind } from '../config/start-checks.ts';
import type { Lang } from '../content/question.ts';
import type { QuizEngine } from '../engine/api.ts';
import type { Clock } from '../engine/clock.ts';
import type { InstallationStore } from '../engine/installation-store-port.ts';
import type { Logger } from '../logger.ts';
import type { PlatformMetrics } from '../ops/metrics-port.ts';
import type { RoundPublisher } from '../schedule/publisher.ts';

/**
 * What a chat platform (adapters/<name>/platform.ts) tells the rest of the bot, so that config, `config
 * check`, the CLI and main loop over one list (platforms.ts) instead of naming each platform. A descriptor
 * imports only its zod schema: its SDK (Bolt, discord.js) is imported by `create`, when it is configured.
 */
export interface PlatformDescriptor<C> {
  /** Lower case, as in logs and shutdown steps: "slack". */
  readonly name: string;
  /** As a person reads it in `notequiz config check`: "Slack". */
  readonly title: string;
  /** Its environment variables, keyed by name, each with a description (docs/configuration.md lists them). */
  readonly envSchema: z.ZodObject<z.ZodRawShape>;
  /**
   * Its settings from the environment (known variables with a non-blank value); null when it is not set
   * up. Throws an Error whose lines start with the variable at fault when it is set up wrongly.
   */
  configure(env: Readonly<Record<string, string>>, rawEnv: Readonly<Record<string, string | undefined>>): C;
  /** Whether it is set up at all (a token is set), whatever `runs` decides. */
  isConfigured(config: C): boolean;
  /** Whether `notequiz start` runs it, given whether any other platform runs and what stdin is. */
  runs(config: C, situation: PlatformSituation): boolean;
  /** `config check`'s line: "on (socket mode)", "off (SLACK_BOT_TOKEN is not set)". */
  describe(config: C, runs: boolean): string;
  /** A platform serving the outside world (not the local chat) runs the ops server by default. */
  readonly service: boolean;
  /** What to set to run it, for the one line `start` prints when nothing would run. */
  readonly howToTurnOn: string;
  /** Its own CLI commands (`notequiz discord register`), if any; they import their SDK when run. */
  readonly registerCommands?: (program: Command) => void;
  /** Builds the adapter; the only place its SDK is imported. */
  create(config: C, context: PlatformContext): Promise<RunningPlatform>;
}

export interface PlatformSituation {
  /** Some other platform (a service) runs in this process. */
  readonly othersRun: boolean;
  readonly stdin: StdinKind;
}

/** What main hands every platform it starts. */
export interface PlatformContext {
  readonly engine: QuizEngine;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly reloadContent: () => Promise<{
    added: number;
    updated: number;
    retired: number;
    problems: number;
  }>;
  /** The language most notes are written in (null without notes). */
  readonly notesLang: Lang | null;
  /** DEFAULT_LANG, when set. */
  readonly defaultLang: Lang | null;
  readonly questionCount: number;
  /** The operator's DEFAULT_TIMEZONE, DAILY_POST_TIME and DAILY_CLOSE_TIME. */
  readonly schedule: { readonly timezone: string; readonly postTime: string; readonly closeTime: string };
  /** DEFAULT_TIMEZONE, else the machine's TZ: the zone of a person chatting at this machine's terminal. */
  readonly localTimezone: string;
  /** This platform's meters for GET /metrics (labelled with its name); no-ops when metrics are off. */
  readonly metrics: PlatformMetrics;
  readonly io: {
    readonly input: NodeJS.ReadableStream;
    readonly output: NodeJS.WritableStream;
    readonly interactive: boolean;
  };
  /**
   * Draws the PNG charts, for every platform of the process in one worker thread that starts with the
   * first chart (none, if nobody asks) and that main stops after the platforms.
   */
  readonly charts: ChartRenderer;
  /** Apps installed by OAuth and their one-use states, in the store (Slack's "Add to Slack"). */
  readonly installations: InstallationStore;
}

export interface PlatformHealth {
  readonly ok: boolean;
  readonly detail?: string;
  readonly components?: Record<string, unknown>;
}

/** A created platform: main starts it, hands its publisher to the scheduler and stops it on shutdown. */
export interface RunningPlatform {
  readonly publisher: RoundPublisher;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** For /readyz; absent means always ready. */
  readiness?(): PlatformHealth;
  /** For /healthz; absent means always alive. */
  liveness?(): PlatformHealth;
  /** The terminal chat: resolves when the person leaves (end of input, /quit); the process then stops. */
  ended?(): Promise<void>;
}

/** A descriptor with its settings type hidden, so one list can hold every platform. */
export interface Platform {
  readonly name: string;
  readonly title: string;
  readonly envSchema: z.ZodObject<z.ZodRawShape>;
  readonly service: boolean;
  readonly howToTurnOn: string;
  registerCommands(program: Command): void;
  /** Reads its settings (throws as `configure` does). */
  settle(
    env: Readonly<Record<string, string>>,
    rawEnv: Readonly<Record<string, string | undefined>>,
  ): PlatformSetting;
}

/** What each adapters/<name>/platform.ts exports: its descriptor, typed once and then listed. */
export function definePlatform<C>(descriptor: PlatformDescriptor<C>): Platform {
  return {
    name: descriptor.name,
    title: descriptor.title,
    envSchema: descriptor.envSchema,
    service: descriptor.service,
    howToTurnOn: descriptor.howToTurnOn,
    registerCommands: (program) => descriptor.registerCommands?.(program),
    settle: (env, rawEnv) => bindPlatform(descriptor, descriptor.configure(env, rawEnv)),
  };
}

/** A descriptor with its settings from the environment: what AppConfig holds, one per known platform. */
export interface PlatformSetting {
  readonly name: string;
  readonly title: string;
  readonly service: boolean;
  readonly configured: boolean;
  runs(situation: PlatformSituation): boolean;
  describe(runs: boolean): string;
  create(context: PlatformContext): Promise<RunningPlatform>;
  /** The parsed settings, for tests and the platform's own CLI commands. */
  readonly config: unknown;
}

function bindPlatform<C>(descriptor: PlatformDescriptor<C>, config: C): PlatformSetting {
  return {
    name: descriptor.name,
    title: descriptor.title,
    service: descriptor.service,
    configured: descriptor.isConfigured(config),
    runs: (situation) => descriptor.runs(config, situation),
    describe: (runs) => descriptor.describe(config, runs),
    create: (context) => descriptor.create(config, context),
    config,
  };
}
