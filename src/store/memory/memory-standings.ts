import { type AnswerRecord, sectionHasTitle } from '../../engine/records.ts';
import type { LeaderboardRow, SectionStat, StandingsStore } from '../../engine/store-port.ts';
import { byString, type MemoryTables } from './memory-tables.ts';

type StandingMethods = StandingsStore;

/** Aggregates by scanning every answer: fine for tests; the databases do it with indexes. */
export function standingMethods(t: MemoryTables): StandingMethods {
  return {
    async leaderboard(query) {
      const kinds = new Set(query.roundKinds);
      const totals = new Map<string, { points: number; answered: number; correct: number }>();
      for (const a of t.answers.values()) {
        if (!counts(a, query, kinds) || inOpenDailyRound(t, a)) continue;
        const row = totals.get(a.playerId) ?? { points: 0, answered: 0, correct: 0 };
        row.points += a.points;
        row.answered += 1;
        row.correct += a.correct ? 1 : 0;
        totals.set(a.playerId, row);
      }
      const ranked: LeaderboardRow[] = [...totals.entries()]
        .sort(
          ([idA, a], [idB, b]) =>
            b.points - a.points || b.correct - a.correct || a.answered - b.answered || byString(idA, idB),
        )
        .map(([playerId, row], i) => ({
          rank: i + 1,
          playerId,
          displayName: t.players.get(playerId)?.displayName ?? playerId,
          ...row,
        }));
      const viewer =
        query.viewerId === undefined ? null : (ranked.find((r) => r.playerId === query.viewerId) ?? null);
      return { rows: ranked.slice(0, Math.max(0, query.limit)), viewer, totalPlayers: ranked.length };
    },
    async sectionStats(playerId) {
      const bySection = new Map<string, SectionStat>();
      for (const a of t.answersByPlayer.get(playerId) ?? []) {
        if (inOpenDailyRound(t, a)) continue;
        const s = bySection.get(a.section) ?? { section: a.section, answered: 0, correct: 0, selfGraded: 0 };
        bySection.set(a.section, {
          section: a.section,
          answered: s.answered + 1,
          correct: s.correct + (a.correct ? 1 : 0),
          selfGraded: s.selfGraded + (a.selfGrade !== null ? 1 : 0),
        });
      }
      return [...bySection.values()].sort((a, b) => byString(a.section, b.section));
    },
    async answersPerPeriod(playerId, bounds) {
      const tallies = bounds.slice(1).map(() => ({ answered: 0, correct: 0 }));
      for (const a of t.answersByPlayer.get(playerId) ?? []) {
        if (inOpenDailyRound(t, a)) continue;
        const i = periodIndex(bounds, a.answeredAt);
        const tally = i === null ? undefined : tallies[i];
        if (tally === undefined) continue;
        tally.answered += 1;
        tally.correct += a.correct ? 1 : 0;
      }
      return tallies;
    },
    async questionAccuracy(tenantId) {
      const byQuestion = new Map<string, { questionId: string; answered: number; correct: number }>();
      for (const a of t.answers.values()) {
        if (a.tenantId !== tenantId) continue;
        const s = byQuestion.get(a.questionId) ?? { questionId: a.questionId, answered: 0, correct: 0 };
        byQuestion.set(a.questionId, {
          ...s,
          answered: s.answered + 1,
          correct: s.correct + (a.correct ? 1 : 0),
        });
      }
      return [...byQuestion.values()].sort((a, b) => byString(a.questionId, b.questionId));
    },
  };
}

/** The i of the period [bounds[i], bounds[i + 1]) holding `at`, or null outside them all. */
function periodIndex(bounds: readonly Date[], at: Date): number | null {
  for (let i = 0; i + 1 < bounds.length; i++) {
    const from = bounds[i];
    const to = bounds[i + 1];
    if (from !== undefined && to !== undefined && at >= from && at < to) return i;
  }
  return null;
}

/** An open daily round's answers stay hidden from boards and stats until it is revealed (closed). */
function inOpenDailyRound(t: MemoryTables, a: AnswerRecord): boolean {
  const round = t.rounds.get(a.roundId);
  return round !== undefined && round.kind === 'daily' && round.status === 'open';
}

function counts(
  a: AnswerRecord,
  q: { tenantId: string; channelId?: string; sections?: readonly string[]; from?: Date; to?: Date },
  kinds: ReadonlySet<string>,
): boolean {
  if (a.tenantId !== q.tenantId || a.selfGrade !== null || !kinds.has(a.roundKind)) return false;
  if (q.channelId !== undefined && a.channelId !== q.channelId) return false;
  if (q.sections !== undefined && !q.sections.some((title) => sectionHasTitle(a.section, title)))
    return false;
  if (q.from !== undefined && a.answeredAt < q.from) return false;
  if (q.to !== undefined && a.answeredAt >= q.to) return false;
  return true;
}
