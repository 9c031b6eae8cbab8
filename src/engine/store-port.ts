import type { Lang, Question } from '../content/question.ts';
import type { FlagStore } from './flag-store.ts';
import type { ChannelId, DuelId, PlayerId, QuestionId, RoundId, TenantId } from './ids.ts';
import type { InstallationStore } from './installation-store-port.ts';
import type {
  AnswerRecord,
  ChannelRecord,
  ChannelSchedule,
  DuelAnswerRecord,
  DuelRecord,
  DuelStatus,
  PlayerRecord,
  ReviewRecord,
  RoundKind,
  RoundRecord,
  StoredQuestion,
  StreakRecord,
  TenantRecord,
} from './records.ts';
import type { DigestStore, SectionReportStore } from './report-store-port.ts';

export interface RecordedAnswer {
  /** 'stale_streak': the stored streak was not `expectedStreak`; nothing was written. */
  readonly outcome: 'recorded' | 'duplicate' | 'stale_streak';
  /** Answers in the round once this one is in (or was refused): the "N answered" line. */
  readonly answersInRound: number;
}

/**
 * Everything the engine keeps. Each method is atomic on its own; the rules that must survive concurrency
 * and restarts (one answer per player per round, one daily round per channel per date, one open duel per
 * pair, a round closed once) are enforced here by the database, not by the caller checking first.
 *
 * Implementations: the in-memory fake (tests), Prisma on SQLite, Prisma on PostgreSQL. One contract suite
 * (test/contract/store-contract.ts) runs against all of them.
 *
 * It comes in named parts, one per kind of record, each implemented by both stores; a caller that needs
 * only one part asks for that part.
 */
export interface StorePort
  extends PeopleStore,
    QuestionStore,
    RoundStore,
    AnswerStore,
    DuelStore,
    StandingsStore,
    ReviewStore,
    ReminderStore,
    FlagStore,
    SectionReportStore,
    DigestStore,
    InstallationStore {
  /** Releases connections. */
  close(): Promise<void>;
}

/** The daily round's "closes soon" reminder: a per-channel switch and a once-per-round lease. */
export interface ReminderStore {
  /** Turns the "closes soon" reminder of a channel on or off; null when the channel is unknown. */
  setChannelReminder(id: ChannelId, on: boolean): Promise<ChannelRecord | null>;
  /**
   * Open daily rounds, already posted, closing in (now, now + withinMs], whose reminder was not sent yet:
   * the candidates for a "closes soon" reminder.
   */
  listRoundsToRemind(now: Date, withinMs: number): Promise<RoundRecord[]>;
  /**
   * Takes the right to post a round's reminder for `leaseMs`, like claimRoundPost: false while another
   * instance holds an unexpired lease, or once the reminder was sent. The sender then marks it sent.
   */
  claimRoundReminder(id: RoundId, now: Date, leaseMs: number): Promise<boolean>;
  markReminderSent(id: RoundId, now: Date): Promise<void>;
}

/** Tenants (workspaces, guilds), players and channels with their schedules. */
export interface PeopleStore {
  /** Creates the tenant, or refreshes its name; keeps its language. */
  upsertTenant(input: { id: TenantId; name: string }): Promise<TenantRecord>;
  getTenant(id: TenantId): Promise<TenantRecord | null>;
  setTenantLang(id: TenantId, lang: Lang | null): Promise<void>;

  /** Creates the player, or refreshes the display name (names change; ids do not). */
  upsertPlayer(input: {
    id: PlayerId;
    tenantId: TenantId;
    displayName: string;
    isBot: boolean;
  }): Promise<PlayerRecord>;
  getPlayer(id: PlayerId): Promise<PlayerRecord | null>;
  getPlayers(ids: readonly PlayerId[]): Promise<PlayerRecord[]>;

  /** Creates the channel, or refreshes its name; keeps timezone and schedule. */
  upsertChannel(input: {
    id: ChannelId;
    tenantId: TenantId;
    name: string;
    timezone?: string;
  }): Promise<ChannelRecord>;
  getChannel(id: ChannelId): Promise<ChannelRecord | null>;
  setChannelSchedule(
    id: ChannelId,
    schedule: ChannelSchedule | null,
    pauseReason?: string | null,
  ): Promise<ChannelRecord>;
  /** Channels with a schedule (paused ones included; the caller decides). */
  listScheduledChannels(): Promise<ChannelRecord[]>;
  /** Stops every schedule of a tenant (the bot was removed from a guild / uninstalled). */
  pauseTenantSchedules(tenantId: TenantId, reason: string): Promise<number>;
  /**
   * Resumes the tenant's schedules paused for `reason` (and only those: one an admin paused, or one paused
   * for a lost channel, stays paused). The app reinstalled; returns how many.
   */
  resumeTenantSchedules(tenantId: TenantId, reason: string): Promise<number>;
}

