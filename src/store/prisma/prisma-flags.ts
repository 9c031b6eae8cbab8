import type { FlagStore } from '../../engine/flag-store.ts';
import { type FlagRecord, isFlagReason, type SuppressionRecord } from '../../engine/question-flags.ts';
import { isUniqueViolation } from '../database-errors.ts';
import type { QuestionFlag, QuestionSuppression } from '../generated/sqlite/client.ts';
import { byString, byTime } from './sort-order.ts';
import type { StoreContext } from './store-db.ts';

type FlagMethods = FlagStore;

/**
 * Reported questions and questions out of play. "One report per player and question text" is the primary
 * key of QuestionFlag, "one suppression per tenant and question" that of QuestionSuppression: a racing
 * second insert fails on the key and becomes 'duplicate' / 'already_suppressed', never an error.
 */
export function flagMethods({ db }: StoreContext): FlagMethods {
  return {
    async recordFlag(flag) {
      let outcome: 'recorded' | 'duplicate' = 'recorded';
      try {
        await db.questionFlag.create({ data: { ...flag } });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        outcome = 'duplicate';
      }
      // Counted in a statement of its own, after the insert committed: it sees every report committed so far.
      const openReports = await db.questionFlag.count({
        where: {
          tenantId: flag.tenantId,
          questionId: flag.questionId,
          fingerprint: flag.fingerprint,
          resolvedAt: null,
        },
      });
      return { outcome, openReports };
    },
    async openFlags(tenantId) {
      const rows = await db.questionFlag.findMany({
        where: { resolvedAt: null, ...(tenantId === null ? {} : { tenantId }) },
      });
      return rows
        .map(toFlag)
        .sort(
          (a, b) =>
            byTime(a.createdAt, b.createdAt) ||
            byString(a.questionId, b.questionId) ||
            byString(a.playerId, b.playerId),
        );
    },
    async resolveFlags(tenantId, questionId, at) {
      const { count } = await db.questionFlag.updateMany({
        where: { tenantId, questionId, resolvedAt: null },
        data: { resolvedAt: at },
      });
      return count;
    },
    async suppressQuestion(suppression) {
      try {
        await db.questionSuppression.create({ data: { ...suppression } });
        return 'suppressed';
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
      // Out of play already: for another text of the question, this suppression takes its place.
      const { count } = await db.questionSuppression.updateMany({
        where: {
          tenantId: suppression.tenantId,
          questionId: suppression.questionId,
          fingerprint: { not: suppression.fingerprint },
        },
        data: {
          fingerprint: suppression.fingerprint,
          byPlayerId: suppression.byPlayerId,
          createdAt: suppression.createdAt,
        },
      });
      return count === 1 ? 'suppressed' : 'already_suppressed';
    },
    async liftSuppression(tenantId, questionId) {
      const { count } = await db.questionSuppression.deleteMany({ where: { tenantId, questionId } });
      return count > 0;
    },
    async suppressions(tenantId) {
      const rows = await db.questionSuppression.findMany({
        where: tenantId === null ? {} : { tenantId },
      });
      return rows
        .map(toSuppression)
        .sort((a, b) => byString(a.tenantId, b.tenantId) || byString(a.questionId, b.questionId));
    },
    async liftChangedSuppressions(current) {
      const rows = await db.questionSuppression.findMany();
      let lifted = 0;
      for (const row of rows) {
        const now = current.get(row.questionId);
        if (now === undefined || now === row.fingerprint) continue;
        // Only the suppression of the old text: one an admin made of the new text meanwhile stays.
        const { count } = await db.questionSuppression.deleteMany({
          where: { tenantId: row.tenantId, questionId: row.questionId, fingerprint: row.fingerprint },
        });
        lifted += count;
      }
      return lifted;
    },
  };
}

function toFlag(row: QuestionFlag): FlagRecord {
  if (!isFlagReason(row.reason))
    throw new Error(`store: unexpected report reason "${row.reason}" in the database`);
  return {
    tenantId: row.tenantId,
    questionId: row.questionId,
    fingerprint: row.fingerprint,
    playerId: row.playerId,
    reason: row.reason,
    note: row.note,
    createdAt: row.createdAt,
    resolvedAt: row.resolvedAt,
  };
}

function toSuppression(row: QuestionSuppression): SuppressionRecord {
  return {
    tenantId: row.tenantId,
    questionId: row.questionId,
    fingerprint: row.fingerprint,
    byPlayerId: row.byPlayerId,
    createdAt: row.createdAt,
  };
}
