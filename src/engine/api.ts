import type { Lang, Question } from '../content/question.ts';
import type { Period } from './calendar.ts';
import type { MyAnswer } from './coming-back.ts';
import type { DailyLifecycle } from './daily-round.ts';
import type { ChannelId, DuelId, PlayerId, RoundId, TenantId } from './ids.ts';
import type { QuestionFlags } from './question-flags.ts';
import type {
  ChannelRecord,
  ChannelSchedule,
  DuelAnswerRecord,
  DuelRecord,
  PlayerRecord,
  RoundRecord,
  SelfGrade,
  StreakRecord,
} from './records.ts';
import type { DigestSchedule } from './report-store-port.ts';
import type { Result } from './result.ts';
import type { SectionReport, SectionReportRejection, SectionReportRequest } from './section-report.ts';
import type { LeaderboardRow } from './store-port.ts';
import type { DigestLifecycle } from './weekly-digest.ts';

/**
 * What adapters call. Every adapter (Slack, Discord, terminal) goes through this and nothing else.
 * Rejections are result codes; adapters localise them.
 */

/** Who is acting, as the platform told us. The engine upserts tenant and player from it. */
export interface Actor {
  readonly tenantId: TenantId;
  readonly tenantName: string;
  readonly playerId: PlayerId;
  readonly displayName: string;
  readonly isBot?: boolean;
}

/** Where it happens. */
export interface Place {
  readonly channelId: ChannelId;
  readonly channelName: string;
}

export type AnswerRejection =
  | 'round_not_found'
  | 'round_closed'
  | 'wrong_tenant'
  | 'wrong_channel'
  | 'not_your_round'
  | 'choice_out_of_range'
  | 'already_answered'
  | 'not_a_flashcard'
  | 'is_a_flashcard';

/** Rounds answered through answer() and selfGrade(); duels have their own commands. */
export type AnswerableKind = 'daily' | 'practice';

export interface AnswerOutcome {
  readonly round: RoundRecord;
  readonly question: Question;
  readonly choice: number | null;
  readonly correct: boolean;
  readonly points: number;
  /** Daily rounds only: the streak in that channel after this answer. */
  readonly streak: StreakRecord | null;
  readonly answersSoFar: number;
}

export interface RoundWithQuestion {
  readonly round: RoundRecord;
  readonly question: Question;
}

export interface RoundResults {
  readonly round: RoundRecord;
  readonly question: Question;
  readonly answered: number;
  readonly correct: number;
  /** Correct players, fastest first. */
  readonly fastest: readonly { playerId: PlayerId; displayName: string; latencyMs: number }[];
}

export type { MyAnswer } from './coming-back.ts';

export type PracticeRejection = 'unknown_topic' | 'no_questions';

/**
 * A topic as a player asks for it: typed text (resolved by the one topic resolver), or the titles an
 * earlier resolution chose (an "another question" button carries those, so the topic stays the same).
 */
export type TopicRequest = string | { readonly titles: readonly string[] };

/** A practice round, with the section titles its topic resolved to (empty when no topic was asked). */
export interface PracticeRound extends RoundWithQuestion {
  readonly topicTitles: readonly string[];
}
export type DailyRejection = 'no_questions' | 'channel_not_scheduled';

export type DuelRejection =
  | 'self_challenge'
  | 'opponent_is_bot'
  | 'open_duel_exists'
  | 'invalid_question_count'
  | 'unknown_topic'
  | 'not_enough_questions'
  | 'duel_not_found'
  | 'wrong_tenant'
  | 'not_opponent'
  | 'not_challenger'
  | 'not_a_player'
  | 'duel_not_pending'
  | 'duel_not_active'
  | 'duel_expired'
  | 'choice_out_of_range'
  | 'already_answered'
  | 'question_not_current'
  | 'finished';

export interface DuelView {
  readonly duel: DuelRecord;
  readonly challenger: PlayerRecord;
  readonly opponent: PlayerRecord;
  readonly answers: readonly DuelAnswerRecord[];
  /** Answered (or timed out) count per player: the public progress, with no answers in it. */
  readonly progress: { readonly challenger: number; readonly opponent: number; readonly total: number };
}

export interface DuelQuestion {
  readonly duel: DuelRecord;
  readonly index: number;
  readonly total: number;
  readonly question: Question;
  /** When this question times out for this player. */
  readonly deadline: Date;
}

export interface DuelAnswerOutcome {
  readonly view: DuelView;
  readonly correct: boolean;
  readonly timedOut: boolean;
  readonly question: Question;
  /** Set when this answer finished the duel for both players. */
  readonly settled: DuelSettlement | null;
}

