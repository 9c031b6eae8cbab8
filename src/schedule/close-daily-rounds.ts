import type { RoundRecord } from '../engine/records.ts';
import { forEachLimited } from './for-each-limited.ts';
import { publish } from './post-daily-rounds.ts';
import { errorMessage, publisherFor, type SchedulerContext } from './scheduler-context.ts';
import { retryDelayMs } from './scheduler-settings.ts';
import type { TickReportBuilder } from './tick-report.ts';

/**
 * The closing phase of a tick: daily rounds whose close time has passed are closed (also the ones whose
 * close time passed while every instance was down), and their results are posted once:
 *  - store.closeRound's `closedNow` is true for exactly one instance, and that one posts the results;
 *  - results are marked posted only after the platform accepted them (a crash in between leaves the round
 *    in listClosedDailyRoundsWithoutResults, and the reveal edits the round's own message, so a repeat
 *    shows nothing new);
 *  - a round left unposted by another instance is taken over only after it stayed unposted for
 *    resultsRecoveryAfterMs as seen by this instance, so two live instances do not both post.
 */
export async function closeDueRounds(
  ctx: SchedulerContext,
  now: Date,
  report: TickReportBuilder,
): Promise<void> {
  const due = await ctx.store.listRoundsDueToClose('daily', now);
  await forEachLimited(due, ctx.settings.concurrency, async (round) => {
    try {
      const { results, closedNow } = await ctx.engine.closeRound(round.id);
      if (!closedNow) return;
      report.closed.push(round.id);
      ctx.logger.info(
        { roundId: round.id, channelId: round.channelId, answered: results.answered },
        'daily round closed',
      );
      await postResults(ctx, results.round, now, report);
    } catch (error) {
      report.errors.push({ roundId: round.id, message: errorMessage(error) });
      ctx.logger.error(
        { err: error, roundId: round.id },
        'closing a daily round failed; will retry next tick',
      );
    }
  });

  const unposted = await ctx.store.listClosedDailyRoundsWithoutResults();
  const stillUnposted = new Set(unposted.map((r) => r.id));
  for (const id of ctx.memory.resultsSeen.keys())
    if (!stillUnposted.has(id)) ctx.memory.resultsSeen.delete(id);
  const toPost = unposted.filter((round) => {
    if (report.closed.includes(round.id)) return false;
    const retry = ctx.memory.retries.get(`results:${round.id}`);
    if (retry !== undefined) return now.getTime() >= retry.nextAttemptAt;
    const firstSeen = ctx.memory.resultsSeen.get(round.id);
    if (firstSeen === undefined) {
      ctx.memory.resultsSeen.set(round.id, now.getTime());
      return ctx.settings.resultsRecoveryAfterMs <= 0;
    }
    return now.getTime() - firstSeen >= ctx.settings.resultsRecoveryAfterMs;
  });
  await forEachLimited(toPost, ctx.settings.concurrency, async (round) => {
    try {
      await postResults(ctx, round, now, report);
    } catch (error) {
      report.errors.push({ roundId: round.id, message: errorMessage(error) });
      ctx.logger.error({ err: error, roundId: round.id }, 'posting results failed unexpectedly; will retry');
    }
  });
}

async function postResults(
  ctx: SchedulerContext,
  round: RoundRecord,
  now: Date,
  report: TickReportBuilder,
): Promise<void> {
  const log = ctx.logger.child({ roundId: round.id, channelId: round.channelId });
  const retryKey = `results:${round.id}`;
  const channel = round.channelId === null ? null : await ctx.store.getChannel(round.channelId);
  if (round.postRef === null || channel === null) {
    // The question never reached the channel (platform refused, or it closed before a post succeeded).
    await ctx.store.markResultsPosted(round.id, now);
    ctx.memory.retries.delete(retryKey);
    log.warn('daily round closed without a posted message; no results to show');
    return;
  }
  const publisher = publisherFor(ctx.publishers, channel);
  if (publisher === undefined) return;
  const results = await ctx.engine.roundResults(round.id);
  if (results === null) throw new Error(`no results for closed round ${round.id}`);
  const lang =
    (await ctx.engine.tenantLang(channel.tenantId)) ?? results.question.lang ?? ctx.settings.defaultLang;
  const result = await publish(() => publisher.postResults(channel, results, { lang }), log);
  if (result.ok) {
    await ctx.store.markResultsPosted(round.id, now);
    ctx.memory.retries.delete(retryKey);
    ctx.memory.resultsSeen.delete(round.id);
    report.resultsPosted.push(round.id);
    log.info({ answered: results.answered, correct: results.correct }, 'daily results posted');
    return;
  }
  if (result.retryable) {
    const attempts = (ctx.memory.retries.get(retryKey)?.attempts ?? 0) + 1;
    const delay = retryDelayMs(ctx.settings, attempts, result.retryAfterMs);
    const nextAttemptAt = now.getTime() + delay;
    ctx.memory.retries.set(retryKey, { attempts, nextAttemptAt });
    report.retrying.push({
      channelId: channel.id,
      roundId: round.id,
      kind: 'results',
      code: result.code,
      nextAttemptAt: new Date(nextAttemptAt),
    });
    log.warn({ code: result.code, attempts, retryInMs: delay }, 'daily results not posted; will retry');
    return;
  }
  await ctx.engine.pauseSchedule(channel.id, result.code);
  await ctx.store.markResultsPosted(round.id, now);
  ctx.memory.retries.delete(retryKey);
  report.paused.push({ channelId: channel.id, code: result.code });
  log.error({ code: result.code }, 'daily results cannot be posted until someone acts; schedule paused');
}
