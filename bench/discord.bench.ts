import { Writable } from 'node:stream';
import pino from 'pino';
import WebSocket from 'ws';
import { createDiscordAdapter } from '../adapters/discord/index.ts';
import { systemClock } from '../src/engine/clock.ts';
import { createEngine } from '../src/engine/create-engine.ts';
import { createMemoryStore } from '../src/store/memory-store.ts';
import { type FakeGuild, nextSnowflake } from '../test/fakes/discord/discord-fixtures.ts';
import { FakeDiscord, type StoredMessage } from '../test/fakes/discord/fake-discord.ts';
import { sendButton, sendCommand, type Where } from '../test/fakes/discord/fake-interactions.ts';
import { SAMPLE_QUESTIONS } from '../test/fakes/sample-questions.ts';
import { seededRandom } from '../test/fakes/seeded-random.ts';
import type { BenchModule, BenchSection, Figure } from './report.ts';

/**
 * Button interactions through the real discord.js client and our adapter, driven by the fake gateway on
 * loopback: latency from INTERACTION_CREATE sent to the interaction callback received, at 200 per second
 * offered, and the rate at saturation. Beside it, the same fake with a bare `ws` client that answers each
 * interaction with one fetch — what the fake and loopback cost without discord.js, the adapter and the engine.
 */

const RATE = 200;
const COUNT = 2000;
const WARMUP = 200;
const BURST = 1000;
const SLICES = 4;
const ONE_BY_ONE = 300;
const TIMEOUT_MS = 60_000;

interface Run {
  readonly latencies: number[];
  readonly completed: number;
  readonly failed: number;
  readonly seconds: number;
  /** Process CPU time (user + system) spent while this run was offered and answered. */
  readonly cpuMs: number;
}

const percentile = (sorted: readonly number[], p: number): number =>
  sorted.length === 0
    ? Number.NaN
    : (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN);

