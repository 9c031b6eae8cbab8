import type { ChannelId, DuelId, RoundId } from '../engine/ids.ts';

/** What one scheduler pass did, for tests, logs and the simulation. */
export interface TickReport {
  readonly at: Date;
  readonly posted: readonly PostedRound[];
  readonly retrying: readonly RetryingPost[];
  readonly paused: readonly { readonly channelId: ChannelId; readonly code: string }[];
  readonly skipped: readonly SkippedDay[];
  readonly closed: readonly RoundId[];
  readonly resultsPosted: readonly RoundId[];
  /** Duels this pass expired or forfeited (each is ended by exactly one pass, on any instance). */
  readonly duelsEnded: readonly DuelId[];
  /** Of those, the ones whose platform accepted the announcement. */
  readonly duelsAnnounced: readonly DuelId[];
  /** Daily rounds whose "closes soon" reminder this pass sent. */
  readonly reminded: readonly RoundId[];
  /** Channels whose weekly digest this pass posted. */
  readonly digests: readonly ChannelId[];
  readonly errors: readonly {
    readonly channelId?: ChannelId;
    readonly roundId?: RoundId;
    readonly duelId?: DuelId;
    readonly message: string;
  }[];
}

export interface PostedRound {
  readonly channelId: ChannelId;
  readonly roundId: RoundId;
  readonly localDate: string;
  readonly late: boolean;
  readonly postRef: string;
}

export interface RetryingPost {
  readonly channelId: ChannelId;
  readonly roundId?: RoundId;
  readonly kind: 'round' | 'results';
  readonly code: string;
  readonly nextAttemptAt: Date;
}

export type SkipReason = 'after_close' | 'no_questions' | 'no_publisher';

export interface SkippedDay {
  readonly channelId: ChannelId;
  readonly localDate: string;
  readonly reason: SkipReason;
}

/** A mutable report filled by the phases of one tick, frozen into a TickReport at the end. */
export class TickReportBuilder {
  readonly posted: PostedRound[] = [];
  readonly retrying: RetryingPost[] = [];
  readonly paused: { channelId: ChannelId; code: string }[] = [];
  readonly skipped: SkippedDay[] = [];
  readonly closed: RoundId[] = [];
  readonly resultsPosted: RoundId[] = [];
  readonly duelsEnded: DuelId[] = [];
  readonly duelsAnnounced: DuelId[] = [];
  readonly reminded: RoundId[] = [];
  readonly digests: ChannelId[] = [];
  readonly errors: { channelId?: ChannelId; roundId?: RoundId; duelId?: DuelId; message: string }[] = [];

  constructor(readonly at: Date) {}

  build(): TickReport {
    return {
      at: this.at,
      posted: [...this.posted],
      retrying: [...this.retrying],
      paused: [...this.paused],
      skipped: [...this.skipped],
      closed: [...this.closed],
      resultsPosted: [...this.resultsPosted],
      duelsEnded: [...this.duelsEnded],
      duelsAnnounced: [...this.duelsAnnounced],
      reminded: [...this.reminded],
      digests: [...this.digests],
      errors: [...this.errors],
    };
  }
}
