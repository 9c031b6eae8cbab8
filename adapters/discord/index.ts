import { Client, Events, GatewayIntentBits, type RateLimitData } from 'discord.js';
import type { Logger } from 'pino';
import type { Lang } from '../../src/content/question.ts';
import type { QuizEngine } from '../../src/engine/api.ts';
import type { Clock } from '../../src/engine/clock.ts';
import { DEFAULT_ENGINE_SETTINGS } from '../../src/engine/engine-settings.ts';
import { NO_PLATFORM_METRICS, type PlatformMetrics } from '../../src/ops/metrics-port.ts';
import type { RoundPublisher } from '../../src/schedule/publisher.ts';
import type { ChartRenderer } from '../shared/charts/png/chart-worker.ts';
import { chartDrawer } from '../shared/draw-chart.ts';
import { systemTimers } from '../shared/timers.ts';
import { DISCORD_GLOBAL_LIMIT, type DiscordConfig } from './config.ts';
import { DailyLiveCount } from './daily-live-count.ts';
import { countingTransport, DISCORD_INTERACTION_KINDS } from './discord-metrics.ts';
import { DuelAnnouncer } from './duel-announcer.ts';
import { GuildDirectory } from './guild-directory.ts';
import { ensureDailyChannel, GuildChannelBook, pauseRemovedGuild } from './guild-lifecycle.ts';
import { createInteractionRouter } from './interaction-router.ts';
import { langFromLocale } from './messages.ts';
import { PauseNotices } from './pause-notice.ts';
import { discordChannelOf } from './platform-ids.ts';
import { postDiscordDigest } from './post-digest.ts';
import { createDiscordPublisher } from './publisher.ts';
import { clientShardOptions, SINGLE_SHARD } from './shard-plan.ts';
import {
  type ShardReport,
  type ShardState,
  shardLiveness,
  shardReadiness,
  shardStates,
} from './shard-status.ts';

export interface DiscordAdapterDeps {
  readonly engine: QuizEngine;
  readonly config: DiscordConfig;
  readonly logger: Logger;
  readonly clock: Clock;
  readonly reloadContent?: () => Promise<{
    added: number;
    updated: number;
    retired: number;
    problems: number;
  }>;
  /** Draws the pictures of /leaderboard and /stats (main's, shared by every platform); none: text only. */
  readonly charts?: ChartRenderer;
  /** Interactions, acks and REST 429s for GET /metrics; none when absent. */
  readonly metrics?: PlatformMetrics;
}

export interface DiscordAdapterOptions {
  /** Defer an interaction whose handler is still busy after this long (Discord drops it at 3,000 ms). */
  readonly ackDeadlineMs?: number;
  /**
   * How often pending and stale duels are expired and announced; 0 turns the timer off. main turns it off
   * because the scheduler expires duels on every platform and announces Discord's via the publisher.
   */
  readonly duelSweepMs?: number;
  /** How long facts about a server on another instance's shard (language, owner), fetched from REST, are kept. */
  readonly guildFactsTtlMs?: number;
  /** At most one edit of a daily post's live count per round per this many ms. */
  readonly liveCountThrottleMs?: number;
  /** A 429 asking to wait longer than this is returned to the caller (the scheduler backs off) instead of waited out. */
  readonly maxRateLimitWaitMs?: number;
  /**
   * Post and reveal times for a schedule created without them (/quiz-admin schedule, DISCORD_DAILY_CHANNEL_ID);
   * default the engine's. The time zone always comes from the channel (the engine's default zone).
   */
  readonly defaultSchedule?: { readonly postTime: string; readonly closeTime: string };
}

export interface DiscordAdapter {
  readonly client: Client;
  readonly publisher: RoundPublisher;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Expires due duels now and announces them; what the timer runs. */
  sweepDuels(): Promise<number>;
  /** Each gateway shard of this process: ready, reconnecting or down. */
  shardStatus(): readonly ShardState[];
  /** For /readyz: ok when every shard is ready, else one short line naming the others. */
  readiness(): ShardReport;
  /** For /healthz: fails only when a shard is down for good (a restart is the cure). */
  liveness(): ShardReport;
}

