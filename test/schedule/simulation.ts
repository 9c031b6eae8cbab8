import { expect } from 'vitest';
import { addDays, isScheduledOn, windowOn } from '../../src/engine/calendar.ts';
import type { ChannelSchedule } from '../../src/engine/records.ts';
import type { StorePort } from '../../src/engine/store-port.ts';
import { createLogger } from '../../src/logger.ts';
import { type FakeBehaviour, FakePlatform, FakePublisher } from '../fakes/fake-publisher.ts';
import { killable } from '../fakes/killable-store.ts';
import {
  addChannel,
  FakeClock,
  type Instance,
  sampleQuestions,
  seeded,
  startInstance,
} from './scheduler-harness.ts';
import { nextCronTick, UnfinishedWork } from './simulation-cadence.ts';

/**
 * The simulation: many channels in three timezones, two bot processes sharing one store, for
 * weeks of days, with seeded chaos: 429s with Retry-After, lost responses, and processes killed in the
 * middle of a post (killed = every later call of that process never returns, like a dead process). The
 * clock jumps only to the instants where something can happen: post and close times and a few moments
 * after them (lease expiry, retries, results recovery), plus a random quiet moment each day, and, while
 * some channel's post is unfinished, every minute as the deployed cron tick would (a retry or a dead
 * process's lease can fall due at any minute, and the bots would act on it then, not at the close time).
 */
export interface SimulationOptions {
  /** The shared database, as the test (and the checks at the end) see it. */
  readonly store: () => Promise<StorePort>;
  /** Each bot process's own connection to it; the shared store when omitted. */
  readonly processStore?: () => Promise<StorePort>;
  readonly firstDate: string;
  readonly days: number;
  /** Spread round-robin over New York, Berlin and Shanghai. */
  readonly channels: number;
  readonly seed: number;
  /** Probability that one publisher call misbehaves (split across the kinds below). */
  readonly chaos: number;
  /** false: only 429s and transient errors, never a killed process or a lost response. */
  readonly crashes: boolean;
  /**
   * 'varied': three post times and two close times per zone, and many instants after each. 'lean': one
   * post time per zone (inside the DST change hour) and only the instants that matter (post, lease
   * expiry, close, results recovery), for a database where each query costs milliseconds.
   */
  readonly shape?: 'varied' | 'lean';
}

export interface SimulationSummary {
  readonly channels: number;
  readonly scheduledDays: number;
  readonly messages: number;
  readonly latePosts: number;
  readonly crashes: number;
  /** The platform accepted a call but the answer never came back. */
  readonly lostResponses: number;
  /** Reveals delivered again after a crash or a lost response (an idempotent edit: nothing new shown). */
  readonly repeatedReveals: number;
  readonly rateLimited: number;
  readonly instants: number;
  readonly ticks: number;
}

const ZONES = ['America/New_York', 'Europe/Berlin', 'Asia/Shanghai'] as const;
/** Includes 02:30 (inside the spring-forward gap in New York and Berlin) and 01:30 (repeated in autumn). */
const POST_TIMES = ['01:30', '02:30', '09:00'] as const;
const CLOSE_TIMES = ['12:00', '17:30'] as const;
const WEEKDAY_SETS = [
  [1, 2, 3, 4, 5],
  [1, 2, 3, 4, 5, 6, 7],
  [2, 4, 6],
] as const;
const SHAPES = {
  varied: {
    postTimes: POST_TIMES,
    closeTimes: CLOSE_TIMES,
    postOffsets: [0, 60_000, 150_000, 600_000, 2_400_000],
    closeOffsets: [0, 90_000, 480_000],
  },
  lean: {
    postTimes: ['02:30'],
    closeTimes: ['12:00'],
    postOffsets: [0, 150_000],
    closeOffsets: [0, 480_000],
  },
} as const;

interface Process {
  instance: Instance;
  publisher: FakePublisher;
  dead: boolean;
  died: Promise<void>;
  kill: () => void;
  /**
   * Closes the process's own connection once nothing it sent is still running. A killed process's pool
   * is closed when it is replaced, as a real one's connections end with it: dozens of dead pools left
   * open until the end would crowd PostgreSQL's connection limit while other test files use it too.
   */
  retire: () => Promise<void>;
}

