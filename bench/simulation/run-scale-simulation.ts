import { randomBytes } from 'node:crypto';
import { nonceFor } from '../../adapters/discord/channel-messages.ts';
import { DISCORD_GLOBAL_LIMIT } from '../../adapters/discord/config.ts';
import { SealedInstallations } from '../../adapters/slack/installations.ts';
import type { SealingKeys } from '../../adapters/slack/sealed-box.ts';
import { addDays, isScheduledOn, windowOn } from '../../src/engine/calendar.ts';
import type { StorePort } from '../../src/engine/store-port.ts';
import { createLogger } from '../../src/logger.ts';
import type { TickReport } from '../../src/schedule/scheduler.ts';
import { createMemoryStore } from '../../src/store/memory-store.ts';
import { openStore } from '../../src/store/open-store.ts';
import { addChannel, sampleQuestions, seeded } from '../../test/schedule/scheduler-harness.ts';
import { type DiscordCallCounts, FakeDiscordBotApi } from './fake-discord-bot-api.ts';
import { FakeSlackWorkspaces, type SlackCallCounts } from './fake-slack-workspaces.ts';
import { fanOutFloorSeconds } from './fan-out-floor.ts';
import { DISCORD_LIMITS } from './platform-limits.ts';
import { urlFrom } from './senders.ts';
import { SimClock } from './sim-clock.ts';
import { type SimInstance, startSimInstance } from './sim-instance.ts';
import { buildPopulation, type SimChannel } from './sim-population.ts';
import { simulatedInstallation } from './workspace-tokens.ts';

/**
 * The scale simulation of docs/scaling.md: several notequiz instances share one database and post the
 * daily rounds of thousands of Slack channels (each workspace with its own token) and Discord servers
 * (over a bot's shards) for days, with 429s and instances killed in the middle of a fan-out, players
 * answering through any instance; then it checks every channel's every day and returns the figures.
 * The clock jumps from one post or close time to the next and runs at real speed through each fan-out
 * (sim-clock.ts), so each fan-out's wall time stands beside the limits' floor (fan-out-floor.ts).
 */
export interface ScaleSimulationOptions {
  readonly slackChannels: number;
  readonly workspaces: number;
  readonly guilds: number;
  readonly shardCount: number;
  readonly instances: number;
  readonly firstDate: string;
  readonly days: number;
  readonly seed: number;
  /** Probability that a platform write is refused with a 429 at random (on top of the modelled limits). */
  readonly chaos: number;
  /** Instances killed mid-fan-out per simulated day (each at a different busy instant). */
  readonly crashesPerDay: number;
  /** Share of posted rounds that players answer (1–4 players; some click twice through two instances). */
  readonly answerShare: number;
  readonly database: { readonly kind: 'memory' } | { readonly kind: 'postgres'; readonly url: string };
  /** Connections in each instance's pool (PostgreSQL). */
  readonly poolSize: number;
  /** The scheduler's channels in flight per instance. */
  readonly concurrency: number;
  /**
   * Real pause between rounds of passes while an instant's work is unfinished (default 1,000 ms; a wake-up
   * of the scheduler's retry timer is at least 250 ms). The smoke test shortens it.
   */
  readonly passPauseMs?: number;
  readonly progress?: (line: string) => void;
}

export interface InstantFigures {
  readonly at: string;
  readonly posts: number;
  readonly reveals: number;
  /** Real time until every post of the instant was recorded. */
  readonly postWallMs: number;
  /** Real time until every post and reveal was recorded. */
  readonly wallMs: number;
  /** Simulated time for the same, with the waits nobody had to sit through (Retry-After, a dead lease). */
  readonly simMs: number;
  readonly floorMs: number;
  readonly crashed: boolean;
}

export interface DayFigures {
  readonly date: string;
  readonly instants: number;
  readonly posts: number;
  readonly reveals: number;
  readonly answers: number;
  readonly wallMs: number;
  readonly simMs: number;
  readonly floorMs: number;
  readonly largest: InstantFigures | null;
  readonly limited429: number;
  readonly injected429: number;
  readonly crashes: number;
}

