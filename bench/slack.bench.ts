/**
 * The Slack answer path: signed `block_actions` clicks sent over HTTP (loopback) to the running Bolt app at
 * fixed offered rates (open loop: each click leaves at its scheduled time whether or not earlier ones were
 * answered, and its latency counts from that time). Beside it, in the same run, a bare node:http handler
 * doing the same store write (engine.answer on the same SQLite store) and answering after it.
 * Everything runs in one process on this machine: the load generator, Bolt, the fake Slack API that takes
 * the ephemeral replies, and SQLite.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { ACTION, choiceValue } from '../adapters/slack/action-values.ts';
import { parseSlackConfig } from '../adapters/slack/config.ts';
import { createSlackAdapter, type SlackAdapter } from '../adapters/slack/index.ts';
import type { Question } from '../src/content/question.ts';
import type { QuizEngine } from '../src/engine/api.ts';
import { systemClock } from '../src/engine/clock.ts';
import { createEngine } from '../src/engine/create-engine.ts';
import type { StorePort } from '../src/engine/store-port.ts';
import { createMemoryStore } from '../src/store/memory-store.ts';
import { openStore } from '../src/store/open-store.ts';
import { FakeSlackApi } from '../test/fakes/slack/fake-slack-api.ts';
import { blockAction } from '../test/fakes/slack/payloads.ts';
import { formBody, sign } from '../test/fakes/slack/signed-requests.ts';
import type { BenchSection, Figure } from './report.ts';

const SECRET = 'b3cdb3cdb3cdb3cd0123456789abcdef';
const RUNS = [
  { rate: 200, seconds: 3 },
  { rate: 500, seconds: 2 },
  { rate: 1000, seconds: 1 },
] as const;
/** A run whose stored answers lag this far behind its acks is cut off (and says so) to bound the bench. */
const SETTLE_CAP_MS = 30_000;
/** Clicks not acknowledged this long after the last one was sent count as lost (Slack gives up at 3 s). */
const ACK_CAP_MS = 20_000;
const TARGET_RATE = 500;
const TARGET_P99_MS = 100;

const questions: Question[] = Array.from({ length: 5 }, (_, i) => ({
  id: `slack-bench-q${i}`,
  cardId: `slack-bench-card${i}`,
  deck: 'bench',
  kind: 'choice',
  lang: 'en',
  stem: `Question ${i}?`,
  options: ['a', 'b', 'c', 'd'],
  correctIndex: 0,
  answer: 'a',
  source: { file: 'bench.md', line: i + 1 },
  sectionPath: ['Bench', `Section ${i}`],
  tags: [],
}));

interface RunResult {
  readonly offered: number;
  readonly sent: number;
  readonly ok: number;
  readonly achievedRate: number;
  readonly p50: number;
  readonly p99: number;
  /** Clicks whose answer reached the store, per second, from the first send to the last write. */
  readonly recordedRate: number;
  /** False when the stored answers were still behind after SETTLE_CAP_MS. */
  readonly drained: boolean;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
/** A time cap that does not keep the process alive once the race it guards is over. */
const cap = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms).unref());

function percentile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

/** Opens a fresh daily round in its own channel so every run starts from an empty round. */
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