/** One player's side of a finished duel. */
export interface DuelSide {
  readonly player: PlayerRecord;
  readonly correct: number;
  /** Questions this player finished (answered or timed out); fewer than the duel's after a forfeit. */
  readonly done: number;
  /** Whether they played at all (were served a question); one who did beats one who did not. */
  readonly played: boolean;
  /** Time used, every unfinished question counted as the full limit. */
  readonly totalMs: number;
  readonly ratingDelta: number;
}

export interface DuelSettlement {
  readonly duel: DuelRecord;
  readonly challenger: DuelSide;
  readonly opponent: DuelSide;
  /** null for a draw. */
  readonly winnerId: PlayerId | null;
  readonly reason: 'played' | 'forfeit' | 'expired';
}

export type { Period } from './calendar.ts';
export type Scope =
  | { kind: 'channel'; channelId: ChannelId }
  | { kind: 'tenant' }
  | { kind: 'topic'; topic: string };

export interface LeaderboardEntry extends LeaderboardRow {
  readonly accuracy: number;
  readonly streak: number;
  readonly rating: number;
}

export interface LeaderboardView {
  readonly period: Period;
  readonly scope: Scope;
  /** A topic board: the section titles the typed topic resolved to (empty: it names no section). */
  readonly sections: readonly string[];
  readonly timezone: string;
  readonly rows: readonly LeaderboardEntry[];
  readonly viewer: LeaderboardEntry | null;
  readonly totalPlayers: number;
}

export interface PlayerStats {
  readonly player: PlayerRecord;
  readonly answered: number;
  readonly correct: number;
  readonly accuracy: number;
  readonly bestStreak: number;
  readonly currentStreak: number;
  readonly rating: number;
  readonly sections: readonly { section: string; answered: number; correct: number; accuracy: number }[];
  readonly weakest: readonly string[];
  readonly reviewsDue: number;
  /**
   * Week by week (Monday to Sunday in `timezone`), oldest first, up to this week: the last
   * `settings.statsWeeks` weeks, from the first of them in which the player answered (empty when none).
   * `accuracy` is null for a week without answers.
   */
  readonly weeks: readonly WeekStats[];
  readonly timezone: string;
}

export interface WeekStats {
  /** The week's Monday, local date "YYYY-MM-DD". */
  readonly monday: string;
  readonly answered: number;
  readonly correct: number;
  readonly accuracy: number | null;
}

export interface QuizEngine {
  // Practice ------------------------------------------------------------------------------------------
  startPractice(
    actor: Actor,
    place: Place | null,
    topic?: TopicRequest,
  ): Promise<Result<PracticeRound, PracticeRejection>>;
  /**
   * `expect`: the kind of round the player's button was for. A round of another kind is 'round_not_found'
   * (a practice button carrying a daily round's id must neither answer it nor reveal it).
   */
  answer(
    actor: Actor,
    place: Place | null,
    roundId: RoundId,
    choice: number,
    expect?: AnswerableKind,
  ): Promise<Result<AnswerOutcome, AnswerRejection>>;
  /** Flashcards: the player saw the answer and grades their own recall. */
  selfGrade(
    actor: Actor,
    place: Place | null,
    roundId: RoundId,
    grade: SelfGrade,
    expect?: AnswerableKind,
  ): Promise<Result<AnswerOutcome, AnswerRejection>>;

  // Daily ---------------------------------------------------------------------------------------------
  /** The daily round's lifecycle, step by step, for the scheduler (daily-round.ts). */
  readonly daily: DailyLifecycle;
  /** Opens (or returns) today's round for the channel at `now`'s local date; idempotent. */
  openDailyRound(
    channelId: ChannelId,
  ): Promise<Result<{ round: RoundRecord; question: Question; created: boolean }, DailyRejection>>;
  /** Today's open daily round of a channel, if any. */
  currentDailyRound(channelId: ChannelId): Promise<RoundWithQuestion | null>;
  /** Today's daily round of a channel, open or closed (a player coming back sees how it went). */
  todaysDailyRound(channelId: ChannelId): Promise<RoundWithQuestion | null>;
  /** The answer a player gave in a round, without whether it was right; null if they have not answered. */
  myAnswer(roundId: RoundId, playerId: PlayerId): Promise<MyAnswer | null>;
  closeRound(roundId: RoundId): Promise<{ results: RoundResults; closedNow: boolean }>;
  roundResults(roundId: RoundId): Promise<RoundResults | null>;
  countAnswers(roundId: RoundId): Promise<number>;
  /**
   * What a live "N answered" line may show, read from the store (never from this process's memory of the
   * round: another instance may have closed it): the count, and whether the round is still open. Null for
   * an unknown round.
   */
  liveCount(roundId: RoundId): Promise<{ readonly answers: number; readonly open: boolean } | null>;

