/**
 * Daily fan-out: 1,000 Slack channels share one post time. The scheduler posts through the Slack adapter's
 * publisher and the real @slack/web-api WebClient to a local fake chat.postMessage that enforces Slack's
 * limit of about one message per second per channel (429 + Retry-After). Figures stand beside the
 * theoretical minimum measured in the same run.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebClient } from '@slack/web-api';
import { systemTimers } from '../adapters/shared/timers.ts';
import { AnswerCounts } from '../adapters/slack/answer-counts.ts';
import { parseSlackConfig } from '../adapters/slack/config.ts';
import { People } from '../adapters/slack/people.ts';
import { createSlackPublisher } from '../adapters/slack/publisher.ts';
import { TokenHealth } from '../adapters/slack/token-health.ts';
import { configuredNoticeTargets, type WorkspaceParts } from '../adapters/slack/workspaces.ts';
import type { Question } from '../src/content/question.ts';
import { systemClock } from '../src/engine/clock.ts';
import { createEngine } from '../src/engine/create-engine.ts';
import { createLogger } from '../src/logger.ts';
import { createScheduler } from '../src/schedule/scheduler.ts';
import { createMemoryStore } from '../src/store/memory-store.ts';
import type { BenchSection, Figure } from './report.ts';

const CHANNELS = 1_000;
const PER_CHANNEL_INTERVAL_MS = 1_000;

/** The smallest Slack Web API that a daily post needs, with Slack's per-channel message rate limit. */
async function startRateLimitedSlack() {
  const lastPost = new Map<string, number>();
  let posted = 0;
  let limited = 0;
  let seq = 0;
  const waiters: { count: number; resolve: () => void }[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString();
      const type = req.headers['content-type'] ?? '';
      const body: Record<string, unknown> = type.includes('json')
        ? (JSON.parse(raw) as Record<string, unknown>)
        : Object.fromEntries(new URLSearchParams(raw));
      const method = (req.url ?? '').replace(/^\/api\//, '').split('?')[0];
      const channel = String(body.channel ?? '');
      const send = (status: number, answer: Record<string, unknown>, headers: Record<string, string> = {}) =>
        res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(answer));
      if (method === 'chat.postMessage') {
        const now = Date.now();
        const last = lastPost.get(channel) ?? Number.NEGATIVE_INFINITY;
        if (now - last < PER_CHANNEL_INTERVAL_MS) {
          limited += 1;
          send(429, { ok: false, error: 'ratelimited' }, { 'retry-after': '1' });
          return;
        }
        lastPost.set(channel, now);
        posted += 1;
        seq += 1;
        for (const w of waiters.splice(0)) (posted >= w.count ? w.resolve : () => waiters.push(w))();
        send(200, { ok: true, channel, ts: `${Math.floor(now / 1000)}.${String(seq).padStart(6, '0')}` });
        return;
      }
      if (method === 'chat.update') return send(200, { ok: true, channel, ts: body.ts });
      send(200, { ok: true });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/`,
    stats: () => ({ posted, limited }),
    /** Pretends every channel just got another message, so the next post in it is limited. */
    touchAll: (ids: readonly string[], at: number) => {
      for (const id of ids) lastPost.set(id, at);
    },
    reset: () => {
      lastPost.clear();
      posted = 0;
      limited = 0;
    },
    postedAtLeast: (count: number) =>
      new Promise<void>((resolve) => (posted >= count ? resolve() : waiters.push({ count, resolve }))),
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function benchQuestions(): Question[] {
  return Array.from({ length: 20 }, (_, i) => ({
    id: `bench-q${i}`,
    cardId: `bench-card-${i}`,
    deck: 'bench',
    kind: 'choice' as const,
    lang: 'en' as const,
    stem: `Which command lists running containers? (${i})`,
    options: ['docker ps', 'docker ls', 'docker run', 'docker top'],
    correctIndex: 0,
    answer: '`docker ps`',
    source: { file: 'bench.md', line: i + 1 },
    sectionPath: ['Docker', `Q${i}`],
    tags: [],
  }));
}

async function setUp(apiUrl: string) {
  const logger = createLogger({ level: 'silent' });
  const store = createMemoryStore();
  const engine = createEngine({
    store,
    clock: systemClock,
    random: Math.random,
    questions: benchQuestions(),
  });
  const client = new WebClient('xoxb-bench', {
    slackApiUrl: apiUrl,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
  });
  const config = parseSlackConfig({
    SLACK_BOT_TOKEN: 'xoxb-bench',
    SLACK_APP_TOKEN: 'xapp-bench',
    SLACK_API_URL: apiUrl,
    SLACK_API_RETRIES: '0',
    SLACK_BOT_USER_ID: 'UBOT',
    SLACK_BOT_ID: 'BBOT',
  });
  const countAnswers = (roundId: string) => engine.countAnswers(roundId);
  const workspace: WorkspaceParts = {
    client,
    poster: client,
    token: new TokenHealth({ clock: systemClock, logger, probe: () => client.auth.test() }),
    people: new People(client, systemClock, config.adminUserIds),
    botId: config.botId,
    noticeTargets: configuredNoticeTargets(config),
  };
  const publisher = createSlackPublisher({
    workspaceOf: async () => workspace,
    logger,
    counts: new AnswerCounts({
      clock: systemClock,
      timers: systemTimers,
      intervalMs: 1_000,
      liveCount: (roundId) => engine.liveCount(roundId),
      showResults: async () => undefined,
      logger,
    }),
    posted: new Map(),
    countAnswers,
  });
  // Every channel posts "now": the post time is the current UTC minute, closing in an hour.
  const now = new Date();
  const hhmm = (d: Date) =>
    `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
  const close = new Date(now.getTime() + 3_600_000);
  const ids: string[] = [];
  for (let i = 0; i < CHANNELS; i++) {
    const channelId = `slack:T1:C${String(i).padStart(5, '0')}`;
    ids.push(`C${String(i).padStart(5, '0')}`);
    await engine.ensurePlace(
      { tenantId: 'slack:T1', tenantName: 'Bench' },
      { channelId, channelName: `quiz-${i}` },
    );
    await engine.setSchedule(channelId, {
      postTime: hhmm(now),
      closeTime: close.getUTCDate() === now.getUTCDate() ? hhmm(close) : '23:59',
      timezone: 'UTC',
      weekdays: [1, 2, 3, 4, 5, 6, 7],
      paused: false,
    });
  }
  const scheduler = (concurrency: number) =>
    createScheduler({
      engine,
      clock: systemClock,
      publishers: [publisher],
      logger,
      instanceId: `bench-${concurrency}`,
      settings: { concurrency },
    });
  return { ids, scheduler, client, store };
}

/**
 * The transport floor: the same number of chat.postMessage calls straight through the same WebClient with
 * the same number in flight, with no scheduler, engine or store around them.
 */
async function transportFloorMs(client: WebClient, inFlight: number): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < CHANNELS) {
        const i = next++;
        await client.chat.postMessage({ channel: `CFLOOR${i}`, text: 'Question of the day' });
      }
    }),
  );
  return performance.now() - started;
}