/** Offers `count` presses at `rate` per second (Infinity: all at once, in event-loop-sized slices). */
async function offer(fake: FakeDiscord, press: () => string, count: number, rate: number): Promise<Run> {
  const ids: string[] = [];
  // A full collection now rather than mid-run: what is measured is the client, not the fake's garbage.
  (globalThis as { gc?: () => void }).gc?.();
  const cpu = process.cpuUsage();
  const start = performance.now();
  await new Promise<void>((resolve) => {
    const tick = (): void => {
      const due =
        rate === Number.POSITIVE_INFINITY
          ? count
          : Math.floor(((performance.now() - start) / 1000) * rate) + 1;
      const slice = rate === Number.POSITIVE_INFINITY ? 50 : count;
      let sent = 0;
      while (ids.length < Math.min(count, due) && sent < slice) {
        ids.push(press());
        sent += 1;
      }
      if (ids.length >= count) resolve();
      else setTimeout(tick, rate === Number.POSITIVE_INFINITY ? 0 : 2);
    };
    tick();
  });
  const deadline = performance.now() + TIMEOUT_MS;
  const done = (): boolean => ids.every((id) => fake.interactions.get(id)?.callback !== null);
  while (!done() && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  const latencies: number[] = [];
  let failed = 0;
  let last = start;
  for (const id of ids) {
    const state = fake.interactions.get(id);
    if (state?.callback === null || state === undefined) {
      failed += 1;
      continue;
    }
    if (state.callback.type !== 7) failed += 1;
    latencies.push(state.callback.at - state.sentAt);
    last = Math.max(last, state.callback.at);
  }
  latencies.sort((a, b) => a - b);
  const used = process.cpuUsage(cpu);
  // The fake keeps everything for tests; a bench of thousands must not let that heap grow without end.
  for (const id of ids) fake.interactions.delete(id);
  fake.requests.length = 0;
  return {
    latencies,
    completed: latencies.length,
    failed,
    seconds: (last - start) / 1000,
    cpuMs: (used.user + used.system) / 1000,
  };
}

function guild(): FakeGuild {
  return { id: nextSnowflake(), name: 'Bench', channels: [{ id: nextSnowflake(), name: 'general' }] };
}

/** One side of the comparison: a fake Discord, something answering its interactions, and a button to press. */
interface Side {
  readonly fake: FakeDiscord;
  readonly press: () => string;
  close(): Promise<void>;
}

async function adapterSide(): Promise<Side> {
  const g = guild();
  const fake = await FakeDiscord.start({ guilds: [g] });
  const engine = createEngine({
    store: createMemoryStore(),
    clock: systemClock,
    random: seededRandom(5),
    questions: SAMPLE_QUESTIONS,
  });
  const sink = new Writable({ write: (_c, _e, cb) => cb() });
  const adapter = createDiscordAdapter(
    {
      engine,
      logger: pino({ level: 'info' }, sink),
      clock: systemClock,
      config: {
        token: 'MTA.bench.token',
        applicationId: fake.applicationId,
        apiUrl: fake.apiUrl,
        devGuildId: undefined,
        dailyChannelId: undefined,
      },
    },
    { duelSweepMs: 0 },
  );
  await adapter.start();
  const channel = g.channels[0];
  if (channel === undefined) throw new Error('no channel');
  const at: Where = { guild: g, channel, user: { id: nextSnowflake(), username: 'alice' } };
  const first = sendCommand(fake, at, 'quiz');
  await fake.callbackOf(first.id);
  const messageId = fake.interactions.get(first.id)?.originalId;
  const message: StoredMessage | undefined = messageId ? fake.messages.get(messageId) : undefined;
  if (message === undefined) throw new Error('no practice message');
  return {
    fake,
    // "Another question" on a private practice message: a new round in the store and an in-place update.
    press: () => sendButton(fake, at, message, 'pn:-1').id,
    async close() {
      await adapter.stop();
      await fake.close();
    },
  };
}

async function baselineSide(): Promise<Side> {
  const g = guild();
  const fake = await FakeDiscord.start({ guilds: [g] });
  const socket = new WebSocket(`${fake.gatewayUrl}?v=10&encoding=json`);
  const callbackUrl = (id: string, token: string) =>
    `${fake.apiUrl}/v10/interactions/${id}/${token}/callback`;
  await new Promise<void>((resolve, reject) => {
    socket.on('error', reject);
    socket.on('message', (raw) => {
      const payload = JSON.parse(String(raw)) as {
        op: number;
        t?: string;
        d?: { id?: string; token?: string };
      };
      if (payload.op === 10)
        socket.send(JSON.stringify({ op: 2, d: { token: 'x', intents: 1, properties: {} } }));
      if (payload.op === 0 && payload.t === 'READY') resolve();
      if (payload.op === 0 && payload.t === 'INTERACTION_CREATE' && payload.d?.id && payload.d.token) {
        void fetch(callbackUrl(payload.d.id, payload.d.token), {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: 'Bot x' },
          body: JSON.stringify({ type: 7, data: { content: 'ok', components: [] } }),
        }).then((r) => r.arrayBuffer());
      }
    });
  });
  const channel = g.channels[0];
  if (channel === undefined) throw new Error('no channel');
  const at: Where = { guild: g, channel, user: { id: nextSnowflake(), username: 'alice' } };
  const message = fake.putMessage(channel.id, { content: 'practice', flags: 64 });
  return {
    fake,
    press: () => sendButton(fake, at, message, 'pn:-1').id,
    async close() {
      socket.close();
      await fake.close();
    },
  };
}

/** One press at a time, each after the previous callback: the latency with no queue in front of it. */
async function oneByOne(side: Side, count: number): Promise<number[]> {
  const latencies: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const id = side.press();
    const callback = await side.fake.callbackOf(id);
    const sentAt = side.fake.interactions.get(id)?.sentAt ?? callback.at;
    latencies.push(callback.at - sentAt);
  }
  return latencies.sort((a, b) => a - b);
}

const merge = (runs: readonly Run[]): Run => ({
  latencies: runs.flatMap((r) => r.latencies).sort((a, b) => a - b),
  completed: runs.reduce((n, r) => n + r.completed, 0),
  failed: runs.reduce((n, r) => n + r.failed, 0),
  seconds: runs.reduce((n, r) => n + r.seconds, 0),
  cpuMs: runs.reduce((n, r) => n + r.cpuMs, 0),
});

/**
 * Both sides run in the same process, alternating in slices, so a machine busy with other work slows both
 * alike instead of whichever happened to run second.
 */
interface Measured {
  readonly paced: Run;
  readonly burst: Run;
  readonly single: number[];
}