/** The stored question set: snapshots that rounds point at, retired but never deleted. */
export interface QuestionStore {
  /**
   * Makes the stored question set equal to `questions`: new ids are added, existing ids updated in place,
   * ids no longer present are retired (kept, with their history, never deleted).
   */
  syncQuestions(questions: readonly Question[]): Promise<{ added: number; updated: number; retired: number }>;
  getQuestion(id: QuestionId): Promise<StoredQuestion | null>;
}

/** Daily, practice and duel rounds: one daily round per channel and date, the post lease, closing. */
export interface RoundStore {
  /** Inserts a daily round unless the channel already has one for that local date; returns the one that exists. */
  createDailyRound(round: RoundRecord): Promise<{ round: RoundRecord; created: boolean }>;
  /** Practice and duel rounds. */
  createRound(round: RoundRecord): Promise<RoundRecord>;
  getRound(id: RoundId): Promise<RoundRecord | null>;
  getDailyRound(channelId: ChannelId, localDate: string): Promise<RoundRecord | null>;
  /**
   * Takes the right to post a round's message for `leaseMs`. False while another instance holds a lease
   * that has not run out, or once the round has been posted.
   */
  claimRoundPost(id: RoundId, owner: string, now: Date, leaseMs: number): Promise<boolean>;
  /**
   * Stores the platform reference of the round's post. `shownAt`, when given, becomes the round's opensAt:
   * the post appeared then, and answer speed counts from it.
   */
  markRoundPosted(id: RoundId, postRef: string, shownAt?: Date): Promise<void>;
  /** Closes an open round; `closedNow` is true for exactly one caller. */
  closeRound(id: RoundId, now: Date): Promise<{ round: RoundRecord; closedNow: boolean }>;
  /**
   * Takes the right to reveal a closed daily round's results for `leaseMs`, like claimRoundPost: false
   * while another instance holds an unexpired lease, or once the results were posted. Two instances that
   * find the same unrevealed round in one pass then never both post it.
   */
  claimRoundReveal(id: RoundId, owner: string, now: Date, leaseMs: number): Promise<boolean>;
  markResultsPosted(id: RoundId, now: Date): Promise<boolean>;
  /** Open rounds of a kind whose close time is at or before `now`. */
  listRoundsDueToClose(kind: RoundKind, now: Date): Promise<RoundRecord[]>;
  /** Closed daily rounds whose results were never posted (a crash between closing and posting). */
  listClosedDailyRoundsWithoutResults(): Promise<RoundRecord[]>;
  /** Local dates of the channel's daily rounds, newest first, strictly before `beforeDate`. */
  previousDailyDate(channelId: ChannelId, beforeDate: string): Promise<string | null>;
  /** Question ids already used by daily rounds in this channel. */
  dailyQuestionIds(channelId: ChannelId): Promise<QuestionId[]>;
}

/** Answers to rounds (one per player and round) and the streaks written with them. */
export interface AnswerStore {
  /**
   * Stores the answer unless the player already answered this round. When it is stored and `streak` is
   * given, the streak is written in the same transaction. Also says how many answers the round holds
   * afterwards, which every answer shows and which costs no extra round trip here.
   *
   * `expectedStreak` (with `streak`): the streak `streak` was computed from, null for none. The answer is
   * stored only if the stored streak is still that one (compare-and-set, atomically with the write);
   * otherwise the outcome is 'stale_streak' (before any 'duplicate') and nothing is written. It lets the engine compute a streak
   * from what it remembers instead of reading it first, and still never write over a change it missed.
   */
  recordAnswer(
    answer: AnswerRecord,
    streak?: StreakRecord,
    expectedStreak?: StreakRecord | null,
  ): Promise<RecordedAnswer>;
  getAnswer(roundId: RoundId, playerId: PlayerId): Promise<AnswerRecord | null>;
  answersForRound(roundId: RoundId): Promise<AnswerRecord[]>;
  countAnswers(roundId: RoundId): Promise<number>;
  getStreak(playerId: PlayerId, channelId: ChannelId): Promise<StreakRecord | null>;
  /** Best current streak per player across the given channels (or the whole tenant when channelId is null). */
  streaksFor(
    tenantId: TenantId,
    playerIds: readonly PlayerId[],
    channelId: ChannelId | null,
  ): Promise<StreakRecord[]>;
}

