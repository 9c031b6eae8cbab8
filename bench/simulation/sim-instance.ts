import { LogLevel } from '@slack/web-api';
import { parseDiscordConfig } from '../../adapters/discord/config.ts';
import { createDiscordAdapter } from '../../adapters/discord/index.ts';
import { systemTimers } from '../../adapters/shared/timers.ts';
import { AnswerCounts } from '../../adapters/slack/answer-counts.ts';
import { parseSlackConfig } from '../../adapters/slack/config.ts';
import { createSlackPublisher } from '../../adapters/slack/publisher.ts';
import { TokenHealth } from '../../adapters/slack/token-health.ts';
import type { Question } from '../../src/content/question.ts';
import type { QuizEngine } from '../../src/engine/api.ts';
import type { Random } from '../../src/engine/clock.ts';
import { createEngine } from '../../src/engine/create-engine.ts';
import type { StorePort } from '../../src/engine/store-port.ts';
import type { Logger } from '../../src/logger.ts';
import type { PublishResult, RoundPublisher } from '../../src/schedule/publisher.ts';
import { createScheduler, type Scheduler, type TickReport } from '../../src/schedule/scheduler.ts';
import { killable } from '../../test/fakes/killable-store.ts';
import type { SimClock } from './sim-clock.ts';
import { type BotTokenForChannel, WorkspaceRoutedWebClient } from './workspace-tokens.ts';

/**
 * One notequiz instance of the simulation, in this process: its own database connection (pool), engine,
 * scheduler and the real Slack and Discord publishers (the adapters' own code, the real @slack/web-api
 * and discord.js REST clients, over HTTP to the fakes). Killing it is a dead process: every later store
 * call and every publisher answer never returns, and its HTTP requests already sent still land.
 */
export interface SimInstance {
  readonly id: string;
  readonly engine: QuizEngine;
  readonly scheduler: Scheduler;
  /** The Discord shards this instance runs (DISCORD_SHARD_IDS); empty for an instance without a gateway. */
  readonly shards: readonly number[];
  readonly died: Promise<void>;
  isDead(): boolean;
  kill(): void;
  /** Lets go of its connection and clients once nothing it sent is still running. */
  retire(): Promise<void>;
}

export interface SimInstanceOptions {
  readonly id: string;
  /** This instance's own connection (a pool on PostgreSQL), or the shared in-memory store. */
  readonly store: StorePort;
  /** Closes `store` when the instance retires; nothing for a shared store. */
  readonly closeStore: () => Promise<void>;
  readonly clock: SimClock;
  readonly random: Random;
  readonly questions: readonly Question[];
  readonly logger: Logger;
  readonly slackApiUrl: string;
  readonly botTokenForChannel: BotTokenForChannel;
  readonly discordApiUrl: string;
  readonly shardCount: number;
  readonly shards: readonly number[];
  readonly concurrency: number;
  readonly observe: (report: TickReport) => void;
  /** Asked after each accepted post or reveal: true kills the instance there (before it records it). */
  readonly dieAfterPublish: (instanceId: string) => boolean;
}

export function startSimInstance(options: SimInstanceOptions): SimInstance {
  let dead = false;
  let markDead: () => void = () => undefined;
  const died = new Promise<void>((resolve) => {
    markDead = resolve;
  });
  const connection = killable(options.store, () => dead);
  const engine = createEngine({
    store: connection.store,
    clock: options.clock,
    random: options.random,
    questions: options.questions,
  });
  const { logger } = options;

  // Slack, as createBoltRuntime builds it: a retrying client for reads and edits, a poster that never
  // repeats a post; both route each call to its workspace's token.
  const clientOptions = {
    slackApiUrl: options.slackApiUrl,
    rejectRateLimitedCalls: true,
    timeout: 10_000,
    logLevel: LogLevel.ERROR,
  };
  const client = new WorkspaceRoutedWebClient(options.botTokenForChannel, {
    ...clientOptions,
    retryConfig: { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 5000 },
  });
  const poster = new WorkspaceRoutedWebClient(options.botTokenForChannel, {
    ...clientOptions,
    retryConfig: { retries: 0 },
  });
  const slackConfig = parseSlackConfig({
    // One token per workspace comes from the lookup; this one is never used for a channel's call.
    SLACK_BOT_TOKEN: 'xoxb-unused-per-workspace-tokens',
    SLACK_SIGNING_SECRET: '0123456789abcdef0123456789abcdef',
    SLACK_API_URL: options.slackApiUrl,
  });
  const countAnswers = (roundId: string) => engine.countAnswers(roundId);
  const slack = createSlackPublisher({
    client,
    poster,
    token: new TokenHealth({ clock: options.clock, logger, probe: () => client.auth.test() }),
    config: slackConfig,
    logger,
    counts: new AnswerCounts({
      client,
      clock: options.clock,
      timers: systemTimers,
      intervalMs: 1_000,
      countAnswers,
      logger,
    }),
    posted: new Map(),
    countAnswers,
  });

  const discordAdapter = createDiscordAdapter(
    {
      engine,
      config: parseDiscordConfig({
        DISCORD_TOKEN: 'MTAwMDAwMDAwMDAwMDAwMDAx.sim.discord-bot-token',
        DISCORD_APPLICATION_ID: '100000000000000001',
        DISCORD_API_URL: options.discordApiUrl,
        ...(options.shards.length > 0
          ? { DISCORD_SHARD_IDS: options.shards.join(','), DISCORD_SHARD_COUNT: String(options.shardCount) }
          : {}),
      }),
      logger,
      clock: options.clock,
    },
    { duelSweepMs: 0 },
  );

  const kill = (): void => {
    dead = true;
    markDead();
  };
  /** The crash point: the platform took the post (or reveal), the instance dies before recording it. */
  const mortal = (publisher: RoundPublisher): RoundPublisher => {
    const afterwards = async (result: Promise<PublishResult>): Promise<PublishResult> => {
      const answer = await result;
      if (answer.ok && !dead && options.dieAfterPublish(options.id)) kill();
      return dead ? new Promise<PublishResult>(() => undefined) : answer;
    };
    return {
      ...publisher,
      platform: publisher.platform,
      postRound: (channel, round, opts) => afterwards(publisher.postRound(channel, round, opts)),
      postResults: (channel, results, opts) => afterwards(publisher.postResults(channel, results, opts)),
    };
  };

  const scheduler = createScheduler({
    engine,
    clock: options.clock,
    publishers: [mortal(slack), mortal(discordAdapter.publisher)],
    logger,
    instanceId: options.id,
    settings: { concurrency: options.concurrency },
    observe: options.observe,
  });

  return {
    id: options.id,
    engine,
    scheduler,
    shards: options.shards,
    died,
    isDead: () => dead,
    kill,
    async retire() {
      await connection.idle();
      await discordAdapter.client.destroy();
      await options.closeStore();
    },
  };
}
