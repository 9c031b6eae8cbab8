import type { Lang } from '../../content/question.ts';
import type {
  AnswerRecord,
  ChannelRecord,
  DuelAnswerRecord,
  DuelRecord,
  DuelStatus,
  PlayerRecord,
  ReviewRecord,
  RoundKind,
  RoundRecord,
  RoundStatus,
  SelfGrade,
  StreakRecord,
  TenantRecord,
} from '../../engine/records.ts';
import { ROUND_KINDS } from '../../engine/records.ts';
import type {
  Answer,
  Channel,
  Duel,
  DuelAnswer,
  Player,
  Review,
  Round,
  Streak,
  Tenant,
} from '../generated/sqlite/client.ts';
import { decodeIdList } from './question-payload.ts';

/** Rows to records and back. Text columns holding a union are checked, so a bad row fails here. */

function oneOf<T extends string>(value: string, allowed: readonly T[], what: string): T {
  const found = allowed.find((a) => a === value);
  if (found === undefined) throw new Error(`store: unexpected ${what} "${value}" in the database`);
  return found;
}

const LANGS = ['en', 'zh'] as const;
const ROUND_STATUSES = ['open', 'closed'] as const;
const SELF_GRADES = ['again', 'hard', 'good', 'easy'] as const;
const DUEL_STATUSES = ['pending', 'active', 'settled', 'declined', 'expired'] as const;
export const OPEN_DUEL_STATUSES: readonly DuelStatus[] = ['pending', 'active'];

export function toTenant(row: Tenant): TenantRecord {
  return {
    id: row.id,
    name: row.name,
    lang: row.lang === null ? null : oneOf<Lang>(row.lang, LANGS, 'language'),
  };
}

export function toPlayer(row: Player): PlayerRecord {
  return {
    id: row.id,
    tenantId: row.tenantId,
    displayName: row.displayName,
    isBot: row.isBot,
    rating: row.rating,
    ratedGames: row.ratedGames,
  };
}

export function toChannel(row: Channel): ChannelRecord {
  const hasSchedule = row.schedulePostTime !== null && row.scheduleCloseTime !== null;
  return {
    id: row.id,
    tenantId: row.tenantId,
    name: row.name,
    timezone: row.timezone,
    schedule: hasSchedule
      ? {
          postTime: row.schedulePostTime ?? '',
          closeTime: row.scheduleCloseTime ?? '',
          timezone: row.scheduleTimezone ?? row.timezone,
          weekdays: (row.scheduleWeekdays ?? '')
            .split(',')
            .filter((d) => d !== '')
            .map(Number),
          paused: row.schedulePaused,
        }
      : null,
    pauseReason: row.pauseReason,
    reminder: row.scheduleReminder,
  };
}

export function toRound(row: Round): RoundRecord {
  return {
    id: row.id,
    tenantId: row.tenantId,
    channelId: row.channelId,
    kind: oneOf<RoundKind>(row.kind, ROUND_KINDS, 'round kind'),
    questionId: row.questionId,
    ownerId: row.ownerId,
    localDate: row.localDate,
    opensAt: row.opensAt,
    closesAt: row.closesAt,
    status: oneOf<RoundStatus>(row.status, ROUND_STATUSES, 'round status'),
    postRef: row.postRef,
    late: row.late,
    resultsPostedAt: row.resultsPostedAt,
  };
}

export function roundRow(round: RoundRecord): Round {
  return {
    id: round.id,
    tenantId: round.tenantId,
    channelId: round.channelId,
    kind: round.kind,
    questionId: round.questionId,
    ownerId: round.ownerId,
    localDate: round.localDate,
    dailyKey: round.kind === 'daily' ? round.localDate : null,
    opensAt: round.opensAt,
    closesAt: round.closesAt,
    status: round.status,
    postRef: round.postRef,
    late: round.late,
    resultsPostedAt: round.resultsPostedAt,
    postClaimOwner: null,
    postClaimUntil: null,
    reminderClaimUntil: null,
    reminderSentAt: null,
    revealClaimOwner: null,
    revealClaimUntil: null,
  };
}

export function toAnswer(row: Answer): AnswerRecord {
  return {
    roundId: row.roundId,
    playerId: row.playerId,
    tenantId: row.tenantId,
    channelId: row.channelId,
    roundKind: oneOf<RoundKind>(row.roundKind, ROUND_KINDS, 'round kind'),
    questionId: row.questionId,
    section: row.section,
    choice: row.choice,
    correct: row.correct,
    selfGrade: row.selfGrade === null ? null : oneOf<SelfGrade>(row.selfGrade, SELF_GRADES, 'self-grade'),
    points: row.points,
    latencyMs: row.latencyMs,
    answeredAt: row.answeredAt,
  };
}

export function toStreak(row: Streak): StreakRecord {
  return {
    playerId: row.playerId,
    channelId: row.channelId,
    current: row.current,
    best: row.best,
    lastDate: row.lastDate,
  };
}

/** The pair key that is set (and unique) while a duel is open, so a pair can never hold two. */
export function openPairKey(duel: Pick<DuelRecord, 'challengerId' | 'opponentId' | 'status'>): string | null {
  if (!OPEN_DUEL_STATUSES.includes(duel.status)) return null;
  return JSON.stringify([duel.challengerId, duel.opponentId].sort());
}

export function toDuel(row: Duel): DuelRecord {
  return {
    id: row.id,
    tenantId: row.tenantId,
    channelId: row.channelId,
    challengerId: row.challengerId,
    opponentId: row.opponentId,
    topic: row.topic,
    questionIds: decodeIdList(row.questionIds),
    status: oneOf<DuelStatus>(row.status, DUEL_STATUSES, 'duel status'),
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    acceptedAt: row.acceptedAt,
    settledAt: row.settledAt,
    winnerId: row.winnerId,
    challengerRatingDelta: row.challengerRatingDelta,
    opponentRatingDelta: row.opponentRatingDelta,
    postRef: row.postRef,
  };
}

export function duelRow(duel: DuelRecord): Duel {
  return {
    ...duel,
    questionIds: JSON.stringify(duel.questionIds),
    openPairKey: openPairKey(duel),
  };
}

export function toDuelAnswer(row: DuelAnswer): DuelAnswerRecord {
  return { ...row };
}

export function toReview(row: Review): ReviewRecord {
  return { ...row };
}
