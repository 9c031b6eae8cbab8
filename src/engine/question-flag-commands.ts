import type { Question } from '../content/question.ts';
import type { Actor } from './api.ts';
import { duelIdOfRound } from './duel-settlement.ts';
import { type EngineContext, questionOf, touchActor } from './engine-context.ts';
import type { QuestionId, RoundId, TenantId } from './ids.ts';
import {
  cleanFlagNote,
  FLAG_REASONS,
  FLAGGED_NOTES_SHOWN,
  type FlaggedQuestion,
  type FlagReason,
  type FlagRecord,
  type FlagRejection,
  type QuestionFlags,
  questionFingerprint,
  type SuppressionRecord,
} from './question-flags.ts';
import type { RoundRecord } from './records.ts';
import { ok, type Result, reject } from './result.ts';

/** engine.flags (question-flags.ts): reports, the automatic suppression, and the admins' verdicts. */
export function questionFlags(ctx: EngineContext): QuestionFlags {
  return {
    reportable: (actor, roundId) => reportableQuestion(ctx, actor, roundId),

    async report(actor, roundId, input) {
      const found = await reportableQuestion(ctx, actor, roundId);
      if (!found.ok) return found;
      const question = found.value;
      await touchActor(ctx, actor);
      const now = ctx.clock.now();
      const fingerprint = questionFingerprint(question);
      const { outcome, openReports } = await ctx.store.recordFlag({
        tenantId: actor.tenantId,
        questionId: question.id,
        fingerprint,
        playerId: actor.playerId,
        reason: input.reason,
        note: cleanFlagNote(input.note),
        createdAt: now,
        resolvedAt: null,
      });
      // Checked on a duplicate too: a retry after a crash between the report and the suppression completes it.
      const threshold = ctx.settings.flagSuppressAfter;
      const suppressedNow =
        threshold > 0 &&
        openReports >= threshold &&
        (await ctx.store.suppressQuestion({
          tenantId: actor.tenantId,
          questionId: question.id,
          fingerprint,
          byPlayerId: null,
          createdAt: now,
        })) === 'suppressed';
      return ok({ outcome, question, openReports, suppressedNow });
    },

    async list(tenantId) {
      await ctx.ready();
      const [flags, suppressions] = await Promise.all([
        ctx.store.openFlags(tenantId),
        ctx.store.suppressions(tenantId),
      ]);
      return flaggedQuestions(ctx, flags, suppressions);
    },

    async suppress(actor, questionId) {
      await ctx.ready();
      const question = ctx.bank().byId(questionId);
      if (question === undefined) return reject('question_not_found');
      const done = await ctx.store.suppressQuestion({
        tenantId: actor.tenantId,
        questionId,
        fingerprint: questionFingerprint(question),
        byPlayerId: actor.playerId,
        createdAt: ctx.clock.now(),
      });
      return ok({ changed: done === 'suppressed' });
    },

    async restore(actor, questionId) {
      const lifted = await ctx.store.liftSuppression(actor.tenantId, questionId);
      const resolved = await ctx.store.resolveFlags(actor.tenantId, questionId, ctx.clock.now());
      if (!lifted && resolved === 0 && ctx.bank().byId(questionId) === undefined)
        return reject('question_not_found');
      return ok({ changed: lifted || resolved > 0 });
    },

    async dismiss(actor, questionId) {
      const resolved = await ctx.store.resolveFlags(actor.tenantId, questionId, ctx.clock.now());
      if (resolved === 0 && ctx.bank().byId(questionId) === undefined) return reject('question_not_found');
      return ok({ changed: resolved > 0 });
    },
  };
}

/** The question of a round the actor may report: one of their team's, shown to them. */
async function reportableQuestion(
  ctx: EngineContext,
  actor: Actor,
  roundId: RoundId,
): Promise<Result<Question, FlagRejection>> {
  await ctx.ready();
  const round = await ctx.store.getRound(roundId);
  if (round === null) return reject('round_not_found');
  if (round.tenantId !== actor.tenantId) return reject('wrong_tenant');
  if (!(await sawRound(ctx, round, actor))) return reject('not_your_round');
  const question = await questionOf(ctx, round.questionId);
  return question === null ? reject('round_not_found') : ok(question);
}

