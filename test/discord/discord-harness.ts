import { Writable } from 'node:stream';
import pino from 'pino';
import {
  createDiscordAdapter,
  type DiscordAdapter,
  type DiscordAdapterOptions,
} from '../../adapters/discord/index.ts';
import type { ChartRenderer } from '../../adapters/shared/charts/index.ts';
import type { Question } from '../../src/content/question.ts';
import type { QuizEngine } from '../../src/engine/api.ts';
import { createEngine, type EngineSettings } from '../../src/engine/create-engine.ts';
import type { StorePort } from '../../src/engine/store-port.ts';
import { createMemoryStore } from '../../src/store/memory-store.ts';
import {
  type FakeGuild,
  type FakeUser,
  nextSnowflake,
  PERMISSIONS,
} from '../fakes/discord/discord-fixtures.ts';
import { FakeDiscord, type InteractionState, type StoredMessage } from '../fakes/discord/fake-discord.ts';
import type { Where } from '../fakes/discord/fake-interactions.ts';
import { type FakeClock, fakeClock } from '../fakes/fake-clock.ts';
import { SAMPLE_QUESTIONS } from '../fakes/sample-questions.ts';
import { seededRandom } from '../fakes/seeded-random.ts';

/**
 * One Discord server on the fake gateway + REST, the real discord.js client inside our adapter, the real
 * engine on the in-memory store, and a clock the test moves. Every test file builds its own and closes it.
 */

const repeat = (s: string, n: number): string => s.repeat(Math.ceil(n / s.length)).slice(0, n);

/** A question at the content contract's limits, in Chinese: 1,500-character stem, 75-character options. */
export const LONG_ZH_QUESTION: Question = {
  id: 'q-zh-long',
  cardId: 'card-zh-long',
  deck: 'docker-zh',
  kind: 'choice',
  lang: 'zh',
  stem: repeat('容器编排中的服务发现与负载均衡，', 1500),
  options: [0, 1, 2, 3].map((i) => `${i}${repeat('镜像层缓存与构建上下文的关系说明', 74)}`),
  correctIndex: 0,
  answer: repeat('答案：Docker 镜像由只读层组成，容器在其上添加可写层。', 9000),
  source: { file: 'docker-zh.md', line: 7 },
  sectionPath: [repeat('很长的章节标题', 150), 'Docker 深入', '镜像层'],
  tags: [],
};

export interface DiscordHarness {
  readonly fake: FakeDiscord;
  readonly adapter: DiscordAdapter;
  readonly engine: QuizEngine;
  readonly store: StorePort;
  readonly clock: FakeClock;
  readonly guild: FakeGuild;
  readonly alice: FakeUser;
  readonly bob: FakeUser;
  readonly carol: FakeUser;
  /** The server's owner (who gets the bot's notices when nobody else can). */
  readonly owner: FakeUser;
  readonly logs: string[];
  /** Where alice (or another user) acts: the guild's #general. */
  at(user: FakeUser, extra?: Partial<Where>): Where;
  /** The message the bot created or updated in answer to an interaction. */
  responseOf(interaction: InteractionState): Promise<StoredMessage>;
  close(): Promise<void>;
}

export async function discordHarness(
  options: {
    questions?: readonly Question[];
    settings?: Partial<EngineSettings>;
    adapter?: DiscordAdapterOptions;
    engine?: (engine: QuizEngine) => QuizEngine;
    preferredLocale?: string;
    dailyChannel?: boolean;
    heartbeatIntervalMs?: number;
    /** Wraps the in-memory store (a test that holds or counts store calls). */
    store?: (store: StorePort) => StorePort;
    /** Draws the pictures of /leaderboard and /stats (the test owns and closes it); none: text only. */
    charts?: ChartRenderer;
  } = {},
): Promise<DiscordHarness> {
  const owner: FakeUser = { id: nextSnowflake(), username: 'owner' };
  const guild: FakeGuild = {
    id: nextSnowflake(),
    name: 'Team Notes',
    ownerId: owner.id,
    preferredLocale: options.preferredLocale ?? 'en-US',
    channels: [
      { id: nextSnowflake(), name: 'general' },
      { id: nextSnowflake(), name: 'quiz' },
    ],
  };
  const clock = fakeClock('2026-01-05T10:00:00Z');
  const fake = await FakeDiscord.start({
    guilds: [guild],
    now: () => clock.now(),
    ...(options.heartbeatIntervalMs === undefined
      ? {}
      : { heartbeatIntervalMs: options.heartbeatIntervalMs }),
  });
  const memory = createMemoryStore();
  const store = options.store ? options.store(memory) : memory;
  const realEngine = createEngine({
    store,
    clock,
    random: seededRandom(11),
    questions: options.questions ?? [...SAMPLE_QUESTIONS, LONG_ZH_QUESTION],
    settings: options.settings ?? {},
  });
  const engine = options.engine ? options.engine(realEngine) : realEngine;
  const logs: string[] = [];
  const logger = pino(
    { level: 'debug' },
    new Writable({
      write(chunk, _encoding, callback) {
        logs.push(String(chunk));
        callback();
      },
    }),
  );
  const channel = guild.channels[1];
  const adapter = createDiscordAdapter(
    {
      engine,
      logger,
      clock,
      config: {
        token: 'MTA.fake.token',
        applicationId: fake.applicationId,
        apiUrl: fake.apiUrl,
        devGuildId: undefined,
        dailyChannelId: options.dailyChannel && channel ? channel.id : undefined,
      },
      reloadContent: async () => ({ added: 1, updated: 2, retired: 0, problems: 1 }),
      ...(options.charts === undefined ? {} : { charts: options.charts }),
    },
    { duelSweepMs: 0, liveCountThrottleMs: 5, ...options.adapter },
  );
  await adapter.start();
  const general = guild.channels[0];
  if (general === undefined) throw new Error('no channel');
  return {
    fake,
    adapter,
    engine,
    store,
    clock,
    guild,
    alice: { id: nextSnowflake(), username: 'alice' },
    bob: { id: nextSnowflake(), username: 'bob' },
    carol: { id: nextSnowflake(), username: 'carol' },
    owner,
    logs,
    at: (user, extra = {}) => ({ guild, channel: general, user, permissions: PERMISSIONS.member, ...extra }),
    async responseOf(interaction) {
      await fake.callbackOf(interaction.id);
      const id = fake.interactions.get(interaction.id)?.originalId;
      const message = id === null || id === undefined ? undefined : fake.messages.get(id);
      if (message === undefined) throw new Error(`interaction ${interaction.id} produced no message`);
      return message;
    },
    async close() {
      await adapter.stop();
      await fake.close();
    },
  };
}