export interface ScaleSimulationResult {
  readonly channels: { readonly slack: number; readonly discord: number; readonly workspaces: number };
  readonly shards: readonly { readonly id: number; readonly guilds: number; readonly instance: string }[];
  readonly days: readonly DayFigures[];
  readonly scheduledDays: number;
  readonly posts: number;
  readonly reveals: number;
  readonly latePosts: number;
  readonly crashes: number;
  /** Gateway IDENTIFYs the shard owners would send: at start and on every restart of an owner. */
  readonly identifies: number;
  readonly answers: { readonly expected: number; readonly stored: number; readonly doubleClicks: number };
  readonly slack: ReadonlyMap<string, SlackCallCounts>;
  readonly discord: DiscordCallCounts & { readonly guildFetches: number };
  /** Every broken promise found by the checks (empty when all held). */
  readonly problems: readonly string[];
  /**
   * Reveals whose winners were named twice (a Slack thread reply or a Discord reply, both new messages):
   * a reveal delivered again after a crash must find the earlier one first.
   */
  readonly winnersRepeated: readonly string[];
  /** The median wall time of one scheduler pass with nothing due, over every scheduled channel. */
  readonly idlePassMs: number;
  readonly wallMs: number;
}

const IDLE_SKIP_MS = 15_000;
const STUCK_AFTER_MS = 3 * 3_600_000;

interface Due {
  readonly posts: SimChannel[];
  readonly reveals: SimChannel[];
  readonly postRounds: string[];
  readonly revealRounds: string[];
}

