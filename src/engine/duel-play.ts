import type { Question } from '../content/question.ts';
import type { Actor, DuelAnswerOutcome, DuelQuestion, DuelRejection, DuelSettlement } from './api.ts';
import { duelRoundId, finish, viewOf } from './duel-settlement.ts';
import { type EngineContext, questionOf, touchActor } from './engine-context.ts';
import type { DuelId, PlayerId } from './ids.ts';
import { type DuelAnswerRecord, type DuelRecord, joinSectionPath } from './records.ts';
import { EngineError, ok, type Result, reject } from './result.ts';
import { pointsFor } from './scoring.ts';

type Playable = { duel: DuelRecord };

async function playableDuel(
  ctx: EngineContext,
  actor: Actor,
  duelId: DuelId,
): Promise<Result<Playable, DuelRejection>> {
  const duel = await ctx.store.getDuel(duelId);
  if (duel === null) return reject('duel_not_found');
  if (duel.tenantId !== actor.tenantId) return reject('wrong_tenant');
  if (duel.challengerId !== actor.playerId && duel.opponentId !== actor.playerId)
    return reject('not_a_player');
  if (duel.status === 'expired') return reject('duel_expired');
  if (duel.status === 'settled') return reject('finished');
  if (duel.status !== 'active') return reject('duel_not_active');
  if (duel.expiresAt.getTime() <= ctx.clock.now().getTime()) return reject('duel_expired');
  return ok({ duel });
}

const isDone = (a: DuelAnswerRecord) => a.answeredAt !== null || a.timedOut;

/**
 * Serves the player's next question and starts its clock. Asking again before answering returns the
 * same question with the same deadline; asking after the deadline records a time-out and moves on.
 */
export async function nextDuelQuestion(
  ctx: EngineContext,
  actor: Actor,
  duelId: DuelId,
): Promise<Result<DuelQuestion, DuelRejection>> {
  const playable = await playableDuel(ctx, actor, duelId);
  if (!playable.ok) return playable;
  const { duel } = playable.value;
  const limit = ctx.settings.duelQuestionTimeMs;
  // Each pass either returns, or finishes one question (a time-out), so this ends within N passes.
  for (let pass = 0; pass <= duel.questionIds.length; pass += 1) {
    const now = ctx.clock.now();
    const mine = (await ctx.store.duelAnswers(duelId)).filter((a) => a.playerId === actor.playerId);
    const index = firstOpenIndex(duel, mine);
    if (index === null) {
      // This very call finished the player's part with time-outs (recorded above). If the other part is
      // done too, the duel is over, but this call has no one to tell: its caller shows the player their
      // own tally. So it is made due now, and the scheduler's next expiry pass settles it as played and
      // announces it, as it does for any duel whose end nobody announced. A part finished by answering is
      // settled by answerDuel, whose caller announces the result.
      if (pass > 0) await dueNowIfBothDone(ctx, duel, now);
      return reject('finished');
    }
    const question = await duelQuestionAt(ctx, duel, index);
    const served = mine.find((a) => a.index === index);
    if (served === undefined) {
      await ctx.store.serveDuelQuestion(duelId, actor.playerId, index, now);
      const again = (await ctx.store.duelAnswers(duelId)).find(
        (a) => a.playerId === actor.playerId && a.index === index,
      );
      const servedAt = again?.servedAt ?? now;
      return ok({
        duel,
        index,
        total: duel.questionIds.length,
        question,
        deadline: new Date(servedAt.getTime() + limit),
      });
    }
    const deadline = new Date(served.servedAt.getTime() + limit);
    if (now.getTime() <= deadline.getTime()) {
      return ok({ duel, index, total: duel.questionIds.length, question, deadline });
    }
    await recordDuelOutcome(ctx, duel, actor.playerId, index, question, served, null, now);
  }
  throw new EngineError('duel_loop', `duel ${duelId} did not advance`);
}