/** Duels: challenge, compare-and-set transitions, served questions and their answers, settlement. */
export interface DuelStore {
  /** Inserts a duel unless the two players already have a pending or active duel (either direction). */
  createDuel(duel: DuelRecord): Promise<'created' | 'open_duel_exists'>;
  getDuel(id: DuelId): Promise<DuelRecord | null>;
  /**
   * Compare-and-set: applies `patch` only if the duel's status is one of `from`. Returns the updated duel,
   * or null when the status had already moved on (a double press, a race with expiry).
   */
  transitionDuel(
    id: DuelId,
    from: readonly DuelStatus[],
    patch: Partial<DuelRecord>,
  ): Promise<DuelRecord | null>;
  /**
   * Settles (or expires) the duel and, in the same transaction, adds each rating change to its player's
   * rating and counts one more rated game; null if no longer in a `from` status. Changes, not new values:
   * two settlements of one player at once (in two instances) both count.
   */
  finishDuel(
    id: DuelId,
    from: readonly DuelStatus[],
    patch: Partial<DuelRecord>,
    ratingChanges: readonly { playerId: PlayerId; ratingDelta: number }[],
  ): Promise<DuelRecord | null>;
  /** Duels in one of the statuses whose expiry is at or before `now`. */
  listDuelsToExpire(statuses: readonly DuelStatus[], now: Date): Promise<DuelRecord[]>;
  /** Records that a question was shown; false if it had been shown already (keeps the first servedAt). */
  serveDuelQuestion(duelId: DuelId, playerId: PlayerId, index: number, servedAt: Date): Promise<boolean>;
  /** Records the answer to a served question; 'duplicate' if it was answered or timed out already. */
  answerDuelQuestion(
    duelId: DuelId,
    playerId: PlayerId,
    index: number,
    outcome: { choice: number | null; correct: boolean; answeredAt: Date; timedOut: boolean },
  ): Promise<'recorded' | 'duplicate' | 'not_served'>;
  duelAnswers(duelId: DuelId): Promise<DuelAnswerRecord[]>;
}

/** Leaderboards and per-player and per-question statistics. */
export interface StandingsStore {
  leaderboard(query: LeaderboardQuery): Promise<LeaderboardPage>;
  /** Answered / correct per section for one player (self-graded flashcards included, flagged apart). */
  sectionStats(playerId: PlayerId): Promise<SectionStat[]>;
  /**
   * Answered / correct for one player in consecutive periods: `bounds` are n + 1 ascending instants and
   * period i is [bounds[i], bounds[i + 1]) on answeredAt. Returns n tallies in that order (zeros for an
   * empty period), counting what sectionStats counts (self-grades in, an open daily round's answers out).
   */
  answersPerPeriod(playerId: PlayerId, bounds: readonly Date[]): Promise<PeriodTally[]>;
  /** Team accuracy per question in a tenant, to lean the daily pick towards what the team gets wrong. */
  questionAccuracy(
    tenantId: TenantId,
  ): Promise<{ questionId: QuestionId; answered: number; correct: number }[]>;
}

/** Review scheduling (FSRS) per player and card. */
export interface ReviewStore {
  getReviews(playerId: PlayerId): Promise<ReviewRecord[]>;
  upsertReview(review: ReviewRecord): Promise<void>;
}

export interface LeaderboardQuery {
  readonly tenantId: TenantId;
  /** Only answers in this channel. */
  readonly channelId?: ChannelId;
  /** Only answers whose section path contains one of these section titles (whole titles). */
  readonly sections?: readonly string[];
  /** Half-open [from, to) on answeredAt; omitted for all time. */
  readonly from?: Date;
  readonly to?: Date;
  /** Which rounds count; self-graded answers never do. */
  readonly roundKinds: readonly RoundKind[];
  readonly limit: number;
  /** Whose own row to return even outside the top `limit`. */
  readonly viewerId?: PlayerId;
}

export interface LeaderboardRow {
  readonly rank: number;
  readonly playerId: PlayerId;
  readonly displayName: string;
  readonly points: number;
  readonly answered: number;
  readonly correct: number;
}

export interface LeaderboardPage {
  readonly rows: readonly LeaderboardRow[];
  readonly viewer: LeaderboardRow | null;
  readonly totalPlayers: number;
}

/**
 * Ranking, the same in every implementation: points desc, then correct desc, then answered asc (fewer
 * attempts for the same points is better), then playerId asc. Ranks are dense positions 1..n (no ties).
 */
export const LEADERBOARD_ORDER = 'points desc, correct desc, answered asc, playerId asc' as const;

export interface PeriodTally {
  readonly answered: number;
  readonly correct: number;
}

export interface SectionStat {
  readonly section: string;
  readonly answered: number;
  readonly correct: number;
  readonly selfGraded: number;
}
