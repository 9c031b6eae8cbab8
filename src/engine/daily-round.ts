import type { Lang, Question } from '../content/question.ts';
import type { DailyRejection, RoundResults } from './api.ts';
import { type DailyWindow, windowOn, windowToday } from './calendar.ts';
import { pickDailyQuestion } from './daily-pick.ts';
import { channelZone, type EngineContext, questionOf, rememberRound } from './engine-context.ts';
import type { RoundId } from './ids.ts';
import { inPlay } from './question-flag-commands.ts';
import type { ChannelRecord, RoundRecord } from './records.ts';
import { EngineError, ok, type Result, reject } from './result.ts';

export type OpenedRound = Result<
  { round: RoundRecord; question: Question; created: boolean },
  DailyRejection
>;

/**
 * The daily round's lifecycle, from "is anything due?" to the reveal, in the rules' own words. The
 * scheduler only decides WHEN to ask (its clock, concurrency and backoff) and hands results to the
 * platforms; every rule about a daily round and every store call it costs is here:
 *  1. due work: a scheduled, unpaused channel whose local post time has come today (calendar.ts);
 *  2. the round row is unique per channel and local date (store.createDailyRound);
 *  3. only the holder of the post lease (store.claimRoundPost) talks to the platform;
 *  4. posted: the platform reference is stored, and nobody posts a posted round again; a crash between 3
 *     and 4 is covered by the publisher, which finds its own message by round id;
 *  5. missed day: the bot was down from post time to close time, so no round is opened late;
 *  6. late: a round first opened well after its post time (a catch-up) says so;
 *  7. close: `closedNow` is true for exactly one caller, which reveals; the reveal is marked once shown.
 */
export interface DailyLifecycle {
  /** Channels with a schedule (paused ones too: dueFor leaves them alone). */
  scheduledChannels(): Promise<ChannelRecord[]>;
  /** What today asks of a channel at `now` (calendar only, no store call). */
  dueFor(channel: ChannelRecord, now: Date): DailyDue;
  /** Records nothing; says whether the missed day never had a round (a skip worth telling). */
  missedDayWasSkipped(channel: ChannelRecord, window: DailyWindow): Promise<boolean>;
  /** Opens today's round if needed and takes the post lease for `owner`. */
  preparePost(channel: ChannelRecord, window: DailyWindow, lease: PostLease): Promise<PreparedPost>;
  /** Keeps the lease (until a retry: another instance honours the platform's Retry-After as well). */
  holdLease(roundId: RoundId, lease: PostLease): Promise<void>;
  /** The post appeared at `shownAt`; answer speed counts from then. */
  markPosted(roundId: RoundId, postRef: string, shownAt: Date): Promise<void>;
  /** Open daily rounds whose close time has passed (also while every instance was down). */
  dueToClose(now: Date): Promise<RoundRecord[]>;
  /** Closes a round; `closedNow` is true for exactly one caller, the one that reveals it. */
  close(round: RoundRecord): Promise<{ results: RoundResults; closedNow: boolean }>;
  /** Closed daily rounds whose reveal was never marked shown (a crash, or a platform failing). */
  unrevealed(): Promise<RoundRecord[]>;
  /**
   * What a reveal needs. A round that never reached its channel has nothing to reveal (the caller marks
   * it revealed); `publishes` says whether this instance can reach the channel (else nothing more is read).
   */
  prepareReveal(
    round: RoundRecord,
    publishes: (channel: ChannelRecord) => boolean,
    known?: RoundResults,
  ): Promise<PreparedReveal>;
  /**
   * Takes the right to reveal a closed round for `lease.ms`; false while another instance holds it or
   * once it was revealed. Whoever closes a round takes it first, so a recovering instance waits it out.
   */
  claimReveal(roundId: RoundId, lease: PostLease): Promise<boolean>;
  markRevealed(roundId: RoundId, now: Date): Promise<void>;
  /**
   * Open daily rounds closing within `leadMs` whose channel asked for a reminder (and is not paused), with
   * what the reminder says: the question, how many answered, and the team's language if it chose one.
   */
  dueForReminder(now: Date, leadMs: number): Promise<ReminderDue[]>;
  /** Takes the right to send a round's reminder; false while another instance holds it or it was sent. */
  claimReminder(roundId: RoundId, lease: Omit<PostLease, 'owner'>): Promise<boolean>;
  markReminded(roundId: RoundId, now: Date): Promise<void>;
}