export async function answerDuel(
  ctx: EngineContext,
  actor: Actor,
  duelId: DuelId,
  index: number,
  choice: number,
): Promise<Result<DuelAnswerOutcome, DuelRejection>> {
  const playable = await playableDuel(ctx, actor, duelId);
  if (!playable.ok) return playable;
  const { duel } = playable.value;
  if (!Number.isInteger(index) || index < 0 || index >= duel.questionIds.length)
    return reject('question_not_current');
  const served = (await ctx.store.duelAnswers(duelId)).find(
    (a) => a.playerId === actor.playerId && a.index === index,
  );
  if (served === undefined) return reject('question_not_current');
  if (isDone(served)) return reject('already_answered');
  const question = await duelQuestionAt(ctx, duel, index);
  if (!Number.isInteger(choice) || choice < 0 || choice >= question.options.length)
    return reject('choice_out_of_range');
  await touchActor(ctx, actor);
  const now = ctx.clock.now();
  const outcome = await recordDuelOutcome(ctx, duel, actor.playerId, index, question, served, choice, now);
  if (outcome === 'duplicate') return reject('already_answered');
  if (outcome === 'not_served') return reject('question_not_current');
  const settled = await settleIfBothDone(ctx, duel);
  const fresh = (await ctx.store.getDuel(duelId)) ?? duel;
  return ok({
    view: await viewOf(ctx, fresh),
    correct: outcome.correct,
    timedOut: outcome.timedOut,
    question,
    settled,
  });
}

function firstOpenIndex(duel: DuelRecord, mine: readonly DuelAnswerRecord[]): number | null {
  for (let i = 0; i < duel.questionIds.length; i += 1) {
    const a = mine.find((x) => x.index === i);
    if (a === undefined || !isDone(a)) return i;
  }
  return null;
}

async function duelQuestionAt(ctx: EngineContext, duel: DuelRecord, index: number): Promise<Question> {
  const id = duel.questionIds[index];
  const question = id === undefined ? null : await questionOf(ctx, id);
  if (question === null)
    throw new EngineError('question_missing', `duel ${duel.id} question ${index} is missing`);
  return question;
}

/** `choice` null records a time-out. An answer after the deadline is a time-out too, whatever it chose. */
async function recordDuelOutcome(
  ctx: EngineContext,
  duel: DuelRecord,
  playerId: PlayerId,
  index: number,
  question: Question,
  served: DuelAnswerRecord,
  choice: number | null,
  now: Date,
): Promise<{ correct: boolean; timedOut: boolean } | 'duplicate' | 'not_served'> {
  const deadline = served.servedAt.getTime() + ctx.settings.duelQuestionTimeMs;
  const timedOut = choice === null || now.getTime() > deadline;
  const correct = !timedOut && choice === question.correctIndex;
  const stored = await ctx.store.answerDuelQuestion(duel.id, playerId, index, {
    choice: timedOut ? null : choice,
    correct,
    answeredAt: now,
    timedOut,
  });
  if (stored !== 'recorded') return stored;
  const round = await ctx.store.getRound(duelRoundId(duel.id, index));
  if (round !== null) {
    const latencyMs = Math.min(
      ctx.settings.duelQuestionTimeMs,
      Math.max(0, now.getTime() - served.servedAt.getTime()),
    );
    await ctx.store.recordAnswer({
      roundId: round.id,
      playerId,
      tenantId: duel.tenantId,
      channelId: duel.channelId,
      roundKind: 'duel',
      questionId: question.id,
      section: joinSectionPath(question.sectionPath),
      choice: timedOut ? null : choice,
      correct,
      selfGrade: null,
      points: pointsFor(ctx.settings, 'duel', correct, latencyMs, false),
      latencyMs,
      answeredAt: now,
    });
  }
  return { correct, timedOut };
}

async function bothDone(ctx: EngineContext, duel: DuelRecord): Promise<boolean> {
  const answers = await ctx.store.duelAnswers(duel.id);
  const total = duel.questionIds.length;
  const doneBy = (id: PlayerId) => answers.filter((a) => a.playerId === id && isDone(a)).length;
  return doneBy(duel.challengerId) >= total && doneBy(duel.opponentId) >= total;
}

async function settleIfBothDone(ctx: EngineContext, duel: DuelRecord): Promise<DuelSettlement | null> {
  return (await bothDone(ctx, duel)) ? finish(ctx, duel, 'played') : null;
}

/** Still active, expiring now: expireDuels settles it (as played) and the scheduler announces it. */
async function dueNowIfBothDone(ctx: EngineContext, duel: DuelRecord, now: Date): Promise<void> {
  if (await bothDone(ctx, duel)) await ctx.store.transitionDuel(duel.id, ['active'], { expiresAt: now });
}
