/**
 * The Slack answer path: signed `block_actions` clicks sent over HTTP (loopback) to the running Bolt app at
 * fixed offered rates (open loop: each click leaves at its scheduled time whether or not earlier ones were
 * answered, and its latency counts from that time). Beside it, in the same run, a bare node:http handler
 * doing the same store write (engine.answer on the same SQLite store) and answering after it.
 * The load generator runs in its own process (slack-load-generator.ts) so its signing and bookkeeping do not
 * share the app's event loop, and so does the fake Slack API that takes the replies (slack-fake-api-process.ts);
 * Bolt, the engine and SQLite share the app's.
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
import { InFlight } from '../adapters/slack/in-flight.ts';
import { createSlackAdapter, type SlackAdapter } from '../adapters/slack/index.ts';
import type { QuizEngine } from '../src/engine/api.ts';
import { systemClock } from '../src/engine/clock.ts';
import { createEngine } from '../src/engine/create-engine.ts';
import type { StorePort } from '../src/engine/store-port.ts';
import { createMemoryStore } from '../src/store/memory-store.ts';
import { openStore } from '../src/store/open-store.ts';
import { blockAction } from '../test/fakes/slack/payloads.ts';
import { formBody } from '../test/fakes/slack/signed-requests.ts';
import { benchQuestions } from './bench-questions.ts';
import type { BenchSection, Figure } from './report.ts';
import { type LoadGenerator, startFakeSlack, startLoadGenerator } from './slack-processes.ts';

const SECRET = 'b3cdb3cdb3cdb3cd0123456789abcdef';
const RUNS = [
  { rate: 200, seconds: 10 },
  { rate: 500, seconds: 10 },
  { rate: 1000, seconds: 10 },
] as const;
/** Clicks to a throwaway round on each side before measuring: JIT, sockets, Prisma query compilation. */
const WARM_UP = { rate: 200, seconds: 2 } as const;
/** A run whose stored answers lag this far behind its acks is cut off (and says so) to bound the bench. */
const SETTLE_CAP_MS = 30_000;
/** Clicks not acknowledged this long after the last one was sent count as lost (Slack gives up at 3 s). */
const ACK_CAP_MS = 20_000;
const TARGET_RATE = 500;
const BARE_CONCURRENCY = 8;
const TARGET_P99_MS = 100;

const questions = benchQuestions('slack-bench');

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
  /** Non-200 answers and socket errors, by status or error code. */
  readonly failures: Readonly<Record<string, number>>;
  /** CPU time of the app's process (user + system) per acknowledged click, until the store has caught up. */
  readonly cpuMsPerClick: number;
}

/** A time cap that does not keep the process alive once the race it guards is over. */
const cap = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms).unref());

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

/** Offers `rate × seconds` pre-built clicks from the load-generator process, then waits for the store. */
async function offer(
  gen: LoadGenerator,
  url: string,
  rate: number,
  seconds: number,
  bodyOf: (i: number) => string,
  settled: () => Promise<void>,
): Promise<RunResult> {
  const bodies = Array.from({ length: Math.round(rate * seconds) }, (_, i) => bodyOf(i));
  const cpuStart = process.cpuUsage();
  const report = await gen.offer(url, rate, bodies);
  // The generator's clock started after it had signed everything; the store's lag counts from the last ack.
  const acksDone = performance.now();
  if (process.env.BENCH_DEBUG)
    console.error(
      `offered ${rate}/s: ${report.sent} sent, ${report.ok} acked in ${(report.elapsedMs / 1000).toFixed(1)} s`,
    );
  const drained = await Promise.race([settled().then(() => true), cap(SETTLE_CAP_MS).then(() => false)]);
  const lagMs = performance.now() - acksDone;
  const cpu = process.cpuUsage(cpuStart);
  if (process.env.BENCH_DEBUG) console.error(`  settled ${(lagMs / 1000).toFixed(1)} s after the last ack`);
  return {
    offered: rate,
    sent: report.sent,
    ok: report.ok,
    achievedRate: report.ok / (report.elapsedMs / 1000),
    p50: report.p50,
    p99: report.p99,
    recordedRate: report.ok / ((report.elapsedMs + lagMs) / 1000),
    drained,
    failures: report.failures,
    cpuMsPerClick: (cpu.user + cpu.system) / 1000 / Math.max(1, report.ok),
  };
}

