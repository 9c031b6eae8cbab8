import type { Actor, Place, PracticeRejection, RoundWithQuestion } from './api.ts';
import { type EngineContext, touchActor, touchPlace } from './engine-context.ts';
import { pickPracticeQuestion } from './practice-pick.ts';
import type { RoundRecord } from './records.ts';
import { ok, type Result, reject } from './result.ts';

/** A practice round: one question for one player, due reviews first, then new cards. */
export async function startPractice(
  ctx: EngineContext,
  actor: Actor,
  place: Place | null,
  topic: string | undefined,
): Promise<Result<RoundWithQuestion, PracticeRejection>> {
  await ctx.ready();
  const pool = ctx.bank().questionsFor(topic);
  if (pool === null) return reject('unknown_topic', topic);
  if (pool.length === 0) return reject('no_questions');
  await touchActor(ctx, actor);
  if (place !== null) await touchPlace(ctx, actor.tenantId, place);
  const now = ctx.clock.now();
  const reviews = await ctx.store.getReviews(actor.playerId);
  const question = pickPracticeQuestion(pool, reviews, now, ctx.random);
  if (question === undefined) return reject('no_questions');
  const round: RoundRecord = {
    id: ctx.newId('practice'),
    tenantId: actor.tenantId,
    channelId: place?.channelId ?? null,
    kind: 'practice',
    questionId: question.id,
    ownerId: actor.playerId,
    localDate: null,
    opensAt: now,
    closesAt: null,
    status: 'open',
    postRef: null,
    late: false,
    resultsPostedAt: null,
  };
  return ok({ round: await ctx.store.createRound(round), question });
}
