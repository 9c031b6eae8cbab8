import type { RoundResults } from '../engine/api.ts';
import type { RoundRecord } from '../engine/records.ts';
import { forEachLimited } from './for-each-limited.ts';
import { publish } from './post-daily-rounds.ts';
import { roundLang } from './round-lang.ts';
import { errorMessage, publisherFor, type SchedulerContext } from './scheduler-context.ts';
import { retryDelayMs } from './scheduler-settings.ts';
import type { TickReportBuilder } from './tick-report.ts';

/**
 * The closing phase of a tick: daily rounds whose close time has passed are closed (also the ones whose
 * close time passed while every instance was down), and their results are posted, never lost and shown
 * once (the rules are the engine's, engine/daily-round.ts; this file adds timing and backoff):
 *  - closing's `closedNow` is true for exactly one instance; that one posts the results, then marks them
 *    revealed, retrying with backoff for resultsRecoveryAfterMs / 2;
 *  - a crash in between (or a platform failing for that long) leaves the round unrevealed; an instance
 *    that has seen it so for resultsRecoveryAfterMs (plus a per-instance spread) posts it and marks it.
 *    The owner's retry window ends before anyone's recovery starts, so without a crash a reveal is
 *    delivered by one instance only;
 *  - every attempt after the first holds the round's reveal lease (daily.claimReveal) for
 *    resultsRecoveryAfterMs, so two instances recovering the same round in one pass do not both post it;
 *  - a repeated delivery shows nothing new because RoundPublisher.postResults is idempotent (an edit of
 *    the round's own message, or a reveal found by round id), the same contract as postRound.
 */
export async function closeDueRounds(
  ctx: SchedulerContext,
  now: Date,
  report: TickReportBuilder,
): Promise<void> {
  const due = await ctx.engine.daily.dueToClose(now);
  await forEachLimited(due, ctx.settings.concurrency, async (round) => {
    await guarded(ctx, report, round.id, 'closing a daily round', async () => {
      const { results, closedNow } = await ctx.engine.daily.close(round);
      if (!closedNow) return;
      report.closed.push(round.id);
      ctx.logger.info(
        { roundId: round.id, channelId: round.channelId, answered: results.answered },
        'daily round closed',
      );
      await postResults(ctx, results.round, now, report, results);
    });
  });

  const unposted = await ctx.engine.daily.unrevealed();
  const stillUnposted = new Set(unposted.map((r) => r.id));
  for (const id of ctx.memory.resultsSeen.keys())
    if (!stillUnposted.has(id)) ctx.memory.resultsSeen.delete(id);
  const toPost: RoundRecord[] = [];
  for (const round of unposted) {
    if (report.closed.includes(round.id)) continue;
    const retry = ctx.memory.retries.get(`results:${round.id}`);
    if (retry !== undefined && now.getTime() < (retry.until ?? Number.POSITIVE_INFINITY)) {
      if (now.getTime() >= retry.nextAttemptAt) toPost.push(round);
      continue;
    }
    if (retry !== undefined) {
      // Our retry window is over: step back and wait like everyone else, so our attempts and another
      // instance's recovery never overlap in time.
      ctx.memory.retries.delete(`results:${round.id}`);
      ctx.memory.resultsSeen.set(round.id, now.getTime());
    }
    const firstSeen = ctx.memory.resultsSeen.get(round.id) ?? now.getTime();
    ctx.memory.resultsSeen.set(round.id, firstSeen);
    const wait = ctx.settings.resultsRecoveryAfterMs + spreadMs(`${ctx.instanceId}|${round.id}`);
    if (now.getTime() - firstSeen >= wait) {
      ctx.logger.warn(
        { roundId: round.id, channelId: round.channelId },
        'posting results another instance left',
      );
      toPost.push(round);
    }
  }
  await forEachLimited(toPost, ctx.settings.concurrency, (round) =>
    guarded(ctx, report, round.id, 'posting results', () => postResults(ctx, round, now, report)),
  );
}

/** 0–120 s, stable per instance and round: two instances recovering the same round rarely act together. */
function spreadMs(key: string): number {
  let hash = 2166136261;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 16777619);
  return ((hash >>> 0) % 121) * 1_000;
}

async function guarded(
  ctx: SchedulerContext,
  report: TickReportBuilder,
  roundId: string,
  what: string,
  work: () => Promise<void>,
): Promise<void> {
  try {
    await work();
  } catch (error) {
    report.errors.push({ roundId, message: errorMessage(error) });
    ctx.logger.error({ err: error, roundId }, `${what} failed; will retry next tick`);
  }
}

async function postResults(
  ctx: SchedulerContext,
  round: RoundRecord,
  now: Date,
  report: TickReportBuilder,
  /** The results closeRound just computed, so they are not read again. */
  known?: RoundResults,
): Promise<void> {
  const log = ctx.logger.child({ roundId: round.id, channelId: round.channelId });
  const retryKey = `results:${round.id}`;
  const done = async (): Promise<void> => {
    await ctx.engine.daily.markRevealed(round.id, now);
    ctx.memory.retries.delete(retryKey);
    ctx.memory.resultsSeen.delete(round.id);
  };
  const prepared = await ctx.engine.daily.prepareReveal(
    round,
    (channel) => publisherFor(ctx.publishers, channel) !== undefined,
    known,
  );
  if (prepared.kind === 'nothing_posted') {
    // The question never reached the channel (platform refused, or it closed before a post succeeded).
    await done();
    log.warn('daily round closed without a posted message; no results to show');
    return;
  }
  if (prepared.kind === 'not_ours') return;
  const { channel, results } = prepared;
  const publisher = publisherFor(ctx.publishers, channel);
  if (publisher === undefined) return;
  // The first attempt right after closing needs no lease (closedNow is ours alone, and nobody recovers
  // before resultsRecoveryAfterMs); every later one takes it. The lease outlasts a retry window
  // (resultsRecoveryAfterMs / 2), so two instances that found the round unrevealed in the same pass never
  // both post it; a holder that dies frees it when it runs out.
  const lease = { owner: ctx.instanceId, now, ms: ctx.settings.resultsRecoveryAfterMs };
  if (known === undefined && !(await ctx.engine.daily.claimReveal(round.id, lease))) {
    log.info('another instance is revealing this round');
    return;
  }
  const lang = await roundLang(
    prepared.tenantLang,
    publisher,
    channel,
    results.question.lang,
    ctx.settings.defaultLang,
  );
  // Results the close just computed are a first attempt; a round found unrevealed later may have been
  // revealed partway by an attempt that died or failed.
  const recovering = known === undefined;
  const result = await publish(() => publisher.postResults(channel, results, { lang, recovering }), log);
  if (result.ok) {
    await done();
    report.resultsPosted.push(round.id);
    log.info({ answered: results.answered, correct: results.correct }, 'daily results posted');
    return;
  }
  if (result.retryable) {
    const previous = ctx.memory.retries.get(retryKey);
    const attempts = (previous?.attempts ?? 0) + 1;
    const delay = retryDelayMs(ctx.settings, attempts, result.retryAfterMs);
    const nextAttemptAt = ctx.clock.now().getTime() + delay; // from the answer, not the tick start
    const until = previous?.until ?? now.getTime() + ctx.settings.resultsRecoveryAfterMs / 2;
    ctx.memory.retries.set(retryKey, { attempts, nextAttemptAt, until });
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
  await done();
  report.paused.push({ channelId: channel.id, kind: 'results', code: result.code });
  log.error({ code: result.code }, 'daily results cannot be posted until someone acts; schedule paused');
}