export async function runSimulation(options: SimulationOptions): Promise<SimulationSummary> {
  const random = seeded(options.seed);
  const shape = SHAPES[options.shape ?? 'varied'];
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const store = await options.store();
  const clock = new FakeClock(`${addDays(options.firstDate, -1)}T00:00:00Z`);
  const platform = new FakePlatform();
  const logger = createLogger({ level: 'silent' });
  const questions = sampleQuestions(40);
  let crashes = 0;
  let rateLimited = 0;
  let lostResponses = 0;
  let generation = 0;
  const processes: Process[] = [];
  const everyPublisher: FakePublisher[] = [];

  const spawn = async (): Promise<Process> => {
    generation += 1;
    const own = options.processStore ? await options.processStore() : null;
    let markDead: () => void = () => undefined;
    const died = new Promise<void>((resolve) => {
      markDead = resolve;
    });
    const proc: Process = {
      dead: false,
      died,
      kill: () => {
        proc.dead = true;
        markDead();
      },
    } as Process;
    const rateLimit = (): FakeBehaviour => {
      rateLimited += 1;
      return { kind: 'rate_limited', retryAfterMs: 1_000 + Math.floor(random() * 90_000) };
    };
    const decide = (): FakeBehaviour => {
      const r = random();
      if (r >= options.chaos) return { kind: 'ok' };
      const part = r / options.chaos;
      const othersAlive = processes.filter((p) => p !== proc && !p.dead).length > 0;
      if (!options.crashes) return part < 0.7 ? rateLimit() : { kind: 'retryable', code: 'network' };
      if (part < 0.15 && othersAlive) {
        crashes += 1;
        proc.kill();
        return random() < 0.5 ? { kind: 'post_then_hang' } : { kind: 'hang' };
      }
      if (part < 0.7) return rateLimit();
      if (part < 0.85) {
        lostResponses += 1;
        return { kind: 'post_then_throw' };
      }
      return { kind: 'retryable', code: 'network' };
    };
    proc.publisher = new FakePublisher({ platform: 'slack', shared: platform, decide });
    everyPublisher.push(proc.publisher);
    const connection = killable(own ?? store, () => proc.dead);
    proc.retire = async () => {
      await connection.idle();
      await own?.close();
    };
    proc.instance = startInstance({
      id: `sim-${generation}`,
      store: connection.store,
      clock,
      publishers: [proc.publisher],
      logger,
      questions,
      random: seeded(options.seed + generation),
    });
    return proc;
  };
  const retiring: Promise<void>[] = [];
  processes.push(await spawn(), await spawn());

  // Channels and their schedules.
  const channels: { id: string; schedule: ChannelSchedule }[] = [];
  for (let i = 0; i < options.channels; i++) {
    const z = i % ZONES.length;
    const schedule: ChannelSchedule = {
      timezone: ZONES[z] ?? 'UTC',
      postTime: pick(shape.postTimes),
      closeTime: pick(shape.closeTimes),
      weekdays: [...pick(WEEKDAY_SETS)],
      paused: false,
    };
    const id = `slack:T${z}:C${String(i).padStart(3, '0')}`;
    await addChannel(processes[0]?.instance.engine ?? expect.unreachable(), id, schedule);
    channels.push({ id, schedule });
  }

  // The instants worth looking at.
  const instants = new Set<number>();
  const dates = Array.from({ length: options.days }, (_, d) => addDays(options.firstDate, d));
  for (const date of dates) {
    for (const { schedule } of channels) {
      if (!isScheduledOn(schedule, date)) continue;
      const window = windowOn(schedule, date);
      for (const offset of shape.postOffsets) instants.add(window.postAt.getTime() + offset);
      for (const offset of shape.closeOffsets) instants.add(window.closeAt.getTime() + offset);
    }
    instants.add(Date.parse(`${date}T00:00:00Z`) + Math.floor(random() * 86_400_000));
  }
  // A last sweep, so reveals left by a crash on the last day are recovered before counting: these
  // instants, then every minute while a reveal is still unfinished (for at most two hours).
  const end = Date.parse(`${addDays(options.firstDate, options.days + 1)}T12:00:00Z`);
  for (const extra of [0, 600_000, 1_200_000]) instants.add(end + extra);
  const sweepUntil = end + 7_200_000;
  const ordered = [...instants].sort((a, b) => a - b);

  let ticks = 0;
  let visited = 0;
  const unfinished = new UnfinishedWork(store, channels);
  let next = 0;
  let cronTick: number | null = null;
  while (next < ordered.length || cronTick !== null) {
    const planned = ordered[next] ?? Number.POSITIVE_INFINITY;
    const instant: number = cronTick !== null && cronTick < planned ? cronTick : planned;
    if (instant === planned) next += 1;
    visited += 1;
    clock.set(instant);
    const alive = processes.filter((p) => !p.dead);
    ticks += alive.length;
    await Promise.all(alive.map((p) => Promise.race([p.instance.scheduler.tick(), p.died])));
    // A killed process is restarted (a new process, empty memory) before the next instant.
    for (const [i, p] of processes.entries()) {
      if (!p.dead) continue;
      retiring.push(p.retire());
      processes[i] = await spawn();
    }
    // While work is unfinished, the bots' every-minute tick is an instant where something can happen.
    const sweeping = next >= ordered.length && instant < sweepUntil;
    const busy = (await unfinished.posts(instant)) || (sweeping && (await unfinished.reveals()));
    cronTick = busy ? nextCronTick(instant) : null;
  }

  // Every channel: exactly one message and one round on each scheduled day, nothing on other days.
  let scheduledDays = 0;
  let repeatedReveals = 0;
  for (const { id, schedule } of channels) {
    const messages = platform.messagesIn(id);
    // Inside the simulated dates every scheduled day must have happened. On the day before and after,
    // other zones' instants may catch a window partly: there at most one, and only on scheduled days.
    const edges = [addDays(options.firstDate, -1), addDays(options.firstDate, options.days)];
    for (const date of [edges[0] as string, ...dates, edges[1] as string]) {
      const scheduled = isScheduledOn(schedule, date);
      const onDate = messages.filter((m) => m.localDate === date);
      const round = await store.getDailyRound(id, date);
      if (edges.includes(date)) {
        expect({ id, date, messages: onDate.length }).toEqual({ id, date, messages: round?.postRef ? 1 : 0 });
        if (!scheduled) expect({ id, date, round }).toEqual({ id, date, round: null });
        continue;
      }
      const expected = scheduled ? 1 : 0;
      scheduledDays += expected;
      expect({ id, date, messages: onDate.length }).toEqual({ id, date, messages: expected });
      expect({ id, date, round: round === null ? 0 : 1 }).toEqual({ id, date, round: expected });
      if (expected === 1) {
        const message = onDate[0];
        const calls = everyPublisher.flatMap((p) => p.calls.filter((c) => c.roundId === round?.id));
        expect(round?.postRef).toBe(message?.postRef);
        expect(round?.status).toBe('closed');
        expect({ id, date, revealed: message?.results?.round.status, calls }).toEqual({
          id,
          date,
          revealed: 'closed',
          calls,
        });
        repeatedReveals += Math.max(0, (message?.resultsAccepted ?? 0) - 1);
        if ((message?.resultsAccepted ?? 0) > 1 && process.env.SIM_DEBUG) {
          console.log(
            id,
            date,
            everyPublisher
              .map((p, i) => [
                i,
                p.calls.filter((c) => c.roundId === round?.id).map((c) => `${c.op}:${c.behaviour}`),
              ])
              .filter((x) => (x[1] as string[]).length > 0),
          );
        }
      }
    }
  }
  // A killed process's calls hang in front of its connection, so closing it cannot race them.
  await Promise.all([...retiring, ...processes.map((p) => p.retire())]);
  await store.close();
  return {
    channels: channels.length,
    scheduledDays,
    messages: platform.messages.filter((m) => m.localDate !== null && dates.includes(m.localDate)).length,
    latePosts: platform.messages.filter((m) => m.late).length,
    crashes,
    lostResponses,
    repeatedReveals,
    rateLimited,
    instants: visited,
    ticks,
  };
}
