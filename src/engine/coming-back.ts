import type { RoundWithQuestion } from './api.ts';
import { localDateOf } from './calendar.ts';
import { channelZone, type EngineContext, questionOf } from './engine-context.ts';
import type { ChannelId, PlayerId, RoundId } from './ids.ts';
import type { SelfGrade } from './records.ts';

/**
 * What a player who comes back needs: the answer they already gave (never whether it was right: a daily
 * round stays secret until it closes, and adapters learn the right option from its results), and today's
 * daily round of a channel even once it has closed, so it can show its result instead of "nothing open".
 */
export interface MyAnswer {
  /** The option picked; null for a self-graded flashcard. */
  readonly choice: number | null;
  readonly selfGrade: SelfGrade | null;
  readonly answeredAt: Date;
}

export async function myAnswer(
  ctx: EngineContext,
  roundId: RoundId,
  playerId: PlayerId,
): Promise<MyAnswer | null> {
  const answer = await ctx.store.getAnswer(roundId, playerId);
  return answer === null
    ? null
    : { choice: answer.choice, selfGrade: answer.selfGrade, answeredAt: answer.answeredAt };
}

export async function todaysDailyRound(
  ctx: EngineContext,
  channelId: ChannelId,
): Promise<RoundWithQuestion | null> {
  const channel = await ctx.store.getChannel(channelId);
  if (channel === null) return null;
  const round = await ctx.store.getDailyRound(channelId, localDateOf(ctx.clock.now(), channelZone(channel)));
  if (round === null) return null;
  const question = await questionOf(ctx, round.questionId);
  return question === null ? null : { round, question };
}
