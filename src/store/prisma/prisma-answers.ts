import type { StreakRecord } from '../../engine/records.ts';
import type { AnswerStore } from '../../engine/store-port.ts';
import { answerWriter } from '../hot-path/grouped-answer-writes.ts';
import { groupedPeopleCalls } from '../hot-path/grouped-people-calls.ts';
import { toAnswer, toStreak } from './row-mappers.ts';
import { byString, byTime } from './sort-order.ts';
import type { StoreContext } from './store-db.ts';

type AnswerMethods = AnswerStore;

export function answerMethods(ctx: StoreContext): AnswerMethods {
  const { db } = ctx;
  const hot = groupedPeopleCalls(ctx);
  return {
    recordAnswer: answerWriter(ctx),
    async getAnswer(roundId, playerId) {
      const row = await db.answer.findUnique({ where: { roundId_playerId: { roundId, playerId } } });
      return row ? toAnswer(row) : null;
    },
    async answersForRound(roundId) {
      const rows = await db.answer.findMany({
        where: { roundId },
        orderBy: [{ answeredAt: 'asc' }, { playerId: 'asc' }],
      });
      return rows
        .map(toAnswer)
        .sort((a, b) => byTime(a.answeredAt, b.answeredAt) || byString(a.playerId, b.playerId));
    },
    countAnswers: hot.countAnswers,
    getStreak: hot.getStreak,
    async streaksFor(tenantId, playerIds, channelId) {
      const ids = [...new Set(playerIds)];
      if (ids.length === 0) return [];
      const rows = await db.streak.findMany({
        where:
          channelId === null ? { tenantId, playerId: { in: ids } } : { channelId, playerId: { in: ids } },
      });
      const best = new Map<string, StreakRecord>();
      for (const row of rows.map(toStreak)) {
        const held = best.get(row.playerId);
        if (!held || isBetter(row, held)) best.set(row.playerId, row);
      }
      return [...best.values()].sort((a, b) => byString(a.playerId, b.playerId));
    },
  };
}

function isBetter(a: StreakRecord, b: StreakRecord): boolean {
  if (a.current !== b.current) return a.current > b.current;
  if (a.best !== b.best) return a.best > b.best;
  return a.channelId < b.channelId;
}
