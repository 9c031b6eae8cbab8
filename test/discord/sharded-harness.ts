import pino from 'pino';
import { createDiscordAdapter, type DiscordAdapter } from '../../adapters/discord/index.ts';
import type { QuizEngine } from '../../src/engine/api.ts';
import { createEngine } from '../../src/engine/create-engine.ts';
import type { StorePort } from '../../src/engine/store-port.ts';
import { createScheduler, type Scheduler } from '../../src/schedule/scheduler.ts';
import { createMemoryStore } from '../../src/store/memory-store.ts';
import {
  type FakeGuild,
  type FakeUser,
  nextSnowflake,
  PERMISSIONS,
  snowflakeOnShard,
} from '../fakes/discord/discord-fixtures.ts';
import { FakeDiscord } from '../fakes/discord/fake-discord.ts';
import type { Where } from '../fakes/discord/fake-interactions.ts';
import { type FakeClock, fakeClock } from '../fakes/fake-clock.ts';
import { SAMPLE_QUESTIONS } from '../fakes/sample-questions.ts';
import { seededRandom } from '../fakes/seeded-random.ts';

/**
 * One bot on several gateway shards: the fake Discord, servers placed on chosen shards, and one or more
 * instances (a real discord.js client in our adapter, an engine and a scheduler each) on one shared
 * in-memory store, as several processes share one database. Each instance runs the shards it is given.
 */

export interface ShardedServer {
  readonly guild: FakeGuild;
  /** The shard Discord sends this server's events to. */
  readonly shard: number;
  readonly owner: FakeUser;
  /** #general and #quiz. */
  readonly general: FakeGuild['channels'][number];
  readonly quiz: FakeGuild['channels'][number];
  /** Where `user` acts in this server (#general unless `extra` says otherwise). */
  at(user: FakeUser, extra?: Partial<Where>): Where;
}

export interface ShardedInstance {
  readonly name: string;
  readonly shards: readonly number[];
  readonly adapter: DiscordAdapter;
  readonly engine: QuizEngine;
  readonly scheduler: Scheduler;
  /** Ids of the interactions this instance's client received. */
  readonly received: string[];
}

export interface ShardedDiscord {
  readonly fake: FakeDiscord;
  readonly store: StorePort;
  readonly clock: FakeClock;
  readonly servers: readonly ShardedServer[];
  readonly instances: readonly ShardedInstance[];
  close(): Promise<void>;
}

export async function shardedDiscord(options: {
  readonly shardCount: number;
  /** One entry per instance (process): the shard ids it runs. */
  readonly instances: readonly (readonly number[])[];
  /** One server per entry, on that shard. */
  readonly servers: readonly { readonly shard: number; readonly preferredLocale?: string }[];
  /** DISCORD_DAILY_CHANNEL_ID of every instance: #quiz of the server at this index. */
  readonly dailyChannelOf?: number;
}): Promise<ShardedDiscord> {
  const clock = fakeClock('2026-01-05T10:00:00Z');
  const servers: ShardedServer[] = options.servers.map(({ shard, preferredLocale }, i) => {
    const owner: FakeUser = { id: nextSnowflake(), username: `owner-${i}` };
    const general = { id: nextSnowflake(), name: 'general' };
    const quiz = { id: nextSnowflake(), name: 'quiz' };
    const guild: FakeGuild = {
      id: snowflakeOnShard(shard, options.shardCount),
      name: `Server ${i} on shard ${shard}`,
      ownerId: owner.id,
      preferredLocale: preferredLocale ?? 'en-US',
      channels: [general, quiz],
    };
    return {
      guild,
      shard,
      owner,
      general,
      quiz,
      at: (user, extra = {}) => ({
        guild,
        channel: general,
        user,
        permissions: PERMISSIONS.member,
        ...extra,
      }),
    };
  });
  const fake = await FakeDiscord.start({
    guilds: servers.map((s) => s.guild),
    now: () => clock.now(),
    recommendedShards: options.shardCount,
    // Like a large bot's gateway: shards of one process identify together instead of 5 s apart.
    maxConcurrency: 16,
  });
  const store = createMemoryStore();
  const quiet = pino({ level: 'silent' });
  const dailyChannel =
    options.dailyChannelOf === undefined ? undefined : servers[options.dailyChannelOf]?.quiz.id;
  const instances: ShardedInstance[] = [];
  try {
    for (const [i, shards] of options.instances.entries()) {
      const name = `instance-${i}`;
      const engine = createEngine({
        store,
        clock,
        random: seededRandom(11 + i),
        questions: SAMPLE_QUESTIONS,
        settings: {},
      });
      const adapter = createDiscordAdapter(
        {
          engine,
          logger: quiet,
          clock,
          config: {
            token: 'MTA.fake.token',
            applicationId: fake.applicationId,
            apiUrl: fake.apiUrl,
            devGuildId: undefined,
            dailyChannelId: dailyChannel,
            shards: { kind: 'fixed', count: options.shardCount, ids: shards },
          },
        },
        { duelSweepMs: 0, liveCountThrottleMs: 5 },
      );
      const received: string[] = [];
      adapter.client.on('interactionCreate', (interaction) => received.push(interaction.id));
      const scheduler = createScheduler({
        engine,
        clock,
        publishers: [adapter.publisher],
        logger: quiet,
        instanceId: name,
      });
      instances.push({ name, shards, adapter, engine, scheduler, received });
      await adapter.start();
    }
  } catch (error) {
    await Promise.allSettled(instances.map((instance) => instance.adapter.stop()));
    await fake.close();
    throw error;
  }
  return {
    fake,
    store,
    clock,
    servers,
    instances,
    async close() {
      for (const instance of instances) {
        await instance.scheduler.stop();
        await instance.adapter.stop();
      }
      await fake.close();
    },
  };
}
