import type { Lang, Question, QuestionKind } from '../content/question.ts';
import type { ChannelId, DuelId, PlayerId, QuestionId, RoundId, TenantId } from './ids.ts';

/** The shapes the engine keeps in its store. Dates are UTC instants; local dates are "YYYY-MM-DD". */

export interface TenantRecord {
  readonly id: TenantId;
  readonly name: string;
  /** null: follow the notes' / the interaction's language. */
  readonly lang: Lang | null;
}

export interface PlayerRecord {
  readonly id: PlayerId;
  readonly tenantId: TenantId;
  readonly displayName: string;
  readonly isBot: boolean;
  /** Duel rating (Elo); starts at 1500. */
  readonly rating: number;
  readonly ratedGames: number;
}

/** When and how a channel's daily question runs. Times are local "HH:MM" in the IANA timezone. */
export interface ChannelSchedule {
  readonly postTime: string;
  readonly closeTime: string;
  readonly timezone: string;
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  readonly weekdays: readonly number[];
  readonly paused: boolean;
}

export interface ChannelRecord {
  readonly id: ChannelId;
  readonly tenantId: TenantId;
  readonly name: string;
  readonly timezone: string;
  /** null: no daily question in this channel. */
  readonly schedule: ChannelSchedule | null;
  /** Why the schedule was paused automatically (e.g. "channel_not_found"), null if not paused by us. */
  readonly pauseReason: string | null;
  /** Post a "closes in 1 hour" reminder before each daily round closes (an admin turns it on). */
  readonly reminder: boolean;
}

export const ROUND_KINDS = ['daily', 'practice', 'duel'] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];
export type RoundStatus = 'open' | 'closed';

export interface RoundRecord {
  readonly id: RoundId;
  readonly tenantId: TenantId;
  /** null for a practice round started outside any channel (the terminal, a DM). */
  readonly channelId: ChannelId | null;
  readonly kind: RoundKind;
  readonly questionId: QuestionId;
  /** Practice rounds belong to one player. */
  readonly ownerId: PlayerId | null;
  /** Daily rounds: the channel-local date they belong to (unique per channel). */
  readonly localDate: string | null;
  readonly opensAt: Date;
  readonly closesAt: Date | null;
  readonly status: RoundStatus;
  /** Platform reference of the posted message ("C1:1700000000.0001"); set once the post succeeded. */
  readonly postRef: string | null;
  /** True when the round was posted after its scheduled time (catch-up). */
  readonly late: boolean;
  /** Set once the results of a closed daily round were posted, so a restart never posts them twice. */
  readonly resultsPostedAt: Date | null;
}

export type SelfGrade = 'again' | 'hard' | 'good' | 'easy';

export interface AnswerRecord {
  readonly roundId: RoundId;
  readonly playerId: PlayerId;
  readonly tenantId: TenantId;
  readonly channelId: ChannelId | null;
  readonly roundKind: RoundKind;
  readonly questionId: QuestionId;
  /** Joined section path of the question, for topic leaderboards and weakest sections. */
  readonly section: string;
  /** null for a flashcard (self-graded). */
  readonly choice: number | null;
  readonly correct: boolean;
  readonly selfGrade: SelfGrade | null;
  readonly points: number;
  readonly latencyMs: number;
  readonly answeredAt: Date;
}

export type DuelStatus = 'pending' | 'active' | 'settled' | 'declined' | 'expired';

export interface DuelRecord {
  readonly id: DuelId;
  readonly tenantId: TenantId;
  readonly channelId: ChannelId;
  readonly challengerId: PlayerId;
  readonly opponentId: PlayerId;
  readonly topic: string | null;
  readonly questionIds: readonly QuestionId[];
  readonly status: DuelStatus;
  readonly createdAt: Date;
  readonly expiresAt: Date;
  readonly acceptedAt: Date | null;
  readonly settledAt: Date | null;
  /** null while unsettled, or a draw. */
  readonly winnerId: PlayerId | null;
  readonly challengerRatingDelta: number | null;
  readonly opponentRatingDelta: number | null;
  /** Platform reference of the public duel message, for progress updates. */
  readonly postRef: string | null;
}

export interface DuelAnswerRecord {
  readonly duelId: DuelId;
  readonly playerId: PlayerId;
  readonly index: number;
  readonly servedAt: Date;
  /** null until answered; stays null for a question that timed out. */
  readonly answeredAt: Date | null;
  readonly choice: number | null;
  readonly correct: boolean;
  readonly timedOut: boolean;
}

/** FSRS state of one card for one player, kept as the library's own JSON. */
export interface ReviewRecord {
  readonly playerId: PlayerId;
  readonly cardId: string;
  readonly due: Date;
  readonly state: string;
}

/** A question as the store keeps it: the content snapshot plus whether its card still exists. */
export interface StoredQuestion {
  readonly question: Question;
  readonly retired: boolean;
}

export interface StreakRecord {
  readonly playerId: PlayerId;
  readonly channelId: ChannelId;
  readonly current: number;
  readonly best: number;
  /** Local date of the last daily round this player answered correctly in this channel. */
  readonly lastDate: string | null;
}

export type { QuestionKind };

/**
 * Joins a question's sectionPath into `AnswerRecord.section`. A store matches a section title (topic
 * leaderboards) against the segments between separators, so "Docker" does not match "Docker Compose".
 */
export const SECTION_SEPARATOR = ' > ';

export function joinSectionPath(path: readonly string[]): string {
  return path.join(SECTION_SEPARATOR);
}

/**
 * The note section a joined path belongs to: the path without the card's own heading, which names one
 * question rather than a part of the notes. A card directly under a file's only heading keeps it.
 */
export function noteSectionOf(section: string): string {
  const parts = section.split(SECTION_SEPARATOR);
  return parts.length > 1 ? joinSectionPath(parts.slice(0, -1)) : section;
}

/** True when one segment of a joined section path equals the title. */
export function sectionHasTitle(section: string, title: string): boolean {
  return section.split(SECTION_SEPARATOR).includes(title);
}

/** The same streak (the key aside): what a compare-and-set on a streak compares. Null is "no streak". */
export function sameStreak(a: StreakRecord | null, b: StreakRecord | null): boolean {
  if (a === null || b === null) return a === b;
  return a.current === b.current && a.best === b.best && a.lastDate === b.lastDate;
}
