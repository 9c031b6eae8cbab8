import type { RoundStore } from '../../engine/store-port.ts';
import { isRecordNotFound, isUniqueViolation, storeError } from '../database-errors.ts';
import { roundRow, toRound } from './row-mappers.ts';
import { byString, byTime } from './sort-order.ts';
import type { StoreContext } from './store-db.ts';

type RoundMethods = RoundStore;

export function roundMethods({ db }: StoreContext): RoundMethods {
  const mustExist = async (id: string, operation: string) => {
    const row = await db.round.findUnique({ where: { id } });
    if (!row) throw new Error(`${operation}: no round ${id}`);
    return row;
  };

  return {
    async createDailyRound(round) {
      if (round.kind !== 'daily' || round.channelId === null || round.localDate === null) {
        throw new Error('createDailyRound: a daily round needs a channel and a local date');
      }
      const channelId = round.channelId;
      const dailyKey = round.localDate;
      try {
        const row = await db.round.create({ data: roundRow(round) });
        return { round: toRound(row), created: true };
      } catch (error) {
        // The unique (channelId, dailyKey) refused a second round for the date: return the one that won.
        if (!isUniqueViolation(error)) throw storeError('createDailyRound', error);
        const existing = await db.round.findUnique({
          where: { channelId_dailyKey: { channelId, dailyKey } },
        });
        if (!existing) throw storeError('createDailyRound (round id already used)', error);
        return { round: toRound(existing), created: false };
      }
    },
    async createRound(round) {
      try {
        return toRound(await db.round.create({ data: roundRow(round) }));
      } catch (error) {
        throw storeError(`createRound ${round.id}`, error);
      }
    },
    async getRound(id) {
      const row = await db.round.findUnique({ where: { id } });
      return row ? toRound(row) : null;
    },
    async getDailyRound(channelId, localDate) {
      const row = await db.round.findUnique({
        where: { channelId_dailyKey: { channelId, dailyKey: localDate } },
      });
      return row ? toRound(row) : null;
    },
    async claimRoundPost(id, owner, now, leaseMs) {
      // Compare-and-set: only an unposted round whose lease is free, ran out, or is already ours.
      const { count } = await db.round.updateMany({
        where: {
          id,
          postRef: null,
          OR: [{ postClaimUntil: null }, { postClaimUntil: { lte: now } }, { postClaimOwner: owner }],
        },
        data: { postClaimOwner: owner, postClaimUntil: new Date(now.getTime() + leaseMs) },
      });
      return count === 1;
    },
    async markRoundPosted(id, postRef, shownAt) {
      try {
        await db.round.update({
          where: { id },
          data: {
            postRef,
            postClaimOwner: null,
            postClaimUntil: null,
            ...(shownAt === undefined ? {} : { opensAt: shownAt }),
          },
        });
      } catch (error) {
        if (isRecordNotFound(error)) throw new Error(`markRoundPosted: no round ${id}`, { cause: error });
        throw storeError('markRoundPosted', error);
      }
    },
    async closeRound(id, now) {
      const before = await mustExist(id, 'closeRound');
      // Only the caller whose update moved the row from open to closed gets closedNow.
      const { count } = await db.round.updateMany({
        where: { id, status: 'open' },
        data: { status: 'closed', ...(before.closesAt === null ? { closesAt: now } : {}) },
      });
      return { round: toRound(await mustExist(id, 'closeRound')), closedNow: count === 1 };
    },
    async claimRoundReveal(id, owner, now, leaseMs) {
      const { count } = await db.round.updateMany({
        where: {
          id,
          resultsPostedAt: null,
          OR: [{ revealClaimUntil: null }, { revealClaimUntil: { lte: now } }, { revealClaimOwner: owner }],
        },
        data: { revealClaimOwner: owner, revealClaimUntil: new Date(now.getTime() + leaseMs) },
      });
      return count === 1;
    },
    async markResultsPosted(id, now) {
      const { count } = await db.round.updateMany({
        where: { id, resultsPostedAt: null },
        data: { resultsPostedAt: now },
      });
      return count === 1;
    },
    async listRoundsDueToClose(kind, now) {
      const rows = await db.round.findMany({
        where: { kind, status: 'open', closesAt: { lte: now } },
        orderBy: [{ closesAt: 'asc' }, { id: 'asc' }],
      });
      return rows.map(toRound).sort((a, b) => byTime(a.closesAt, b.closesAt) || byString(a.id, b.id));
    },
    async listClosedDailyRoundsWithoutResults() {
      const rows = await db.round.findMany({
        where: { kind: 'daily', status: 'closed', resultsPostedAt: null },
        orderBy: { id: 'asc' },
      });
      return rows.map(toRound).sort((a, b) => byString(a.id, b.id));
    },
    async previousDailyDate(channelId, beforeDate) {
      const row = await db.round.findFirst({
        where: { channelId, kind: 'daily', dailyKey: { lt: beforeDate } },
        orderBy: { dailyKey: 'desc' },
        select: { dailyKey: true },
      });
      return row?.dailyKey ?? null;
    },
    async dailyQuestionIds(channelId) {
      const rows = await db.round.findMany({
        where: { channelId, kind: 'daily' },
        orderBy: { dailyKey: 'asc' },
        select: { questionId: true },
      });
      return rows.map((r) => r.questionId);
    },
  };
}
