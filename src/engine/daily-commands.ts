import type { Question } from '../content/question.ts';
import type { DailyRejection, RoundResults, RoundWithQuestion } from './api.ts';
import { pickDailyQuestion } from './daily-pick.ts';
import { channelZone, type EngineContext, questionOf, rememberRound } from './engine-context.ts';
import type { ChannelId, RoundId } from './ids.ts';
import { addDays, instantAt, localDateOf } from './local-time.ts';
import type { RoundRecord } from './records.ts';
import { EngineError, ok, type Result, reject } from './result.ts';

/**
 * Opens the channel's round for the local date of `now` (idempotent: the store keeps one per channel and
 * date, so two processes racing here end with the same round). It closes at the schedule's close time
 * that day (the next day when the close time is not after the post time); opened after that (a
 * catch-up), it stays open for `catchUpOpenMs`.
 */
export async function openDailyRound(
  ctx: EngineContext,
  channelId: ChannelId,
): Promise<Result<{ round: RoundRecord; question: Question; created: boolean }, DailyRejection>> {
  await ctx.ready();
  const channel = await ctx.store.getChannel(channelId);
  if (channel === null || channel.schedule === null) return reject('channel_not_scheduled');
  const schedule = channel.schedule;
  const zone = channelZone(channel);
  const now = ctx.clock.now();
  const localDate = localDateOf(now, zone);
  const existing = await ctx.store.getDailyRound(channelId, localDate);
  if (existing !== null) return withQuestion(ctx, existing, false);

  const used = await ctx.store.dailyQuestionIds(channelId);
  const accuracy = new Map(
    (await ctx.store.questionAccuracy(channel.tenantId)).map((s) => [s.questionId, s] as const),
  );
  const question = pickDailyQuestion(ctx.bank().all, used, accuracy, ctx.random);
  if (question === undefined) return reject('no_questions');

  const postAt = instantAt(localDate, schedule.postTime, zone);
  const closeDate = schedule.closeTime > schedule.postTime ? localDate : addDays(localDate, 1);
  const scheduledClose = instantAt(closeDate, schedule.closeTime, zone);
  const closesAt =
    scheduledClose.getTime() > now.getTime()
      ? scheduledClose
      : new Date(now.getTime() + ctx.settings.catchUpOpenMs);
  const candidate: RoundRecord = {
    id: `daily:${channelId}:${localDate}`,
    tenantId: channel.tenantId,
    channelId,
    kind: 'daily',
    questionId: question.id,
    ownerId: null,
    localDate,
    opensAt: now,
    closesAt,
    status: 'open',
    postRef: null,
    late: now.getTime() > postAt.getTime() + 60_000,
    resultsPostedAt: null,
  };
  const { round, created } = await ctx.store.createDailyRound(candidate);
  return withQuestion(ctx, round, created);
}

async function withQuestion(
  ctx: EngineContext,
  round: RoundRecord,
  created: boolean,
): Promise<Result<{ round: RoundRecord; question: Question; created: boolean }, DailyRejection>> {
  const question = await questionOf(ctx, round.questionId);
  if (question === null)
    throw new EngineError('question_missing', `round ${round.id} has no stored question`);
  return ok({ round, question, created });
}

export async function currentDailyRound(
  ctx: EngineContext,
  channelId: ChannelId,
): Promise<RoundWithQuestion | null> {
  const channel = await ctx.store.getChannel(channelId);
  if (channel === null) return null;
  const round = await ctx.store.getDailyRound(channelId, localDateOf(ctx.clock.now(), channelZone(channel)));
  if (round === null || round.status !== 'open') return null;
  const question = await questionOf(ctx, round.questionId);
  return question === null ? null : { round, question };
}

export async function closeRound(
  ctx: EngineContext,
  roundId: RoundId,
): Promise<{ results: RoundResults; closedNow: boolean }> {
  const existing = await ctx.store.getRound(roundId);
  if (existing === null) throw new EngineError('round_not_found', `no round ${roundId}`);
  const { round: closed, closedNow } = await ctx.store.closeRound(roundId, ctx.clock.now());
  rememberRound(ctx, closed);
  const results = await roundResults(ctx, roundId);
  if (results === null) throw new EngineError('round_not_found', `round ${roundId} vanished while closing`);
  return { results, closedNow };
}

export async function roundResults(ctx: EngineContext, roundId: RoundId): Promise<RoundResults | null> {
  const round = await ctx.store.getRound(roundId);
  if (round === null) return null;
  const question = await questionOf(ctx, round.questionId);
  if (question === null) return null;
  const answers = await ctx.store.answersForRound(roundId);
  const correct = answers
    .filter((a) => a.correct)
    .sort((a, b) => a.latencyMs - b.latencyMs || (a.playerId < b.playerId ? -1 : 1));
  const players = new Map((await ctx.store.getPlayers(correct.map((a) => a.playerId))).map((p) => [p.id, p]));
  return {
    round,
    question,
    answered: answers.length,
    correct: correct.length,
    fastest: correct.map((a) => ({
      playerId: a.playerId,
      displayName: players.get(a.playerId)?.displayName ?? a.playerId,
      latencyMs: a.latencyMs,
    })),
  };
}
