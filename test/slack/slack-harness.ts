import { Writable } from 'node:stream';
import pino from 'pino';
import type { ChartRenderer } from '../../adapters/shared/charts/index.ts';
import { parseSlackConfig } from '../../adapters/slack/config.ts';
import { createSlackAdapter, type SlackAdapter } from '../../adapters/slack/index.ts';
import type { Question } from '../../src/content/question.ts';
import type { QuizEngine } from '../../src/engine/api.ts';
import { createEngine } from '../../src/engine/create-engine.ts';
import type { StorePort } from '../../src/engine/store-port.ts';
import { createMemoryStore } from '../../src/store/memory-store.ts';
import { type FakeClock, fakeClock } from '../fakes/fake-clock.ts';
import { ManualTimers } from '../fakes/manual-timers.ts';
import { SAMPLE_QUESTIONS } from '../fakes/sample-questions.ts';
import { seededRandom } from '../fakes/seeded-random.ts';
import { FakeSlackApi, type ResponsePost } from '../fakes/slack/fake-slack-api.ts';
import { blockAction, slashCommand, type Who } from '../fakes/slack/payloads.ts';
import { postCommand, postInteraction, type SignedPost } from '../fakes/slack/signed-requests.ts';

export const SECRET = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';

/** A long Chinese note answer with a code block, for the reveal's fit. */
export const LONG_ZH_QUESTION: Question = {
  id: 'q-zh-long',
  cardId: 'card-zh-long',
  deck: 'docker-interview-zh',
  kind: 'choice',
  lang: 'zh',
  stem: 'Docker 容器与虚拟机最主要的区别是什么？',
  options: ['容器共享宿主机内核', '容器自带完整操作系统', '容器只能运行在 Windows 上', '容器不能联网'],
  correctIndex: 0,
  answer: `${'容器是一种轻量级的虚拟化技术，它与宿主机共享同一个内核，通过命名空间与控制组实现隔离。'.repeat(60)}\n\`\`\`\ndocker run -it --rm ubuntu bash\n${'echo 你好 && '.repeat(200)}\n\`\`\`\n结束。`,
  source: { file: 'docker-interview-zh.md', line: 120 },
  sectionPath: ['Docker 面试题', '基础', '容器与虚拟机'],
  tags: [],
};

export interface SlackHarness {
  readonly api: FakeSlackApi;
  readonly engine: QuizEngine;
  readonly store: StorePort;
  readonly clock: FakeClock;
  readonly timers: ManualTimers;
  readonly adapter: SlackAdapter;
  readonly url: string;
  readonly logs: Record<string, unknown>[];
  command(
    who: Who,
    channel: string,
    text: string,
    options?: { timestamp?: number; signature?: string },
  ): Promise<{ post: SignedPost; responseUrl: string }>;
  click(
    who: Who,
    channel: string,
    action: { actionId: string; value: string; messageTs?: string },
    options?: { ephemeral?: boolean; timestamp?: number; signature?: string },
  ): Promise<{ post: SignedPost; responseUrl: string }>;
  /** The first response_url post for this URL (waits for it). */
  reply(responseUrl: string): Promise<ResponsePost>;
  close(): Promise<void>;
}

/** What the user would read in a message: its blocks (or text) as one searchable string. */
export function textOf(message: { text?: unknown; blocks?: unknown }): string {
  return JSON.stringify(message.blocks ?? message.text ?? '');
}

export async function slackHarness(
  options: {
    questions?: readonly Question[];
    env?: Record<string, string>;
    start?: string;
    withReload?: boolean;
    defaultSchedule?: { postTime: string; closeTime: string };
    /** Wraps the store the engine uses (to hold or fail its calls); `store` stays the bare one. */
    wrapStore?: (store: StorePort) => StorePort;
    /** Runs before the adapter starts (to make the fake refuse start-up calls). */
    beforeStart?: (api: FakeSlackApi) => void;
    /** Draws the pictures of leaderboards and stats (the test owns and closes it); none: text only. */
    charts?: ChartRenderer;
  } = {},
): Promise<SlackHarness> {
  const api = await new FakeSlackApi().start();
  api.addChannel('C1', 'general');
  api.addChannel('C2', 'random');
  api.addUser({ id: 'UADMIN', teamId: 'T1', name: 'Ada Admin', isAdmin: true });
  api.addUser({ id: 'UOWNER', teamId: 'T1', name: 'Olga Owner', isOwner: true });
  api.addUser({ id: 'UBOB', teamId: 'T1', name: 'Bob' });
  api.addUser({ id: 'UCAROL', teamId: 'T1', name: 'Carol' });
  api.addUser({ id: 'UROBOT', teamId: 'T1', name: 'robot', isBot: true });
  const store = createMemoryStore();
  const clock = fakeClock(options.start ?? '2026-01-05T08:00:00Z');
  const engine = createEngine({
    store: options.wrapStore?.(store) ?? store,
    clock,
    random: seededRandom(11),
    questions: options.questions ?? [...SAMPLE_QUESTIONS, LONG_ZH_QUESTION],
  });
  const timers = new ManualTimers(() => clock.now().getTime());
  const logs: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean))
        logs.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const logger = pino({ level: 'info' }, destination);
  const config = parseSlackConfig({
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_PORT: '0',
    SLACK_HOST: '127.0.0.1',
    SLACK_API_URL: api.apiUrl,
    SLACK_API_RETRIES: '0',
    SLACK_COUNT_UPDATE_MS: '2000',
    ...options.env,
  });
  const adapter = createSlackAdapter({
    engine,
    config,
    logger,
    clock,
    timers,
    notesLang: 'en',
    ...(options.charts === undefined ? {} : { charts: options.charts }),
    ...(options.defaultSchedule === undefined ? {} : { defaultSchedule: options.defaultSchedule }),
    ...(options.withReload
      ? { reloadContent: async () => ({ added: 1, updated: 2, retired: 3, problems: 0 }) }
      : {}),
  });
  options.beforeStart?.(api);
  await adapter.start();
  const url = `http://127.0.0.1:${adapter.port()}/slack/events`;
  return {
    api,
    engine,
    store,
    clock,
    timers,
    adapter,
    url,
    logs,
    async command(who, channel, text, signing = {}) {
      const responseUrl = api.newResponseUrl();
      const post = await postCommand(url, slashCommand(who, channel, text, responseUrl), {
        secret: SECRET,
        ...signing,
      });
      return { post, responseUrl };
    },
    async click(who, channel, action, opts = {}) {
      const responseUrl = api.newResponseUrl();
      const { ephemeral, ...signing } = opts;
      const post = await postInteraction(
        url,
        blockAction(who, channel, action, responseUrl, { ephemeral: ephemeral ?? false }),
        {
          secret: SECRET,
          ...signing,
        },
      );
      return { post, responseUrl };
    },
    async reply(responseUrl) {
      return api.waitFor(() => api.responsesTo(responseUrl)[0]);
    },
    async close() {
      await adapter.stop();
      await api.stop();
      await store.close();
    },
  };
}

export const T1 = (user: string, userName?: string): Who => ({
  team: 'T1',
  user,
  ...(userName ? { userName } : {}),
});
