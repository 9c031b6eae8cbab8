import type { Actor, Place, PracticeRejection, PracticeRound, TopicRequest } from './api.ts';
import { type EngineContext, touchActor, touchPlace } from './engine-context.ts';
import { pickPracticeQuestion } from './practice-pick.ts';
import { inPlay } from './question-flag-commands.ts';
import type { RoundRecord } from './records.ts';
import { ok, type Result, reject } from './result.ts';

/** A practice round: one question for one player, due reviews first, then new cards. */
export async function startPractice(
  ctx: EngineContext,
  actor: Actor,
  place: Place | null,
  topic: TopicRequest | undefined,
): Promise<Result<PracticeRound, PracticeRejection>> {
  await ctx.ready();
  const bank = ctx.bank();
  const asked = typeof topic === 'string' ? (topic.trim() === '' ? undefined : topic.trim()) : topic;
  const topicTitles =
    asked === undefined
      ? []
      : typeof asked === 'string'
        ? bank.resolveTopic(asked)
        : asked.titles.filter((title) => bank.titles.includes(title));
  if (asked !== undefined && topicTitles.length === 0)
    return reject('unknown_topic', typeof asked === 'string' ? asked : undefined);
  const pool = await inPlay(
    ctx,
    actor.tenantId,
    asked === undefined ? bank.all : bank.questionsUnder(topicTitles),
  );
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
  return ok({ round: await ctx.store.createRound(round), question, topicTitles });
}
