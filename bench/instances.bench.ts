/**
 * Issue 14: daily-answer clicks per second through 3 bot instances behind a round-robin load balancer,
 * against 1 instance behind the same balancer, on the same PostgreSQL database, in one run. Each instance
 * is a real process (test/instances/instance-child.ts: `notequiz start`'s composition root with Slack in
 * HTTP mode); the load generator and the fake Slack Web API are processes of their own as in
 * slack.bench.ts. Skipped (and said so) when PostgreSQL is not reachable.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ACTION, choiceValue } from '../adapters/slack/action-values.ts';
import type { QuizEngine } from '../src/engine/api.ts';
import { createEngine } from '../src/engine/create-engine.ts';
import type { StorePort } from '../src/engine/store-port.ts';
import { openStore } from '../src/store/open-store.ts';
import {
  dropSchema,
  postgresReachable,
  TEST_DATABASE_URL,
  uniqueSchemaName,
  urlWithSchema,
} from '../test/contract/postgres-harness.ts';
import { fakeClock } from '../test/fakes/fake-clock.ts';
import { blockAction } from '../test/fakes/slack/payloads.ts';
import { formBody } from '../test/fakes/slack/signed-requests.ts';
import { type BotInstance, startInstance } from '../test/instances/instances-harness.ts';
import { startRoundRobinBalancer } from '../test/instances/round-robin-balancer.ts';
import { benchQuestions } from './bench-questions.ts';
import type { BenchSection, Figure } from './report.ts';
import { type LoadGenerator, startFakeSlack, startLoadGenerator } from './slack-processes.ts';

const SECRET = 'b3cdb3cdb3cdb3cd0123456789abcdef';
/** The instances' (fake) time: inside every bench round's open window. */
const CLOCK = '2026-03-02T12:00:00Z';
const RUNS = [
  { rate: 400, seconds: 8 },
  { rate: 1200, seconds: 8 },
] as const;
const WARM_UP = { rate: 300, seconds: 4 } as const;
const ACK_CAP_MS = 20_000;
const SETTLE_CAP_MS = 30_000;
const ROOT = path.resolve(import.meta.dirname, '..');