/**
 * The Discord adapter: a discord.js client with the Guilds intent only (slash commands and buttons need no
 * privileged intent), the interaction router, the daily-question publisher for the scheduler, and the duel
 * expiry timer. DISCORD_API_URL moves REST — and, through GET /gateway/bot, the gateway — elsewhere.
 * The client runs the shards of `config.shards` (internal sharding): interactions arrive only for the
 * servers of those shards, while everything the scheduler sends goes through REST and works for any server.
 */
export function createDiscordAdapter(
  deps: DiscordAdapterDeps,
  options: DiscordAdapterOptions = {},
): DiscordAdapter {
  const { engine, config, logger } = deps;
  const maxWait = options.maxRateLimitWaitMs ?? 10_000;
  const metrics = deps.metrics ?? NO_PLATFORM_METRICS;
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    ...clientShardOptions(config.shards ?? SINGLE_SHARD),
    rest: {
      ...(config.apiUrl === undefined ? {} : { api: config.apiUrl }),
      rejectOnRateLimit: (data: RateLimitData) => data.retryAfter > maxWait,
      // The global limit is the bot's, shared by every instance: each paces itself at its configured share.
      globalRequestsPerSecond: config.restRequestsPerSecond ?? DISCORD_GLOBAL_LIMIT,
      makeRequest: countingTransport(metrics),
    },
  });
  client.rest.setToken(config.token);

  const directory = new GuildDirectory({
    client,
    clock: deps.clock,
    logger,
    ttlMs: options.guildFactsTtlMs ?? 600_000,
  });
  const publicLangOf = async (tenantId: string, guildId: string): Promise<Lang> =>
    (await engine.tenantLang(tenantId)) ??
    langFromLocale((await directory.guild(guildId))?.preferredLocale ?? undefined) ??
    'en';

  const announcer = new DuelAnnouncer({
    rest: client.rest,
    engine,
    logger,
    publicLangOf,
  });
  const liveCount = new DailyLiveCount({
    rest: client.rest,
    engine,
    logger,
    publicLangOf,
    throttleMs: options.liveCountThrottleMs ?? 5_000,
    clock: deps.clock,
    timers: systemTimers,
  });
  const pauseNotices = new PauseNotices({
    rest: client.rest,
    logger,
    ownerOf: async (guildId) => (await directory.guild(guildId))?.ownerId ?? null,
  });
  const defaultSchedule = options.defaultSchedule ?? {
    postTime: DEFAULT_ENGINE_SETTINGS.defaultPostTime,
    closeTime: DEFAULT_ENGINE_SETTINGS.defaultCloseTime,
  };
  const handle = createInteractionRouter(
    {
      engine,
      rest: client.rest,
      logger,
      clock: deps.clock,
      announcer,
      liveCount,
      pauseNotices,
      defaultSchedule,
      reloadContent: deps.reloadContent,
      charts:
        deps.charts === undefined
          ? null
          : chartDrawer({ renderer: deps.charts, timers: systemTimers, logger }),
    },
    {
      ackDeadlineMs: options.ackDeadlineMs ?? 2_000,
      logger,
      inbound: metrics.inbound(DISCORD_INTERACTION_KINDS),
    },
  );
  const inFlight = new Set<Promise<void>>();
  client.on(Events.InteractionCreate, (interaction) => {
    const run = handle(interaction);
    inFlight.add(run);
    void run.finally(() => inFlight.delete(run));
  });
  const book = new GuildChannelBook();
  client.on(Events.GuildCreate, (guild) => book.remember(guild));
  client.on(Events.GuildAvailable, (guild) => book.remember(guild));
  client.on(Events.ClientReady, (ready) => {
    for (const guild of ready.guilds.cache.values()) book.remember(guild);
  });
  client.on(Events.ChannelCreate, (channel) => book.add(channel.guildId, channel.id));
  client.on(Events.GuildDelete, (guild) => {
    pauseRemovedGuild(engine, guild.id, book.take(guild.id), logger).catch((error: unknown) =>
      logger.error({ err: error, guildId: guild.id }, 'discord: pausing a removed server failed'),
    );
  });
  client.on(Events.ShardResume, (shardId, replayed) =>
    logger.info({ shardId, replayed }, 'discord: gateway resumed'),
  );
  client.on(Events.ShardReconnecting, (shardId) => logger.warn({ shardId }, 'discord: gateway reconnecting'));
  client.on(Events.ShardReady, (shardId) => logger.info({ shardId }, 'discord: shard ready'));
  client.on(Events.ShardDisconnect, (event, shardId) =>
    logger.error(
      { shardId, code: event.code },
      'discord: shard closed for good (discord.js will not reconnect it); restart the process',
    ),
  );
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord: client error'));
  client.rest.on('rateLimited', (info) =>
    logger.warn(
      { route: info.route, retryAfter: info.retryAfter, global: info.global },
      'discord: rate limited',
    ),
  );

  let sweepTimer: ReturnType<typeof setInterval> | null = null;
  let sweeping: Promise<number> | null = null;
  const sweepDuels = async (): Promise<number> => {
    // One sweep at a time: a slow store must not pile up overlapping expiry runs.
    sweeping ??= announcer.sweep().finally(() => {
      sweeping = null;
    });
    return sweeping;
  };

  return {
    client,
    publisher: {
      ...createDiscordPublisher({
        rest: client.rest,
        logger,
        countAnswers: (id) => engine.countAnswers(id),
        onPermanentFailure: (channel, code, lang) => pauseNotices.tell(channel, code, lang),
      }),
      async channelLang(channel) {
        const place = discordChannelOf(channel.id);
        if (place === null) return null;
        return langFromLocale((await directory.guild(place.guildId))?.preferredLocale ?? undefined);
      },
      postDigest: (channel, report, options) => postDiscordDigest(client.rest, channel, report, options),
      // The scheduler's duel expiry lands here: the same edit-and-announce as the adapter's own sweep.
      async announceDuelSettlement(settlement) {
        await announcer.refresh(settlement.duel.id, settlement);
        return { ok: true, postRef: settlement.duel.postRef ?? `duel:${settlement.duel.id}` };
      },
    },
    sweepDuels,
    shardStatus: () => shardStates(client),
    readiness: () => shardReadiness(shardStates(client)),
    liveness: () => shardLiveness(shardStates(client)),
    async start() {
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      await client.login(config.token);
      await ready;
      logger.info(
        {
          user: client.user?.tag,
          guilds: client.guilds.cache.size,
          shards: [...client.ws.shards.keys()],
          shardCount: client.options.shardCount,
        },
        'discord: connected',
      );
      if (config.dailyChannelId !== undefined)
        await ensureDailyChannel(engine, directory, config.dailyChannelId, defaultSchedule, logger);
      const every = options.duelSweepMs ?? 60_000;
      if (every > 0) {
        sweepTimer = setInterval(() => {
          sweepDuels().catch((error: unknown) => logger.error({ err: error }, 'discord: duel sweep failed'));
        }, every);
        sweepTimer.unref();
      }
    },
    async stop() {
      if (sweepTimer !== null) clearInterval(sweepTimer);
      sweepTimer = null;
      await Promise.allSettled([...inFlight]);
      await sweeping?.catch(() => 0);
      await liveCount.stop();
      await announcer.idle();
      await client.destroy();
    },
  };
}

export type { DiscordConfig } from './config.ts';
export { discordEnvSchema, isDiscordConfigured, parseDiscordConfig } from './config.ts';
export { registerDiscordCommands } from './register-commands.ts';