async function measure(): Promise<{ base: Measured; ours: Measured }> {
  const baseSide = await baselineSide();
  const oursSide = await adapterSide();
  try {
    await offer(baseSide.fake, baseSide.press, WARMUP, RATE);
    await offer(oursSide.fake, oursSide.press, WARMUP, RATE);
    const basePaced: Run[] = [];
    const oursPaced: Run[] = [];
    for (let slice = 0; slice < SLICES; slice += 1) {
      basePaced.push(await offer(baseSide.fake, baseSide.press, COUNT / SLICES, RATE));
      oursPaced.push(await offer(oursSide.fake, oursSide.press, COUNT / SLICES, RATE));
    }
    const baseBurst = await offer(baseSide.fake, baseSide.press, BURST, Number.POSITIVE_INFINITY);
    const oursBurst = await offer(oursSide.fake, oursSide.press, BURST, Number.POSITIVE_INFINITY);
    const baseSingle = await oneByOne(baseSide, ONE_BY_ONE);
    const oursSingle = await oneByOne(oursSide, ONE_BY_ONE);
    return {
      base: { paced: merge(basePaced), burst: baseBurst, single: baseSingle },
      ours: { paced: merge(oursPaced), burst: oursBurst, single: oursSingle },
    };
  } finally {
    await oursSide.close();
    await baseSide.close();
  }
}

const bench: BenchModule = {
  async run(): Promise<BenchSection> {
    const { base, ours } = await measure();
    const figure = (
      name: string,
      value: number,
      unit: string,
      baseline: number,
      extra: Partial<Figure> = {},
    ): Figure => ({
      name,
      value,
      unit,
      baseline: { name: 'bare ws client + fetch, same fake', value: baseline, unit },
      ...extra,
    });
    const p99 = percentile(ours.paced.latencies, 99);
    return {
      id: 'discord',
      title: 'Discord: button interactions through discord.js and the fake gateway',
      method:
        `${COUNT} "another question" button presses offered at ${RATE}/s (after ${WARMUP} warm-up) (in 4 slices alternating with the baseline) over the fake gateway on ` +
        `127.0.0.1 to the real discord.js 14 client, our interaction router and the engine on the in-memory store; ` +
        `latency is from INTERACTION_CREATE sent to the interaction callback received by the fake REST server. ` +
        `Then ${BURST} presses at once for the saturated rate, and ${ONE_BY_ONE} one at a time for the latency without a queue. Baseline: the same fake with a bare ws client that answers each ` +
        `interaction with one fetch. Failures = missing callbacks or callbacks other than an in-place update.`,
      figures: [
        figure(
          'p50 latency at 200/s',
          percentile(ours.paced.latencies, 50),
          'ms',
          percentile(base.paced.latencies, 50),
        ),
        figure('p99 latency at 200/s', p99, 'ms', percentile(base.paced.latencies, 99), {
          target: 'p99 ≤ 100 ms at 200/s',
          met: p99 <= 100 && ours.paced.failed === 0,
          note: `failed ${ours.paced.failed} of ${COUNT} (baseline ${base.paced.failed}); max ${percentile(ours.paced.latencies, 100).toFixed(1)} ms`,
        }),
        figure(
          'completed per second at 200/s offered',
          ours.paced.completed / ours.paced.seconds,
          '/s',
          base.paced.completed / base.paced.seconds,
        ),
        figure(
          'p50 latency one at a time (no queue)',
          percentile(ours.single, 50),
          'ms',
          percentile(base.single, 50),
          {
            note: `p99 ${percentile(ours.single, 99).toFixed(1)} ms (baseline ${percentile(base.single, 99).toFixed(1)} ms)`,
          },
        ),
        figure(
          'CPU time per interaction at 200/s',
          ours.paced.cpuMs / Math.max(1, ours.paced.completed),
          'ms',
          base.paced.cpuMs / Math.max(1, base.paced.completed),
          {
            note: 'whole process (the fake included on both sides); steadier than latency on a busy machine',
          },
        ),
        figure(
          'saturated rate (burst of 1,000)',
          ours.burst.completed / ours.burst.seconds,
          '/s',
          base.burst.completed / base.burst.seconds,
          {
            note: `burst p99 ${percentile(ours.burst.latencies, 99).toFixed(0)} ms (baseline ${percentile(base.burst.latencies, 99).toFixed(0)} ms); failed ${ours.burst.failed}`,
          },
        ),
      ],
    };
  },
};

export default bench;
