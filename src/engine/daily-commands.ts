import type { RoundResults, RoundWithQuestion } from './api.ts';
import { localDateOf } from './calendar.ts';
import { todaysDailyRound } from './coming-back.ts';
import { createDailyRoundOn, type OpenedRound, resultsOf, roundWithQuestion } from './daily-round.ts';
import { channelZone, type EngineContext, rememberRound } from './engine-context.ts';
import type { ChannelId, RoundId } from './ids.ts';
import { EngineError, reject } from './result.ts';

/**
 * Opens the channel's round for the local date of `now` (idempotent: the store keeps one per channel and
 * date, so two processes racing here end with the same round).
 */
export async function openDailyRound(ctx: EngineContext, channelId: ChannelId): Promise<OpenedRound> {
  await ctx.ready();
  const channel = await ctx.store.getChannel(channelId);
  if (channel === null || channel.schedule === null) return reject('channel_not_scheduled');
  const localDate = localDateOf(ctx.clock.now(), channelZone(channel));
  const existing = await ctx.store.getDailyRound(channelId, localDate);
  if (existing !== null) return roundWithQuestion(ctx, existing, false);
  return createDailyRoundOn(ctx, channel, localDate);
}

/** Today's round of a channel while it is open (todaysDailyRound also returns a closed one). */
export async function currentDailyRound(
  ctx: EngineContext,
  channelId: ChannelId,
): Promise<RoundWithQuestion | null> {
  const today = await todaysDailyRound(ctx, channelId);
  return today !== null && today.round.status === 'open' ? today : null;
}

export async function closeRound(
  ctx: EngineContext,
  roundId: RoundId,
): Promise<{ results: RoundResults; closedNow: boolean }> {
  const existing = await ctx.store.getRound(roundId);
  if (existing === null) throw new EngineError('round_not_found', `no round ${roundId}`);
  const { round: closed, closedNow } = await ctx.store.closeRound(roundId, ctx.clock.now());
  rememberRound(ctx, closed);
  const results = await resultsOf(ctx, closed);
  if (results === null) throw new EngineError('round_not_found', `round ${roundId} vanished while closing`);
  return { results, closedNow };
}

export async function roundResults(ctx: EngineContext, roundId: RoundId): Promise<RoundResults | null> {
  const round = await ctx.store.getRound(roundId);
  return round === null ? null : resultsOf(ctx, round);
}
