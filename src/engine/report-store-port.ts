import type { ChannelId, QuestionId, TenantId } from './ids.ts';
import type { ChannelRecord, RoundKind, StoredQuestion } from './records.ts';

/**
 * The StorePort parts behind the knowledge-gap report and its weekly digest. Declared apart from
 * store-port.ts (which extends them) because they belong to one feature; every store implements them and
 * the contract suite runs them on memory, SQLite and PostgreSQL.
 */

/** Which answers a report counts. Open daily rounds' answers never count (they are not revealed yet). */
export interface SectionReportQuery {
  /** One team's answers; null for every team in the database (`notequiz report`). */
  readonly tenantId: TenantId | null;
  /** Only answers in this channel. */
  readonly channelId?: ChannelId;
  /** Only answers whose section path contains one of these section titles (whole titles, as leaderboards). */
  readonly sections?: readonly string[];
  /** Half-open [from, to) on answeredAt; omitted for all time. */
  readonly current: { readonly from?: Date; readonly to?: Date };
  /** The period to compare with, half-open; null for none. */
  readonly previous: { readonly from: Date; readonly to: Date } | null;
  /** Which rounds count; self-graded answers never do. */
  readonly roundKinds: readonly RoundKind[];
}

/**
 * One question in one note section (noteSectionOf of the answer's stored section path): its answers in
 * the current and previous period, with the distinct players of the whole note section in the current one
 * (the same on every row of that section). Rows with no answer in either period are not returned.
 */
export interface SectionReportRow {
  readonly noteSection: string;
  readonly questionId: QuestionId;
  readonly answers: number;
  readonly correct: number;
  readonly previousAnswers: number;
  readonly previousCorrect: number;
  readonly sectionPlayers: number;
}

export interface SectionReportStore {
  /** Every (note section, question) row of the query, in one round trip, ordered by section then question. */
  sectionReport(query: SectionReportQuery): Promise<SectionReportRow[]>;
  /** Stored snapshots of these questions (retired ones too), for the few the bank no longer has. */
  storedQuestions(ids: readonly QuestionId[]): Promise<(StoredQuestion & { readonly id: QuestionId })[]>;
}

/** When a channel's weekly digest is posted: a local weekday and time. */
export interface DigestSchedule {
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  readonly weekday: number;
  /** Local "HH:MM". */
  readonly time: string;
  /** IANA zone; null to follow the channel's (its daily schedule's, else its own), like the daily question. */
  readonly timezone: string | null;
}

export interface ChannelDigest {
  readonly channel: ChannelRecord;
  readonly digest: DigestSchedule;
  /** The channel-local date of the last digest posted (or given up), null before the first. */
  readonly lastDate: string | null;
}

/** The weekly digest: a per-channel schedule and a once-per-date lease, like the daily round's post. */
export interface DigestStore {
  /** Sets or (null) removes the channel's digest; false when the channel is unknown. */
  setChannelDigest(channelId: ChannelId, digest: DigestSchedule | null): Promise<boolean>;
  getChannelDigest(channelId: ChannelId): Promise<DigestSchedule | null>;
  /** Every channel with a digest, with its channel record, in one query. */
  listChannelDigests(): Promise<ChannelDigest[]>;
  /**
   * Takes the right to post the digest of a local date for `leaseMs`: false while another instance holds
   * an unexpired lease, once that date's digest is done, or when the channel has no digest.
   */
  claimDigest(
    channelId: ChannelId,
    localDate: string,
    owner: string,
    now: Date,
    leaseMs: number,
  ): Promise<boolean>;
  /** That date's digest is done (posted, or given up): it is never claimed again. */
  markDigestDone(channelId: ChannelId, localDate: string): Promise<void>;
}