async function medianRoundTripMs(client: WebClient): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < 30; i++) {
    const started = performance.now();
    await client.chat.postMessage({ channel: `CRTT${i}`, text: 'ping' });
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? 0;
}

export default {
  async run(): Promise<BenchSection> {
    const slack = await startRateLimitedSlack();
    const figures: Figure[] = [];
    try {
      const { client } = await setUp(slack.url);
      const rtt = await medianRoundTripMs(client);
      slack.reset();
      const concurrency = 16;
      const floor = await transportFloorMs(client, concurrency);
      slack.reset();

      const { scheduler } = await setUp(slack.url);
      const started = performance.now();
      const report = await scheduler(concurrency).tick();
      const wall = performance.now() - started;
      if (report.posted.length !== CHANNELS) throw new Error(`posted ${report.posted.length} of ${CHANNELS}`);
      figures.push({
        name: `fan-out of ${CHANNELS.toLocaleString('en-US')} daily posts (one scheduler pass, ${concurrency} in flight)`,
        value: wall / 1000,
        unit: 's',
        baseline: {
          name: `transport floor (${CHANNELS.toLocaleString('en-US')} bare chat.postMessage calls, ${concurrency} in flight)`,
          value: floor / 1000,
          unit: 's',
        },
        note: `the per-channel limit alone would allow every channel at once: one round trip, ${(rtt / 1000).toFixed(3)} s; ${slack.stats().limited} × 429`,
      });

      {
        // Every channel got another message half a second before the post time: each first attempt is
        // refused with Retry-After: 1, and the scheduler's retry timer (start() mode) posts again.
        const { scheduler, ids } = await setUp(slack.url);
        slack.reset();
        slack.touchAll(ids, Date.now() - 500);
        const running = scheduler(concurrency);
        const started = performance.now();
        running.start();
        await slack.postedAtLeast(CHANNELS);
        const wall = performance.now() - started;
        await running.stop();
        const { limited } = slack.stats();
        figures.push({
          name: `fan-out of ${CHANNELS.toLocaleString('en-US')} posts when every channel is rate-limited first (429, Retry-After 1 s)`,
          value: wall / 1000,
          unit: 's',
          baseline: {
            name: 'theoretical minimum (the 1 s Slack asked to wait + the transport floor once for the refused and once for the accepted calls)',
            value: 1 + (2 * floor) / 1000,
            unit: 's',
          },
          note: `${limited} × 429 answered, ${CHANNELS} posts, none twice`,
        });
      }
    } finally {
      await slack.close();
    }
    return {
      id: 'schedule-fanout',
      title: 'Daily fan-out (scheduler → Slack publisher → WebClient → local rate-limited chat.postMessage)',
      method:
        `${CHANNELS.toLocaleString('en-US')} channels with the same post time on the in-memory store; one scheduler pass posts them all ` +
        "through the Slack adapter's publisher and @slack/web-api's WebClient to a fake chat.postMessage on 127.0.0.1 that allows " +
        'one message per second per channel (429 with Retry-After otherwise). Baseline: the same number of bare chat.postMessage ' +
        'calls through the same client with the same number in flight, measured in the same run (with one message per channel ' +
        'the limit itself would let every channel go at once, so the floor is the transport). The second figure starts the ' +
        'scheduler (start(): its retry timer, not the minute tick) with every channel refused once.',
      figures,
    };
  },
};