export interface ReminderDue {
  readonly channel: ChannelRecord;
  readonly round: RoundRecord;
  readonly question: Question;
  readonly answered: number;
  readonly tenantLang: Lang | null;
}

export interface PostLease {
  readonly owner: string;
  readonly now: Date;
  readonly ms: number;
}

export type DailyDue =
  | { readonly kind: 'nothing' }
  | { readonly kind: 'post'; readonly window: DailyWindow }
  | { readonly kind: 'missed'; readonly window: DailyWindow };

export type PreparedPost =
  /** Posted already (here or elsewhere), or closed: nothing to do today. */
  | { readonly kind: 'settled' }
  /** Another instance holds the lease. */
  | { readonly kind: 'leased' }
  | { readonly kind: 'rejected'; readonly code: 'no_questions' }
  | {
      readonly kind: 'ready';
      readonly round: RoundRecord;
      readonly question: Question;
      /** This very call created the round: no earlier post of it can exist. */
      readonly created: boolean;
      readonly late: boolean;
      /** The tenant's chosen language, if any. */
      readonly tenantLang: Lang | null;
    };

export type PreparedReveal =
  | { readonly kind: 'nothing_posted' }
  | { readonly kind: 'not_ours' }
  | {
      readonly kind: 'ready';
      readonly channel: ChannelRecord;
      readonly results: RoundResults;
      readonly tenantLang: Lang | null;
    };

/** The late rule, once: first opened more than `lateAfterMs` after the day's post time. */
function opensLate(openedAt: Date, postAt: Date, lateAfterMs: number): boolean {
  return openedAt.getTime() - postAt.getTime() > lateAfterMs;
}

export function dailyLifecycle(ctx: EngineContext): DailyLifecycle {
  const { store } = ctx;
  const tenantLang = async (tenantId: string): Promise<Lang | null> =>
    (await store.getTenant(tenantId))?.lang ?? null;
  return {
    scheduledChannels: () => store.listScheduledChannels(),

    dueFor(channel, now) {
      const schedule = channel.schedule;
      if (schedule === null || schedule.paused) return { kind: 'nothing' };
      const window = windowToday(schedule, now);
      if (window === null || now.getTime() < window.postAt.getTime()) return { kind: 'nothing' };
      return now.getTime() >= window.closeAt.getTime()
        ? { kind: 'missed', window }
        : { kind: 'post', window };
    },

    async missedDayWasSkipped(channel, window) {
      return (await store.getDailyRound(channel.id, window.localDate)) === null;
    },

    async preparePost(channel, window, lease) {
      const existing = await store.getDailyRound(channel.id, window.localDate);
      if (existing !== null && (existing.postRef !== null || existing.status === 'closed'))
        return { kind: 'settled' };
      const opened =
        existing === null
          ? await createDailyRoundOn(ctx, channel, window.localDate)
          : await roundWithQuestion(ctx, existing, false);
      if (!opened.ok) return { kind: 'rejected', code: 'no_questions' };
      const { round, question, created } = opened.value;
      if (round.postRef !== null) return { kind: 'settled' };
      if (!(await store.claimRoundPost(round.id, lease.owner, lease.now, lease.ms)))
        return { kind: 'leased' };
      const late = round.late || opensLate(round.opensAt, window.postAt, ctx.settings.lateAfterMs);
      return {
        kind: 'ready',
        round,
        question,
        created,
        late,
        tenantLang: await tenantLang(channel.tenantId),
      };
    },

    async holdLease(roundId, lease) {
      await store.claimRoundPost(roundId, lease.owner, lease.now, lease.ms);
    },

    markPosted: (roundId, postRef, shownAt) => store.markRoundPosted(roundId, postRef, shownAt),

    dueToClose: (now) => store.listRoundsDueToClose('daily', now),

    async close(round) {
      const { round: closed, closedNow } = await store.closeRound(round.id, ctx.clock.now());
      rememberRound(ctx, closed);
      const results = await resultsOf(ctx, closed);
      if (results === null)
        throw new EngineError('question_missing', `round ${round.id} has no stored question`);
      return { results, closedNow };
    },

    unrevealed: () => store.listClosedDailyRoundsWithoutResults(),

    async prepareReveal(round, publishes, known) {
      const channel = round.channelId === null ? null : await store.getChannel(round.channelId);
      if (round.postRef === null || channel === null) return { kind: 'nothing_posted' };
      if (!publishes(channel)) return { kind: 'not_ours' };
      const results = known ?? (await resultsOf(ctx, round));
      if (results === null)
        throw new EngineError('question_missing', `no results for closed round ${round.id}`);
      return { kind: 'ready', channel, results, tenantLang: await tenantLang(channel.tenantId) };
    },

    claimReveal: (roundId, lease) => store.claimRoundReveal(roundId, lease.owner, lease.now, lease.ms),

    async markRevealed(roundId, now) {
      await store.markResultsPosted(roundId, now);
    },

    async dueForReminder(now, leadMs) {
      const due: ReminderDue[] = [];
      for (const round of await store.listRoundsToRemind(now, leadMs)) {
        if (round.channelId === null || round.closesAt === null) continue;
        const channel = await store.getChannel(round.channelId);
        if (channel === null || !channel.reminder || channel.schedule === null || channel.schedule.paused)
          continue;
        const results = await resultsOf(ctx, round);
        if (results === null) continue;
        const answered = await store.countAnswers(round.id);
        due.push({
          channel,
          round,
          question: results.question,
          answered,
          tenantLang: await tenantLang(channel.tenantId),
        });
      }
      return due;
    },

    claimReminder: (roundId, lease) => store.claimRoundReminder(roundId, lease.now, lease.ms),

    markReminded: (roundId, now) => store.markReminderSent(roundId, now),
  };
}

