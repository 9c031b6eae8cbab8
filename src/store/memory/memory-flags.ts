import type { FlagStore } from '../../engine/flag-store.ts';
import type { FlagRecord, SuppressionRecord } from '../../engine/question-flags.ts';
import { byString, copy, key } from './memory-tables.ts';

type FlagMethods = FlagStore;

/**
 * Reported questions and questions out of play, with the databases' keys: one report per player, question
 * and text (`questionId, playerId, fingerprint`), one suppression per tenant and question. Its own tables:
 * nothing else in the store reads them.
 */
export function flagMethods(): FlagMethods {
  const flags = new Map<string, FlagRecord>();
  const suppressions = new Map<string, SuppressionRecord>();
  const isOpenOf = (f: FlagRecord, of: Pick<FlagRecord, 'tenantId' | 'questionId' | 'fingerprint'>) =>
    f.resolvedAt === null &&
    f.tenantId === of.tenantId &&
    f.questionId === of.questionId &&
    f.fingerprint === of.fingerprint;
  return {
    async recordFlag(flag) {
      const k = key(flag.questionId, flag.playerId, flag.fingerprint);
      const outcome = flags.has(k) ? 'duplicate' : 'recorded';
      if (outcome === 'recorded') flags.set(k, copy(flag));
      const openReports = [...flags.values()].filter((f) => isOpenOf(f, flag)).length;
      return { outcome, openReports };
    },
    async openFlags(tenantId) {
      return [...flags.values()]
        .filter((f) => f.resolvedAt === null && (tenantId === null || f.tenantId === tenantId))
        .sort(
          (a, b) =>
            a.createdAt.getTime() - b.createdAt.getTime() ||
            byString(a.questionId, b.questionId) ||
            byString(a.playerId, b.playerId),
        )
        .map(copy);
    },
    async resolveFlags(tenantId, questionId, at) {
      let resolved = 0;
      for (const [k, f] of flags) {
        if (f.resolvedAt !== null || f.tenantId !== tenantId || f.questionId !== questionId) continue;
        flags.set(k, { ...f, resolvedAt: new Date(at) });
        resolved += 1;
      }
      return resolved;
    },
    async suppressQuestion(suppression) {
      const k = key(suppression.tenantId, suppression.questionId);
      if (suppressions.get(k)?.fingerprint === suppression.fingerprint) return 'already_suppressed';
      suppressions.set(k, copy(suppression));
      return 'suppressed';
    },
    async liftSuppression(tenantId, questionId) {
      return suppressions.delete(key(tenantId, questionId));
    },
    async suppressions(tenantId) {
      return [...suppressions.values()]
        .filter((s) => tenantId === null || s.tenantId === tenantId)
        .sort((a, b) => byString(a.tenantId, b.tenantId) || byString(a.questionId, b.questionId))
        .map(copy);
    },
    async liftChangedSuppressions(current) {
      let lifted = 0;
      for (const [k, s] of suppressions) {
        const now = current.get(s.questionId);
        if (now === undefined || now === s.fingerprint) continue;
        suppressions.delete(k);
        lifted += 1;
      }
      return lifted;
    },
  };
}
