import type { DuelRecord, DuelStatus } from '../../engine/records.ts';
import type { DuelStore } from '../../engine/store-port.ts';
import { isUniqueViolation, storeError } from '../database-errors.ts';
import type { Prisma } from '../generated/sqlite/client.ts';
import { duelRow, OPEN_DUEL_STATUSES, toDuel, toDuelAnswer } from './row-mappers.ts';
import { byString, byTime } from './sort-order.ts';
import type { StoreContext } from './store-db.ts';

type DuelMethods = DuelStore;

/** The columns a patch writes; leaving an open status also frees the pair's open-duel key. */
function patchData(patch: Partial<DuelRecord>): Prisma.DuelUpdateManyMutationInput {
  const { id: _id, questionIds, ...rest } = patch;
  const data: Prisma.DuelUpdateManyMutationInput = { ...rest };
  if (questionIds !== undefined) data.questionIds = JSON.stringify(questionIds);
  if (patch.status !== undefined && !OPEN_DUEL_STATUSES.includes(patch.status)) data.openPairKey = null;
  return data;
}

export function duelMethods({ db }: StoreContext): DuelMethods {
  const fetch = async (id: string) => {
    const row = await db.duel.findUnique({ where: { id } });
    return row ? toDuel(row) : null;
  };

  return {
    async createDuel(duel) {
      try {
        await db.duel.create({ data: duelRow(duel) });
        return 'created';
      } catch (error) {
        if (!isUniqueViolation(error)) throw storeError('createDuel', error);
        if (await db.duel.findUnique({ where: { id: duel.id }, select: { id: true } })) {
          throw new Error(`createDuel: duel id ${duel.id} already exists`, { cause: error });
        }
        // The unique openPairKey: these two already have a pending or active duel, in either direction.
        return 'open_duel_exists';
      }
    },
    getDuel: fetch,
    async transitionDuel(id, from, patch) {
      const { count } = await db.duel.updateMany({
        where: { id, status: { in: [...from] } },
        data: patchData(patch),
      });
      return count === 1 ? fetch(id) : null;
    },
    async finishDuel(id, from, patch, ratings) {
      return db.$transaction(async (tx) => {
        const { count } = await tx.duel.updateMany({
          where: { id, status: { in: [...from] } },
          data: patchData(patch),
        });
        if (count !== 1) return null;
        for (const { playerId, ratingDelta } of ratings) {
          // update (not updateMany) throws on a missing player, which rolls the settlement back.
          await tx.player.update({
            where: { id: playerId },
            data: { rating: { increment: ratingDelta }, ratedGames: { increment: 1 } },
          });
        }
        const row = await tx.duel.findUnique({ where: { id } });
        return row ? toDuel(row) : null;
      });
    },
    async listDuelsToExpire(statuses: readonly DuelStatus[], now) {
      const rows = await db.duel.findMany({
        where: { status: { in: [...statuses] }, expiresAt: { lte: now } },
        orderBy: [{ expiresAt: 'asc' }, { id: 'asc' }],
      });
      return rows.map(toDuel).sort((a, b) => byTime(a.expiresAt, b.expiresAt) || byString(a.id, b.id));
    },
    async serveDuelQuestion(duelId, playerId, index, servedAt) {
      try {
        await db.duelAnswer.create({ data: { duelId, playerId, index, servedAt }, select: { index: true } });
        return true;
      } catch (error) {
        // Already served: the first servedAt stands, so reopening a question never resets its timer.
        if (isUniqueViolation(error)) return false;
        throw storeError('serveDuelQuestion', error);
      }
    },
    async answerDuelQuestion(duelId, playerId, index, outcome) {
      const { count } = await db.duelAnswer.updateMany({
        where: { duelId, playerId, index, answeredAt: null, timedOut: false },
        data: {
          choice: outcome.choice,
          correct: outcome.correct,
          answeredAt: outcome.answeredAt,
          timedOut: outcome.timedOut,
        },
      });
      if (count === 1) return 'recorded';
      const served = await db.duelAnswer.findUnique({
        where: { duelId_playerId_index: { duelId, playerId, index } },
        select: { index: true },
      });
      return served ? 'duplicate' : 'not_served';
    },
    async duelAnswers(duelId) {
      const rows = await db.duelAnswer.findMany({
        where: { duelId },
        orderBy: [{ playerId: 'asc' }, { index: 'asc' }],
      });
      return rows.map(toDuelAnswer).sort((a, b) => byString(a.playerId, b.playerId) || a.index - b.index);
    },
  };
}