const roundIdOf = (channel: SimChannel, localDate: string): string => `daily:${channel.id}:${localDate}`;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function runScaleSimulation(options: ScaleSimulationOptions): Promise<ScaleSimulationResult> {
  const started = performance.now();
  const say = options.progress ?? (() => undefined);
  const random = seeded(options.seed);
  const population = buildPopulation({
    workspaces: options.workspaces,
    slackChannels: options.slackChannels,
    guilds: options.guilds,
    shardCount: options.shardCount,
    random,
  });
  const clock = new SimClock(`${addDays(options.firstDate, -1)}T00:00:00Z`);
  const now = () => clock.ms();
  const spawned = new Map<string, SimInstance>();
  const severed = (id: string): boolean => spawned.get(id)?.isDead() ?? false;
  const slackApi = new FakeSlackWorkspaces(population.workspaces, {
    now,
    random,
    chaos: options.chaos,
    severed,
  });
  const discordApi = new FakeDiscordBotApi({ now, random, chaos: options.chaos, severed });
  const slackUrl = await slackApi.start();
  const discordUrl = await discordApi.start();

  const database = options.database;
  const shared: StorePort =
    database.kind === 'memory' ? createMemoryStore() : await openStore(database.url, { poolSize: 4 });
  const ownStore = async (): Promise<{ store: StorePort; close: () => Promise<void> }> => {
    if (database.kind === 'memory') return { store: shared, close: async () => undefined };
    const store = await openStore(database.url, { migrate: false, poolSize: options.poolSize });
    return { store, close: () => store.close() };
  };
  const questions = sampleQuestions(40);
  const logger = createLogger({ level: process.env.SIM_LOG ?? 'silent' });

  // Every workspace installed by OAuth, as Bolt's installer stores it: sealed in the shared database.
  // Each instance finds a channel's token through the Slack adapter's own installation lookup.
  const sealingKeys: SealingKeys = { current: randomBytes(32), previous: null };
  const installer = new SealedInstallations({ records: shared, keys: sealingKeys, clock, logger });
  for (const w of population.workspaces) await installer.storeInstallation(simulatedInstallation(w));

  // Progress as the schedulers report it.
  const simulatedDates = new Set(
    Array.from({ length: options.days }, (_, d) => addDays(options.firstDate, d)),
  );
  const postedRounds = new Set<string>();
  const revealedRounds = new Set<string>();
  let latePosts = 0;
  const observe = (report: TickReport): void => {
    for (const p of report.posted) {
      postedRounds.add(p.roundId);
      if (p.late && simulatedDates.has(p.localDate)) latePosts += 1;
    }
    for (const id of report.resultsPosted) revealedRounds.add(id);
  };

  // Crashes: the victim dies after its n-th accepted publish of the chosen instant.
  let crashPlan: { victim: string; after: number } | null = null;
  const dieAfterPublish = (instanceId: string): boolean => {
    if (crashPlan === null || crashPlan.victim !== instanceId) return false;
    crashPlan.after -= 1;
    if (crashPlan.after > 0) return false;
    crashPlan = null;
    return true;
  };

  let generation = 0;
  let identifies = 0;
  const shardsOfSlot = (slot: number): number[] => (slot < population.shardCount ? [slot] : []);
  const spawn = async (slot: number): Promise<SimInstance> => {
    generation += 1;
    const { store, close } = await ownStore();
    const shards = shardsOfSlot(slot);
    identifies += shards.length;
    const id = `sim-${slot}-g${generation}`;
    const instance = startSimInstance({
      id,
      store,
      closeStore: close,
      clock,
      random: seeded(options.seed * 31 + generation),
      questions,
      logger: logger.child({ instance: id }),
      slackApiUrl: urlFrom(slackUrl, id),
      sealingKeys,
      discordApiUrl: urlFrom(discordUrl, id),
      shardCount: population.shardCount,
      // As docs/discord.md says to run several instances: each its share of the bot's global limit.
      discordRestShare: Math.max(1, Math.floor(DISCORD_GLOBAL_LIMIT / options.instances)),
      shards,
      concurrency: options.concurrency,
      observe,
      dieAfterPublish,
    });
    spawned.set(id, instance);
    return instance;
  };

  // Channels and schedules, through an engine as an admin's /quiz-admin schedule would.
  say(`seeding ${population.channels.length} channels …`);
  const seeder = await spawn(options.instances);
  for (const channel of population.channels) await addChannel(seeder.engine, channel.id, channel.schedule);
  await seeder.retire();
  generation = 0;
  identifies = 0;
  const instances: SimInstance[] = [];
  for (let slot = 0; slot < options.instances; slot++) instances.push(await spawn(slot));
  const retiring: Promise<void>[] = [];

  // The instants: every post and close time of every scheduled day.
  const dates = Array.from({ length: options.days }, (_, d) => addDays(options.firstDate, d));
  const byInstant = new Map<number, Due>();
  const dueAt = (instant: number): Due => {
    let due = byInstant.get(instant);
    if (due === undefined) {
      due = { posts: [], reveals: [], postRounds: [], revealRounds: [] };
      byInstant.set(instant, due);
    }
    return due;
  };
  let scheduledDays = 0;
  for (const date of dates) {
    for (const channel of population.channels) {
      if (!isScheduledOn(channel.schedule, date)) continue;
      scheduledDays += 1;
      const window = windowOn(channel.schedule, date);
      const id = roundIdOf(channel, date);
      dueAt(window.postAt.getTime()).posts.push(channel);
      dueAt(window.postAt.getTime()).postRounds.push(id);
      dueAt(window.closeAt.getTime()).reveals.push(channel);
      dueAt(window.closeAt.getTime()).revealRounds.push(id);
    }
  }
  const instants = [...byInstant.keys()].sort((a, b) => a - b);

  // Which busy instants get a crash: `crashesPerDay` per UTC day, among instants with real work.
  const crashAt = new Set<number>();
  const busyByDay = new Map<string, number[]>();
  for (const at of instants) {
    const due = byInstant.get(at) as Due;
    if (due.posts.length + due.reveals.length < 10) continue;
    const day = new Date(at).toISOString().slice(0, 10);
    busyByDay.set(day, [...(busyByDay.get(day) ?? []), at]);
  }
  for (const list of busyByDay.values()) {
    const pool = [...list];
    for (let i = 0; i < options.crashesPerDay && pool.length > 0; i++) {
      crashAt.add(pool.splice(Math.floor(random() * pool.length), 1)[0] as number);
    }
  }

  const expectedAnswers = new Map<string, number>();
  let doubleClicks = 0;
  let crashes = 0;
  const figures: (InstantFigures & { limited: number; injected: number; answers: number })[] = [];
  const problems: string[] = [];
  const limitedSoFar = (): { limited: number; injected: number } => {
    let limited = discordApi.counts.global + discordApi.counts.route;
    let injected = discordApi.counts.injected;
    for (const c of slackApi.counts.values()) {
      limited += c.limited;
      injected += c.injected;
    }
    return { limited, injected };
  };
  const restartDead = async (): Promise<void> => {
    for (const [slot, instance] of instances.entries()) {
      if (!instance.isDead()) continue;
      crashes += 1;
      retiring.push(instance.retire());
      instances[slot] = await spawn(slot);
    }
  };

  for (const [index, at] of instants.entries()) {
    const due = byInstant.get(at) as Due;
    clock.jumpTo(at);
    if (crashAt.has(at)) {
      const victim = instances[Math.floor(random() * instances.length)] as SimInstance;
      const work = due.posts.length + due.reveals.length;
      crashPlan = { victim: victim.id, after: 1 + Math.floor(random() * Math.min(20, work / 3)) };
    }
    const before = limitedSoFar();
    const simStart = clock.ms();
    const realStart = performance.now();
    let postWallMs: number | null = null;
    const missing = (): { posts: string[]; reveals: string[] } => ({
      posts: due.postRounds.filter((id) => !postedRounds.has(id)),
      reveals: due.revealRounds.filter((id) => !revealedRounds.has(id)),
    });
    clock.run();
    let idleRounds = 0;
    for (;;) {
      const progress = postedRounds.size + revealedRounds.size;
      await Promise.all(
        instances.map((i) =>
          Promise.race([
            i.scheduler.tick().then(
              () => undefined,
              () => undefined,
            ),
            i.died,
          ]),
        ),
      );
      await restartDead();
      let left = missing();
      if (process.env.SIM_DEBUG)
        say(
          `  round: ${left.posts.length} posts, ${left.reveals.length} reveals left; sim +${((clock.ms() - simStart) / 1000).toFixed(0)} s`,
        );
      if (left.posts.length === 0 && postWallMs === null) postWallMs = performance.now() - realStart;
      if (left.posts.length + left.reveals.length === 0) break;
      if (postedRounds.size + revealedRounds.size > progress) {
        idleRounds = 0;
        await sleep(options.passPauseMs ?? 1_000);
        continue;
      }
      idleRounds += 1;
      // Recorded by a pass no report came from (an instance that died right after its store call): the
      // database says, before any time is skipped for work that is already done.
      for (const id of [...left.posts, ...left.reveals]) {
        const [, platform, team, local, date] = id.split(':');
        const round = await shared.getDailyRound(`${platform}:${team}:${local}`, date ?? '');
        if ((round?.postRef ?? null) !== null) postedRounds.add(id);
        if ((round?.resultsPostedAt ?? null) !== null) revealedRounds.add(id);
      }
      left = missing();
      if (left.posts.length === 0 && postWallMs === null) postWallMs = performance.now() - realStart;
      if (left.posts.length + left.reveals.length === 0) break;
      if (clock.ms() - simStart > STUCK_AFTER_MS) {
        problems.push(
          `${new Date(at).toISOString()}: still ${left.posts.length} posts and ${left.reveals.length} reveals undone after 3 simulated hours (${[...left.posts, ...left.reveals].slice(0, 3).join(', ')})`,
        );
        break;
      }
      // Waiting on a Retry-After (up to 20 s here), a dead instance's lease (2 min) or a reveal left by one
      // (5 min and a spread): small steps first, then minutes.
      clock.skip(idleRounds > 4 ? 4 * IDLE_SKIP_MS : IDLE_SKIP_MS);
    }
    const wallMs = performance.now() - realStart;
    clock.hold();
    const simMs = clock.ms() - simStart;

    // Players answer some of the rounds just posted, through any instance; some click twice, through two.
    let answers = 0;
    await Promise.all(
      due.posts.map(async (channel, i) => {
        if (random() >= options.answerShare) return;
        const roundId = due.postRounds[i] as string;
        const players = 1 + Math.floor(random() * 4);
        for (let p = 0; p < players; p++) {
          const user =
            channel.platform === 'slack' ? `U${p + 1}` : String(900_000_000_000_000_000n + BigInt(p));
          const actor = {
            tenantId: channel.tenantId,
            tenantName: channel.teamId,
            playerId: `${channel.platform}:${channel.teamId}:${user}`,
            displayName: `player ${p + 1}`,
          };
          const place = { channelId: channel.id, channelName: channel.localId };
          const choice = Math.floor(random() * 3);
          const through = instances.filter((x) => !x.isDead());
          const first = through[Math.floor(random() * through.length)] as SimInstance;
          const twice = random() < 0.15 && through.length > 1;
          const second = through.find((x) => x !== first) as SimInstance;
          const attempts = twice
            ? [first, second].map((x) => x.engine.answer(actor, place, roundId, choice, 'daily'))
            : [first.engine.answer(actor, place, roundId, choice, 'daily')];
          const results = await Promise.all(attempts);
          const accepted = results.filter((r) => r.ok).length;
          if (twice) doubleClicks += 1;
          if (accepted > 1) problems.push(`${roundId}: ${actor.playerId} counted ${accepted} times`);
          if (accepted === 0)
            problems.push(`${roundId}: ${actor.playerId} refused (${JSON.stringify(results)})`);
          expectedAnswers.set(roundId, (expectedAnswers.get(roundId) ?? 0) + Math.min(1, accepted));
          answers += Math.min(1, accepted);
        }
      }),
    );

    const after = limitedSoFar();
    figures.push({
      at: new Date(at).toISOString(),
      posts: due.posts.length,
      reveals: due.reveals.length,
      postWallMs: postWallMs ?? wallMs,
      wallMs,
      simMs,
      floorMs: fanOutFloorSeconds(due.posts, due.reveals) * 1000,
      crashed: crashAt.has(at),
      limited: after.limited - before.limited,
      injected: after.injected - before.injected,
      answers,
    });
    if (index % 25 === 0 || crashAt.has(at))
      say(
        `${new Date(at).toISOString()} ${due.posts.length} posts, ${due.reveals.length} reveals: ${(wallMs / 1000).toFixed(1)} s wall, ${(simMs / 1000).toFixed(1)} s simulated${crashAt.has(at) ? ' (crash)' : ''} [${index + 1}/${instants.length}]`,
      );
  }

  // The checks: every scheduled day of every channel has one round, one post, its reveal, its answers.
  say('checking every channel and day …');
  let posts = 0;
  let reveals = 0;
  const winnersRepeated: string[] = [];
  const fail = (text: string): void => {
    if (problems.length < 50) problems.push(text);
  };
  const edges = [addDays(options.firstDate, -1), addDays(options.firstDate, options.days)];
  for (const channel of population.channels) {
    const slackRounds =
      channel.platform === 'slack'
        ? new Map(slackApi.dailyMessages(channel.localId).map((m) => [m.roundId, m]))
        : null;
    if (channel.platform === 'slack' && slackApi.resultsBeside(channel.localId) > 0)
      fail(`${channel.id}: results posted beside the question`);
    const seenOf = (id: string): { posts: number; edits: number; winners: number } => {
      if (slackRounds !== null) return slackRounds.get(id) ?? { posts: 0, edits: 0, winners: 0 };
      const post = discordApi.withNonce(channel.localId, nonceFor(`daily:${id}`));
      const winners = discordApi.withNonce(channel.localId, nonceFor(`winners:${id}`));
      return { posts: post.messages, edits: post.edits, winners: winners.messages };
    };
    const checked = new Set<string>();
    // The days around the simulated ones were partly run (a catch-up at the start, the last closes'
    // instants at the end): there at most one post, and only on a scheduled day.
    for (const date of [edges[0] as string, ...dates, edges[1] as string]) {
      const id = roundIdOf(channel, date);
      checked.add(id);
      const seen = seenOf(id);
      const scheduled = isScheduledOn(channel.schedule, date);
      if (edges.includes(date) || !scheduled) {
        if (seen.posts > (scheduled ? 1 : 0))
          fail(`${id}: ${seen.posts} posts on a day ${scheduled ? 'at the edge' : 'not scheduled'}`);
        continue;
      }
      const round = await shared.getDailyRound(channel.id, date);
      if (round === null || round.postRef === null) {
        fail(`${id}: no post recorded`);
        continue;
      }
      if (round.status !== 'closed' || round.resultsPostedAt === null) fail(`${id}: not revealed`);
      if (seen.posts !== 1) fail(`${id}: ${seen.posts} messages posted`);
      if (seen.edits < 1) fail(`${id}: the post was never edited into its reveal`);
      if (seen.winners > 1) winnersRepeated.push(`${id}: winners named ${seen.winners} times`);
      posts += seen.posts;
      reveals += Math.min(1, seen.edits);
      const expected = expectedAnswers.get(id) ?? 0;
      if (expected > 0) {
        const stored = (await shared.answersForRound(id)).length;
        if (stored !== expected) fail(`${id}: ${stored} answers stored, ${expected} accepted`);
      }
    }
    for (const id of slackRounds?.keys() ?? [])
      if (!checked.has(id)) fail(`${id}: posted on a day nobody asked for`);
  }
  let stored = 0;
  for (const [id] of expectedAnswers) stored += (await shared.answersForRound(id)).length;

  // What every pass costs an instance even when nothing is due (it runs once a minute on every instance):
  // the scheduled channels read and each one's calendar checked.
  clock.jumpTo(clock.ms() + 30 * 60_000);
  const idle = instances[0] as SimInstance;
  await idle.scheduler.tick();
  const passes: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    await idle.scheduler.tick();
    passes.push(performance.now() - t);
  }
  const idlePassMs = passes.sort((a, b) => a - b)[2] ?? 0;

  for (const instance of instances) retiring.push(instance.retire());
  await Promise.all(retiring);
  await shared.close();
  await slackApi.stop();
  await discordApi.stop();

  const days: DayFigures[] = [];
  for (const date of [...new Set(figures.map((f) => f.at.slice(0, 10)))]) {
    const list = figures.filter((f) => f.at.startsWith(date));
    const largest = list.reduce<InstantFigures | null>(
      (best, f) => (best === null || f.posts + f.reveals > best.posts + best.reveals ? f : best),
      null,
    );
    const sum = (pick: (f: (typeof list)[number]) => number) => list.reduce((s, f) => s + pick(f), 0);
    days.push({
      date,
      instants: list.length,
      posts: sum((f) => f.posts),
      reveals: sum((f) => f.reveals),
      answers: sum((f) => f.answers),
      wallMs: sum((f) => f.wallMs),
      simMs: sum((f) => f.simMs),
      floorMs: sum((f) => f.floorMs),
      largest,
      limited429: sum((f) => f.limited),
      injected429: sum((f) => f.injected),
      crashes: list.filter((f) => f.crashed).length,
    });
  }
  const guildsPerShard = Array.from({ length: population.shardCount }, (_, id) => ({
    id,
    guilds: population.channels.filter((c) => c.shard === id).length,
    instance: `sim-${id}`,
  }));
  for (const s of guildsPerShard)
    if (s.guilds > DISCORD_LIMITS.maxGuildsPerShard) fail(`shard ${s.id} has ${s.guilds} servers`);
  return {
    channels: {
      slack: options.slackChannels,
      discord: options.guilds,
      workspaces: options.workspaces,
    },
    shards: guildsPerShard,
    days,
    scheduledDays,
    posts,
    reveals,
    latePosts,
    crashes,
    identifies,
    answers: { expected: [...expectedAnswers.values()].reduce((a, b) => a + b, 0), stored, doubleClicks },
    slack: slackApi.counts,
    discord: { ...discordApi.counts, guildFetches: discordApi.guildFetches.count },
    problems,
    winnersRepeated,
    idlePassMs,
    wallMs: performance.now() - started,
  };
}
