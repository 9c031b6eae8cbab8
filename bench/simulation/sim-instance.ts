import { parseDiscordConfig } from '../../adapters/discord/config.ts';
import { createDiscordAdapter } from '../../adapters/discord/index.ts';
import { systemTimers } from '../../adapters/shared/timers.ts';
import { AnswerCounts } from '../../adapters/slack/answer-counts.ts';
import { boltLogger } from '../../adapters/slack/bolt-logger.ts';
import { parseSlackConfig } from '../../adapters/slack/config.ts';
import { SealedInstallations } from '../../adapters/slack/installations.ts';
import { createSlackPublisher } from '../../adapters/slack/publisher.ts';
import type { SealingKeys } from '../../adapters/slack/sealed-box.ts';
import { installedWorkspaces } from '../../adapters/slack/workspaces.ts';
import type { Question } from '../../src/content/question.ts';
import type { QuizEngine } from '../../src/engine/api.ts';
import type { Random } from '../../src/engine/clock.ts';
import { createEngine } from '../../src/engine/create-engine.ts';
import type { StorePort } from '../../src/engine/store-port.ts';
import type { Logger } from '../../src/logger.ts';
import { NO_PLATFORM_METRICS } from '../../src/ops/metrics-port.ts';
import type { PublishResult, RoundPublisher } from '../../src/schedule/publisher.ts';
import { createScheduler, type Scheduler, type TickReport } from '../../src/schedule/scheduler.ts';
import { killable } from '../../test/fakes/killable-store.ts';
import type { SimClock } from './sim-clock.ts';

/**
 * One notequiz instance of the simulation, in this process: its own database connection (pool), engine,
 * scheduler and the real Slack and Discord publishers (the adapters' own code, the real @slack/web-api
 * and discord.js REST clients, over HTTP to the fakes). Killing it is a dead process: every later store
 * call and every publisher answer never returns, and the fakes drop every request it makes from then on
 * (senders.ts).
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
  /** SLACK_INSTALLATION_KEY: what the installations in the shared database were sealed with. */
  readonly sealingKeys: SealingKeys;
  readonly discordApiUrl: string;
  readonly shardCount: number;
  /** DISCORD_REST_REQUESTS_PER_SECOND: this instance's share of the bot's global 50/s. */
  readonly discordRestShare: number;
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

  // Slack in OAuth mode, as the adapter runs it: each call finds the channel's workspace installation
  // (sealed in the shared database) and that workspace's clients, a retrying one for reads and edits and a
  // poster that never repeats a post.
  const slackConfig = parseSlackConfig({
    SLACK_CLIENT_ID: '1000000000.2000000000',
    SLACK_CLIENT_SECRET: '0123456789abcdef0123456789abcdef',
    SLACK_SIGNING_SECRET: '0123456789abcdef0123456789abcdef',
    SLACK_INSTALLATION_KEY: options.sealingKeys.current.toString('base64'),
    SLACK_API_URL: options.slackApiUrl,
  });
  const workspaces = installedWorkspaces({
    installations: new SealedInstallations({
      records: connection.store,
      keys: options.sealingKeys,
      clock: options.clock,
      logger,
    }),
    config: slackConfig,
    logger,
    boltLogger: boltLogger(logger),
    clock: options.clock,
    metrics: NO_PLATFORM_METRICS,
  });
  const slack = createSlackPublisher({
    workspaceOf: (teamId) => workspaces.of(teamId),
    logger,
    counts: new AnswerCounts({
      clock: options.clock,
      timers: systemTimers,
      intervalMs: 1_000,
      liveCount: (roundId) => engine.liveCount(roundId),
      // Answers in the simulation go through the engine, not Slack: no live count edit is ever sent.
      showResults: async () => undefined,
      logger,
    }),
    posted: new Map(),
    countAnswers: (roundId) => engine.countAnswers(roundId),
  });

  const discordAdapter = createDiscordAdapter(
    {
      engine,
      config: parseDiscordConfig({
        DISCORD_TOKEN: 'MTAwMDAwMDAwMDAwMDAwMDAx.sim.discord-bot-token',
        DISCORD_APPLICATION_ID: '100000000000000001',
        DISCORD_API_URL: options.discordApiUrl,
        DISCORD_REST_REQUESTS_PER_SECOND: String(options.discordRestShare),
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