/**
 * The baseline: parse the same form, do the same engine.answer on the same store, answer 200 after it.
 * Writes go through the adapter's own bound (InFlight, 8 at a time, its default SLACK_CONCURRENCY): left
 * unbounded, thousands of interleaved Prisma calls on one SQLite file collapse well below the store's rate,
 * and the baseline would measure that pile-up instead of the store write.
 */
function bareServer(engine: QuizEngine): { server: http.Server; inFlight: InFlight } {
  const inFlight = new InFlight(BARE_CONCURRENCY);
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void inFlight.run(async () => {
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
      });
    });
  });
  return { server, inFlight };
}

function failureNote(bolt: RunResult, bare: RunResult): string {
  const list = (r: RunResult): string =>
    Object.entries(r.failures)
      .map(([k, v]) => `${v}× ${k}`)
      .join(', ') || 'none';
  return bolt.ok === bolt.sent && bare.ok === bare.sent
    ? ''
    : `; not acked 200 — Bolt: ${list(bolt)}; bare: ${list(bare)}`;
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
      note: `${bolt.ok}/${bolt.sent} acked 200; answers stored at ${bolt.recordedRate.toFixed(0)}/s${bolt.drained ? '' : ' (store still behind when cut off)'} (bare: ${bare.recordedRate.toFixed(0)}/s)${failureNote(bolt, bare)}`,
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
    {
      name: `${label}: app CPU time per click (offered ${bolt.offered}/s)`,
      value: bolt.cpuMsPerClick,
      unit: 'ms',
      baseline: { name: 'bare node:http + same store write', value: bare.cpuMsPerClick, unit: 'ms' },
      note: `the app's whole process (Bolt, engine, SQLite, the replies sent) until the store caught up; × ${bolt.offered} clicks/s = ${((bolt.cpuMsPerClick * bolt.offered) / 10).toFixed(0)}% of one core. Steadier than latency when other work shares the machine`,
    },
  ];
}

async function run(): Promise<BenchSection> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'notequiz-slack-bench-'));
  let store: StorePort | null = null;
  let adapter: SlackAdapter | null = null;
  const api = await startFakeSlack();
  const gen = startLoadGenerator(SECRET, ACK_CAP_MS);
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
    const { responseUrl } = api;
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

    // Warm-up on both sides, each to its own throwaway round: JIT, sockets, Prisma query compilation.
    const live = adapter;
    const warmBolt = await freshRound(engine, 'CWARMB');
    await offer(gen, boltUrl, WARM_UP.rate, WARM_UP.seconds, clickBody(warmBolt, 'CWARMB', 'UWB'), () =>
      live.settled(),
    );
    const warmBare = await freshRound(engine, 'CWARMR');
    await offer(gen, bareUrl, WARM_UP.rate, WARM_UP.seconds, clickBody(warmBare, 'CWARMR', 'UWR'), () =>
      bare.inFlight.drain(),
    );

    const figures: Figure[] = [];
    for (const [k, { rate, seconds }] of RUNS.entries()) {
      const boltRound = await freshRound(engine, `CBOLT${k}`);
      const boltResult = await offer(
        gen,
        boltUrl,
        rate,
        seconds,
        clickBody(boltRound, `CBOLT${k}`, `UB${k}x`),
        () => live.settled(),
      );
      const bareRound = await freshRound(engine, `CBARE${k}`);
      const bareResult = await offer(
        gen,
        bareUrl,
        rate,
        seconds,
        clickBody(bareRound, `CBARE${k}`, `UR${k}x`),
        () => bare.inFlight.drain(),
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
        "Signed block_actions clicks (real HMAC, one new player per click) sent open-loop over loopback HTTP to the running Bolt app at 200, 500 and 1,000 offered clicks/s, 10 s each; latency from each click's scheduled send time to its 200 ack. The load generator is a separate process (bench/slack-load-generator.ts, forked) that signs every body before its clock starts and sends over keep-alive sockets. Both sides get 400 warm-up clicks to a throwaway round first (JIT, sockets, Prisma query compilation). The adapter acks first and records the answer after (engine.answer on SQLite via openStore, 8 at a time, then an ephemeral reply to the fake response_url). Baseline, measured the same way in the same run: a bare node:http handler doing the same engine.answer on the same store, 8 at a time, and answering after it. The fake Slack API that takes the replies runs in a third process (bench/slack-fake-api-process.ts), as Slack's servers are not in the app's. Two cores are shared by the generator, the fake API, the app and SQLite.",
      figures,
    };
  } finally {
    await adapter?.stop();
    gen.stop();
    if (baseline !== null) {
      const { server } = baseline;
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    api.stop();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export default { run };