  // Channels and tenants --------------------------------------------------------------------------------
  ensurePlace(actor: Pick<Actor, 'tenantId' | 'tenantName'>, place: Place): Promise<ChannelRecord>;
  setSchedule(channelId: ChannelId, schedule: ChannelSchedule | null): Promise<ChannelRecord>;
  pauseSchedule(channelId: ChannelId, reason: string | null): Promise<ChannelRecord | null>;
  resumeSchedule(channelId: ChannelId): Promise<ChannelRecord | null>;
  /** Turns the channel's "closes in 1 hour" reminder on or off; null when the channel is unknown. */
  setReminder(channelId: ChannelId, on: boolean): Promise<ChannelRecord | null>;
  setTenantLang(tenantId: TenantId, lang: Lang | null): Promise<void>;
  tenantLang(tenantId: TenantId): Promise<Lang | null>;

  // Duels ---------------------------------------------------------------------------------------------
  challenge(
    actor: Actor,
    place: Place,
    opponent: { playerId: PlayerId; displayName: string; isBot: boolean },
    options: { questions: number; topic?: string },
  ): Promise<Result<DuelView, DuelRejection>>;
  respondToDuel(actor: Actor, duelId: DuelId, accept: boolean): Promise<Result<DuelView, DuelRejection>>;
  /** The challenger takes back a pending challenge (the platform could not show it); it ends expired. */
  withdrawChallenge(actor: Actor, duelId: DuelId): Promise<Result<DuelView, DuelRejection>>;
  /** The player's current question (serving it starts its timer), or 'finished' when they are done. */
  nextDuelQuestion(actor: Actor, duelId: DuelId): Promise<Result<DuelQuestion, DuelRejection>>;
  answerDuel(
    actor: Actor,
    duelId: DuelId,
    index: number,
    choice: number,
  ): Promise<Result<DuelAnswerOutcome, DuelRejection>>;
  duelView(duelId: DuelId): Promise<DuelView | null>;
  /** How a finished (settled or expired) duel ended, for an adapter redrawing it; null otherwise. */
  duelSettlement(duelId: DuelId): Promise<DuelSettlement | null>;
  /** Expires pending and stale active duels; returns what changed so adapters can announce it. */
  expireDuels(): Promise<DuelSettlement[]>;
  /** Marks a public duel message so progress can be edited in place. */
  setDuelPostRef(duelId: DuelId, postRef: string): Promise<void>;

  // Standings -----------------------------------------------------------------------------------------
  leaderboard(
    tenantId: TenantId,
    period: Period,
    scope: Scope,
    options: { limit: number; viewerId?: PlayerId; timezone?: string },
  ): Promise<LeaderboardView>;
  /** `timezone`: where the weeks of `weeks` start (default: settings.defaultTimezone). */
  stats(playerId: PlayerId, options?: { timezone?: string }): Promise<PlayerStats | null>;
  /** The knowledge-gap report by note section (section-report.ts); 'unknown_topic' for a topic naming nothing. */
  sectionReport(request: SectionReportRequest): Promise<Result<SectionReport, SectionReportRejection>>;
  /** The weekly digest's lifecycle, for the scheduler (weekly-digest.ts). */
  readonly digests: DigestLifecycle;
  /** Sets (null: removes) a channel's weekly digest; false when the channel is unknown. */
  setDigest(channelId: ChannelId, digest: DigestSchedule | null): Promise<boolean>;
  getDigest(channelId: ChannelId): Promise<DigestSchedule | null>;

  // Reported questions ----------------------------------------------------------------------------------
  /** "Report this question", the admins' list of reported questions, and taking questions out of play. */
  readonly flags: QuestionFlags;

  // Content -------------------------------------------------------------------------------------------
  /** Topics players can name (section titles), for autocomplete and help. */
  topics(): readonly string[];
  /** Every title a typed topic can resolve to, sorted: what a button's topic key indexes. */
  topicTitles(): readonly string[];
  /** Replaces the question bank; updates the store in place by id. */
  reload(questions: readonly Question[]): Promise<{ added: number; updated: number; retired: number }>;
}