/**
 * Creates a scheduled channel's round for a local date, known to have none a moment ago (a race ends with
 * the one the store kept). It closes at the schedule's close time (calendar.ts: the next day when the
 * close time is not after the post time); opened after that (a catch-up), it stays open `catchUpOpenMs`.
 */
export async function createDailyRoundOn(
  ctx: EngineContext,
  channel: ChannelRecord,
  localDate: string,
): Promise<OpenedRound> {
  await ctx.ready();
  const schedule = channel.schedule;
  if (schedule === null) return reject('channel_not_scheduled');
  const used = await ctx.store.dailyQuestionIds(channel.id);
  const accuracy = new Map(
    (await ctx.store.questionAccuracy(channel.tenantId)).map((s) => [s.questionId, s] as const),
  );
  const pool = await inPlay(ctx, channel.tenantId, ctx.bank().all);
  const question = pickDailyQuestion(pool, used, accuracy, ctx.random);
  if (question === undefined) return reject('no_questions');

  const now = ctx.clock.now();
  const window = windowOn({ ...schedule, timezone: channelZone(channel) }, localDate);
  const closesAt =
    window.closeAt.getTime() > now.getTime()
      ? window.closeAt
      : new Date(now.getTime() + ctx.settings.catchUpOpenMs);
  const candidate: RoundRecord = {
    id: `daily:${channel.id}:${localDate}`,
    tenantId: channel.tenantId,
    channelId: channel.id,
    kind: 'daily',
    questionId: question.id,
    ownerId: null,
    localDate,
    opensAt: now,
    closesAt,
    status: 'open',
    postRef: null,
    late: opensLate(now, window.postAt, ctx.settings.lateAfterMs),
    resultsPostedAt: null,
  };
  const { round, created } = await ctx.store.createDailyRound(candidate);
  return roundWithQuestion(ctx, round, created);
}

export async function roundWithQuestion(
  ctx: EngineContext,
  round: RoundRecord,
  created: boolean,
): Promise<OpenedRound> {
  const question = await questionOf(ctx, round.questionId);
  if (question === null)
    throw new EngineError('question_missing', `round ${round.id} has no stored question`);
  return ok({ round, question, created });
}

/** Who answered a round and who was fastest among the right answers; null when its question is gone. */
export async function resultsOf(ctx: EngineContext, round: RoundRecord): Promise<RoundResults | null> {
  const question = await questionOf(ctx, round.questionId);
  if (question === null) return null;
  const answers = await ctx.store.answersForRound(round.id);
  const correct = answers
    .filter((a) => a.correct)
    .sort((a, b) => a.latencyMs - b.latencyMs || (a.playerId < b.playerId ? -1 : 1));
  const players = new Map((await ctx.store.getPlayers(correct.map((a) => a.playerId))).map((p) => [p.id, p]));
  return {
    round,
    question,
    answered: answers.length,
    correct: correct.length,
    fastest: correct.map((a) => ({
      playerId: a.playerId,
      displayName: players.get(a.playerId)?.displayName ?? a.playerId,
      latencyMs: a.latencyMs,
    })),
  };
}