/**
 * Whether the player was shown the round's question: anyone of the team sees its daily post; a practice
 * round is its owner's; a duel question belongs to the duel's two players.
 */
async function sawRound(ctx: EngineContext, round: RoundRecord, actor: Actor): Promise<boolean> {
  if (round.kind === 'practice') return round.ownerId === actor.playerId;
  if (round.kind === 'duel') {
    const duelId = duelIdOfRound(round.id);
    const duel = duelId === null ? null : await ctx.store.getDuel(duelId);
    return duel !== null && (duel.challengerId === actor.playerId || duel.opponentId === actor.playerId);
  }
  return true;
}

/**
 * Whether a stored report or suppression is about the note's text as it is now: one about a text since
 * changed no longer holds, and one about a question no longer in the notes is not shown.
 */
function currentQuestion(
  ctx: EngineContext,
  record: { readonly questionId: QuestionId; readonly fingerprint: string },
): Question | null {
  const question = ctx.bank().byId(record.questionId);
  return question !== undefined && questionFingerprint(question) === record.fingerprint ? question : null;
}

/** `questions` without those out of play in the tenant: what every pick (daily, practice, duel) draws from. */
export async function inPlay(
  ctx: EngineContext,
  tenantId: TenantId,
  questions: readonly Question[],
): Promise<readonly Question[]> {
  const suppressed = await ctx.store.suppressions(tenantId);
  if (suppressed.length === 0) return questions;
  const out = new Set(suppressed.filter((s) => currentQuestion(ctx, s) !== null).map((s) => s.questionId));
  return out.size === 0 ? questions : questions.filter((q) => !out.has(q.id));
}

/** After a load of the notes: the suppressions of questions whose text changed are lifted for good. */
export function liftChangedSuppressions(ctx: EngineContext, questions: readonly Question[]): Promise<number> {
  return ctx.store.liftChangedSuppressions(new Map(questions.map((q) => [q.id, questionFingerprint(q)])));
}

function flaggedQuestions(
  ctx: EngineContext,
  flags: readonly FlagRecord[],
  suppressions: readonly SuppressionRecord[],
): FlaggedQuestion[] {
  const byQuestion = new Map<QuestionId, { question: Question; flags: FlagRecord[] }>();
  const entry = (question: Question) => {
    const found = byQuestion.get(question.id) ?? { question, flags: [] };
    byQuestion.set(question.id, found);
    return found;
  };
  for (const flag of flags) {
    const question = currentQuestion(ctx, flag);
    if (question !== null) entry(question).flags.push(flag);
  }
  const suppressedBy = new Map<QuestionId, SuppressionRecord>();
  for (const s of suppressions) {
    const question = currentQuestion(ctx, s);
    if (question === null) continue;
    entry(question);
    suppressedBy.set(s.questionId, s);
  }
  return [...byQuestion.values()]
    .map(({ question, flags: reported }): FlaggedQuestion => {
      const suppression = suppressedBy.get(question.id);
      const newestFirst = [...reported].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
      return {
        question,
        reports: new Set(reported.map((f) => f.playerId)).size,
        reasons: reasonCounts(reported),
        notes: newestFirst
          .flatMap((f) => (f.note === null ? [] : [{ reason: f.reason, note: f.note }]))
          .slice(0, FLAGGED_NOTES_SHOWN),
        lastReportedAt: newestFirst[0]?.createdAt ?? null,
        suppression:
          suppression === undefined
            ? null
            : { auto: suppression.byPlayerId === null, at: suppression.createdAt },
      };
    })
    .sort(
      (a, b) =>
        b.reports - a.reports ||
        (b.lastReportedAt?.getTime() ?? 0) - (a.lastReportedAt?.getTime() ?? 0) ||
        (a.question.id < b.question.id ? -1 : a.question.id > b.question.id ? 1 : 0),
    );
}

/** Reasons with their counts, most frequent first, ties in the menus' order. */
function reasonCounts(flags: readonly FlagRecord[]): { reason: FlagReason; count: number }[] {
  return FLAG_REASONS.map((reason) => ({ reason, count: flags.filter((f) => f.reason === reason).length }))
    .filter((r) => r.count > 0)
    .sort((a, b) => b.count - a.count);
}