/** Sends `rate × seconds` signed clicks at their scheduled times; bounded in count and in time. */
async function offer(
  url: string,
  agent: http.Agent,
  rate: number,
  seconds: number,
  bodyOf: (i: number) => string,
  settled: () => Promise<void>,
): Promise<RunResult> {
  const n = Math.round(rate * seconds);
  const target = new URL(url);
  const latencies: number[] = [];
  let ok = 0;
  let sent = 0;
  const pending = new Set<Promise<void>>();
  const started = performance.now();
  const fire = (i: number, scheduledAt: number): void => {
    const body = bodyOf(i);
    const timestamp = Math.floor(Date.now() / 1000);
    const p = new Promise<void>((resolve) => {
      const req = http.request(
        {
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          agent,
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            'content-length': Buffer.byteLength(body),
            'x-slack-request-timestamp': String(timestamp),
            'x-slack-signature': sign(SECRET, timestamp, body),
          },
        },
        (res) => {
          res.resume();
          res.on('end', () => {
            if (res.statusCode === 200) ok += 1;
            latencies.push(performance.now() - scheduledAt);
            resolve();
          });
        },
      );
      req.on('error', () => resolve());
      req.end(body);
    });
    pending.add(p);
    void p.finally(() => pending.delete(p));
  };
  const deadline = started + seconds * 1000 * 1.5;
  while (sent < n && performance.now() < deadline) {
    const due = Math.min(n, Math.floor(((performance.now() - started) * rate) / 1000) + 1);
    while (sent < due) {
      fire(sent, started + (sent * 1000) / rate);
      sent += 1;
    }
    await sleep(1);
  }
  await Promise.race([Promise.all(pending), cap(ACK_CAP_MS)]);
  const lastAck = performance.now();
  if (process.env.BENCH_DEBUG)
    console.error(
      `offered ${rate}/s: ${sent} sent, ${ok} acked in ${((lastAck - started) / 1000).toFixed(1)} s`,
    );
  const drained = await Promise.race([settled().then(() => true), cap(SETTLE_CAP_MS).then(() => false)]);
  if (process.env.BENCH_DEBUG)
    console.error(`  settled after ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const done = performance.now();
  latencies.sort((a, b) => a - b);
  return {
    offered: rate,
    sent,
    ok,
    achievedRate: ok / ((lastAck - started) / 1000),
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    recordedRate: ok / ((done - started) / 1000),
    drained,
  };
}

/** The baseline: parse the same form, do the same engine.answer on the same store, answer 200 after it. */
function bareServer(engine: QuizEngine): { server: http.Server; inFlight: Set<Promise<unknown>> } {
  const inFlight = new Set<Promise<unknown>>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const work = (async () => {
        const payload = JSON.parse(
          new URLSearchParams(Buffer.concat(chunks).toString()).get('payload') ?? '{}',
        ) as {
          user: { id: string; name: string };
          channel: { id: string; name: string };
          actions: { value: string }[];
        };
        const [choice, roundId] = (payload.actions[0]?.value ?? '').split('|');
        await engine.answer(
          {
            tenantId: 'slack:T1',
            tenantName: 'bench',
            playerId: `slack:T1:${payload.user.id}`,
            displayName: payload.user.name,
          },
          { channelId: `slack:T1:${payload.channel.id}`, channelName: payload.channel.name },
          roundId ?? '',
          Number(choice),
        );
        res.writeHead(200).end();
      })();
      inFlight.add(work);
      void work.finally(() => inFlight.delete(work));
    });
  });
  return { server, inFlight };
}

function figuresFor(label: string, bolt: RunResult, bare: RunResult): Figure[] {
  const isTarget = bolt.offered === TARGET_RATE;
  return [
    {
      name: `${label}: acknowledged clicks/s (offered ${bolt.offered}/s)`,
      value: bolt.achievedRate,
      unit: 'clicks/s',
      baseline: { name: 'bare node:http + same store write', value: bare.achievedRate, unit: 'clicks/s' },
      ...(isTarget
        ? {
            target: `≥ ${TARGET_RATE} clicks/s sustained`,
            met: bolt.achievedRate >= TARGET_RATE * 0.98 && bolt.ok === bolt.sent,
          }
        : {}),
      note: `${bolt.ok}/${bolt.sent} acked 200; answers stored at ${bolt.recordedRate.toFixed(0)}/s${bolt.drained ? '' : ' (store still behind when cut off)'} (bare: ${bare.recordedRate.toFixed(0)}/s)`,
    },
    {
      name: `${label}: ack latency p50 (offered ${bolt.offered}/s)`,
      value: bolt.p50,
      unit: 'ms',
      baseline: { name: 'bare node:http + same store write', value: bare.p50, unit: 'ms' },
    },
    {
      name: `${label}: ack latency p99 (offered ${bolt.offered}/s)`,
      value: bolt.p99,
      unit: 'ms',
      baseline: { name: 'bare node:http + same store write', value: bare.p99, unit: 'ms' },
      ...(isTarget ? { target: `p99 ≤ ${TARGET_P99_MS} ms`, met: bolt.p99 <= TARGET_P99_MS } : {}),
    },
  ];
}

async function run(): Promise<BenchSection> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'notequiz-slack-bench-'));
  let store: StorePort | null = null;
  let adapter: SlackAdapter | null = null;
  const api = await new FakeSlackApi().start();
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  let baseline: ReturnType<typeof bareServer> | null = null;
  let storeName = 'SQLite';
  try {
    // BENCH_SLACK_MEMORY=1 swaps in the in-memory store, to see the adapter's own cost without SQLite.
    storeName = process.env.BENCH_SLACK_MEMORY ? 'the in-memory store' : 'SQLite';
    store = process.env.BENCH_SLACK_MEMORY
      ? createMemoryStore()
      : await openStore(`file:${path.join(dir, 'slack-bench.db')}`);
    const engine = createEngine({ store, clock: systemClock, random: Math.random, questions });
    const silent = pino({ level: 'silent' });
    adapter = createSlackAdapter({
      engine,
      clock: systemClock,
      logger: silent,
      config: parseSlackConfig({
        SLACK_BOT_TOKEN: 'xoxb-bench',
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_PORT: '0',
        SLACK_HOST: '127.0.0.1',
        SLACK_API_URL: api.apiUrl,
        SLACK_API_RETRIES: '0',
        SLACK_BOT_ID: 'BBENCH',
        SLACK_BOT_USER_ID: 'UBENCH',
      }),
    });
    await adapter.start();
    const boltUrl = `http://127.0.0.1:${adapter.port()}/slack/events`;
    const bareEngine = createEngine({ store, clock: systemClock, random: Math.random, questions });
    const bare = bareServer(bareEngine);
    baseline = bare;
    await new Promise<void>((resolve) => bare.server.listen(0, '127.0.0.1', resolve));
    const bareUrl = `http://127.0.0.1:${(bare.server.address() as AddressInfo).port}/`;
    const responseUrl = api.newResponseUrl();
    const clickBody = (roundId: string, channel: string, prefix: string) => (i: number) =>
      formBody({
        payload: JSON.stringify(
          blockAction(
            { team: 'T1', user: `${prefix}${i}`, userName: `player${i}` },
            channel,
            { actionId: `${ACTION.dailyAnswer}:${i % 4}`, value: choiceValue(roundId, i % 4) },
            responseUrl,
          ),
        ),
      });

    // Warm-up: JIT, connections, prepared statements.
    const warm = await freshRound(engine, 'CWARM');
    const live = adapter;
    await offer(boltUrl, agent, 200, 1, clickBody(warm, 'CWARM', 'UW'), () => live.settled());

    const figures: Figure[] = [];
    for (const [k, { rate, seconds }] of RUNS.entries()) {
      const boltRound = await freshRound(engine, `CBOLT${k}`);
      const boltResult = await offer(
        boltUrl,
        agent,
        rate,
        seconds,
        clickBody(boltRound, `CBOLT${k}`, `UB${k}x`),
        () => live.settled(),
      );
      const bareRound = await freshRound(engine, `CBARE${k}`);
      const bareResult = await offer(
        bareUrl,
        agent,
        rate,
        seconds,
        clickBody(bareRound, `CBARE${k}`, `UR${k}x`),
        async () => {
          await Promise.all(bare.inFlight);
        },
      );
      const stored = await store.countAnswers(boltRound);
      figures.push(
        ...figuresFor(`Bolt HTTP on ${storeName}`, boltResult, bareResult).map((f, j) =>
          j === 0 ? { ...f, note: `${f.note}; ${stored} answers in the store` } : f,
        ),
      );
    }
    return {
      id: 'slack-answer-path',
      title: 'Slack: daily-answer clicks through Bolt (HTTP, SQLite)',
      method:
        "Signed block_actions clicks (real HMAC, one new player per click) sent open-loop over loopback HTTP to the running Bolt app at 200, 500 and 1,000 offered clicks/s; latency from each click's scheduled send time to its 200 ack. The adapter acks first and records the answer after (engine.answer on SQLite via openStore, then an ephemeral reply to a fake response_url). Baseline: a bare node:http handler doing the same engine.answer on the same store and answering after it. Load generator, app, fake Slack API and SQLite share one process on this 2-core machine.",
      figures,
    };
  } finally {
    await adapter?.stop();
    agent.destroy();
    if (baseline !== null) {
      const { server } = baseline;
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    await api.stop();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export default { run };