interface Measured {
  readonly acked: number;
  readonly sent: number;
  readonly ackRate: number;
  /** Answers in the store per second, from the first click to the last answer stored. */
  readonly storedRate: number;
  readonly stored: number;
  readonly p50: number;
  readonly p99: number;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function freshRound(engine: QuizEngine, channel: string): Promise<string> {
  const channelId = `slack:T1:${channel}`;
  await engine.ensurePlace(
    { tenantId: 'slack:T1', tenantName: 'bench' },
    { channelId, channelName: channel },
  );
  await engine.setSchedule(channelId, {
    postTime: '00:00',
    closeTime: '23:59',
    timezone: 'UTC',
    weekdays: [1, 2, 3, 4, 5, 6, 7],
    paused: false,
  });
  const opened = await engine.openDailyRound(channelId);
  if (!opened.ok) throw new Error(`bench: could not open a round (${opened.code})`);
  return opened.value.round.id;
}

/** Offers clicks by new players to a fresh round through `url`, then waits for the store to hold them. */
async function measure(
  gen: LoadGenerator,
  engine: QuizEngine,
  store: StorePort,
  url: string,
  responseUrl: string,
  label: string,
  rate: number,
  seconds: number,
): Promise<Measured> {
  const roundId = await freshRound(engine, label);
  const bodies = Array.from({ length: Math.round(rate * seconds) }, (_, i) =>
    formBody({
      payload: JSON.stringify(
        blockAction(
          { team: 'T1', user: `U${label}x${i}`, userName: `p${i}` },
          label,
          { actionId: `${ACTION.dailyAnswer}:${i % 4}`, value: choiceValue(roundId, i % 4) },
          responseUrl,
        ),
      ),
    }),
  );
  const report = await gen.offer(url, rate, bodies);
  const acksDone = performance.now();
  let stored = await store.countAnswers(roundId);
  while (stored < report.ok && performance.now() - acksDone < SETTLE_CAP_MS) {
    await sleep(50);
    stored = await store.countAnswers(roundId);
  }
  const lagMs = performance.now() - acksDone;
  return {
    acked: report.ok,
    sent: report.sent,
    ackRate: report.ok / (report.elapsedMs / 1000),
    storedRate: stored / ((report.elapsedMs + lagMs) / 1000),
    stored,
    p50: report.p50,
    p99: report.p99,
  };
}

const loadNow = (): string =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');

async function run(): Promise<BenchSection> {
  const title =
    'Several instances: daily-answer clicks through 3 instances behind a load balancer, against 1';
  if (!(await postgresReachable())) {
    return {
      id: 'instances-answer-path',
      title,
      method: `Not measured: nothing listens at ${TEST_DATABASE_URL} (this bench needs PostgreSQL).`,
      figures: [],
    };
  }
  const schema = uniqueSchemaName('instbench');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'notequiz-instances-bench-'));
  const content = path.join(dir, 'content');
  mkdirSync(content);
  copyFileSync(
    path.join(ROOT, 'test/fixtures/content/styles/choices-lettered.en.md'),
    path.join(content, 'quiz.en.md'),
  );
  const api = await startFakeSlack();
  const gen = startLoadGenerator(SECRET, ACK_CAP_MS);
  let instances: BotInstance[] = [];
  let store: StorePort | null = null;
  const balancers: { close(): Promise<void> }[] = [];
  const loadAtStart = loadNow();
  try {
    store = await openStore(urlWithSchema(schema));
    const engine = createEngine({
      store,
      clock: fakeClock(CLOCK),
      random: Math.random,
      questions: benchQuestions('instances-bench'),
    });
    const env = (name: string): Record<string, string> => ({
      DATABASE_URL: urlWithSchema(schema),
      CONTENT_DIR: content,
      PORT: '0',
      METRICS: 'false',
      DEFAULT_LANG: 'en',
      LOG_LEVEL: 'info',
      INSTANCE_ID: name,
      TEST_CLOCK_START: CLOCK,
      SLACK_BOT_TOKEN: 'xoxb-bench',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_PORT: '0',
      SLACK_HOST: '127.0.0.1',
      SLACK_API_URL: api.apiUrl,
      SLACK_API_RETRIES: '0',
      SLACK_BOT_ID: 'BBENCH',
      SLACK_BOT_USER_ID: 'UBENCH',
    });
    // Started one after another: the first migrates the schema, the others find it done.
    for (const name of ['bot-a', 'bot-b', 'bot-c']) instances.push(await startInstance(name, env(name)));
    const three = await startRoundRobinBalancer(instances.map((i) => i.slackBase));
    const one = await startRoundRobinBalancer([instances[0]?.slackBase ?? '']);
    balancers.push(three, one);
    const sides = [
      { name: 'three', url: `${three.url}/slack/events` },
      { name: 'one', url: `${one.url}/slack/events` },
    ] as const;
    for (const side of sides)
      await measure(
        gen,
        engine,
        store,
        side.url,
        api.responseUrl,
        `CWARM${side.name}`,
        WARM_UP.rate,
        WARM_UP.seconds,
      );

    const figures: Figure[] = [];
    for (const [k, { rate, seconds }] of RUNS.entries()) {
      // Alternating order between rates, so neither side always runs on a machine the other just heated.
      const order = k % 2 === 0 ? sides : [...sides].reverse();
      const got: Record<string, Measured> = {};
      for (const side of order)
        got[side.name] = await measure(
          gen,
          engine,
          store,
          side.url,
          api.responseUrl,
          `C${side.name}${k}`,
          rate,
          seconds,
        );
      const [threeResult, oneResult] = [got.three, got.one] as [Measured, Measured];
      const baseline = (value: number, unit: string) => ({
        name: '1 instance behind the same balancer',
        value,
        unit,
      });
      figures.push(
        {
          name: `3 instances: answers stored per second (offered ${rate}/s for ${seconds} s)`,
          value: threeResult.storedRate,
          unit: 'answers/s',
          baseline: baseline(oneResult.storedRate, 'answers/s'),
          note: `3 instances: ${threeResult.acked}/${threeResult.sent} acked 200 (${threeResult.ackRate.toFixed(0)}/s), ${threeResult.stored} stored; 1 instance: ${oneResult.acked}/${oneResult.sent} acked (${oneResult.ackRate.toFixed(0)}/s), ${oneResult.stored} stored`,
        },
        {
          name: `3 instances: ack latency p50 (offered ${rate}/s)`,
          value: threeResult.p50,
          unit: 'ms',
          baseline: baseline(oneResult.p50, 'ms'),
        },
        {
          name: `3 instances: ack latency p99 (offered ${rate}/s)`,
          value: threeResult.p99,
          unit: 'ms',
          baseline: baseline(oneResult.p99, 'ms'),
        },
      );
    }
    return {
      id: 'instances-answer-path',
      title,
      method: `Three real bot processes (test/instances/instance-child.ts: main's composition root, Slack in HTTP mode, PostgreSQL at ${new URL(TEST_DATABASE_URL).host}, one schema) behind a round-robin HTTP balancer (test/instances/round-robin-balancer.ts, a Node proxy in the bench process), against the first of them alone behind the same kind of balancer, in the same run on the same database. Signed block_actions clicks, one new player per click, offered open-loop by the forked load generator (bench/slack-load-generator.ts) at ${RUNS.map((r) => `${r.rate}/s`).join(' and ')} for ${RUNS[0].seconds} s each, each run to a fresh round, after ${WARM_UP.rate * WARM_UP.seconds} warm-up clicks per side; "answers stored per second" counts from the first click to the last answer in the store. The fake Slack Web API runs in its own process. All of it (3 bots, PostgreSQL, balancer, generator, fake API) shares this machine's ${os.cpus().length} cores, also used by other work: load average (1/5/15 min) ${loadAtStart} at the start, ${loadNow()} at the end. On ${os.cpus().length} cores three processes cannot run three times as fast; the figure says what spreading the same work over processes costs or gains here, not what three machines would do.`,
      figures,
    };
  } finally {
    for (const b of balancers) await b.close();
    await Promise.all(instances.map((i) => i.stop()));
    instances = [];
    gen.stop();
    api.stop();
    await store?.close();
    await dropSchema(schema).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
}

export default { run };
