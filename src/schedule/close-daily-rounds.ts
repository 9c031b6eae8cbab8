import type { RoundRecord } from '../engine/records.ts';
import { forEachLimited } from './for-each-limited.ts';
import { publish } from './post-daily-rounds.ts';
import { errorMessage, publisherFor, type SchedulerContext } from './scheduler-context.ts';
import { retryDelayMs } from './scheduler-settings.ts';
import type { TickReportBuilder } from './tick-report.ts';

/**
 * The closing phase of a tick: daily rounds whose close time has passed are closed (also the ones whose
 * close time passed while every instance was down), and their results are posted once:
 *  - store.closeRound's `closedNow` is true for exactly one instance; that one posts the results, then
 *    marks them posted (a crash in between leaves the round in listClosedDailyRoundsWithoutResults);
 *  - a round still without results after resultsRecoveryAfterMs (as seen by this instance) was left by a
 *    crashed instance; whoever wins store.markResultsPosted takes it over and posts it, so two live
 *    instances never both post a recovered reveal.
 */
type Mode = 'post-then-mark' | 'owed';

export async function closeDueRounds(
  ctx: SchedulerContext,
  now: Date,
  report: TickReportBuilder,
): Promise<void> {
  const due = await ctx.store.listRoundsDueToClose('daily', now);
  await forEachLimited(due, ctx.settings.concurrency, async (round) => {
    await guarded(ctx, report, round.id, 'closing a daily round', async () => {
      const { results, closedNow } = await ctx.engine.closeRound(round.id);
      if (!closedNow) return;
      report.closed.push(round.id);
      ctx.logger.info(
        { roundId: round.id, channelId: round.channelId, answered: results.answered },
        'daily round closed',
      );
      await postResults(ctx, results.round, now, report, 'post-then-mark');
    });
  });

  const unposted = await ctx.store.listClosedDailyRoundsWithoutResults();
  const stillUnposted = new Set(unposted.map((r) => r.id));
  for (const id of ctx.memory.resultsSeen.keys())
    if (!stillUnposted.has(id)) ctx.memory.resultsSeen.delete(id);
  const mine: RoundRecord[] = [];
  const orphans: RoundRecord[] = [];
  for (const round of unposted) {
    if (report.closed.includes(round.id)) continue;
    const retry = ctx.memory.retries.get(`results:${round.id}`);
    if (retry !== undefined) {
      if (now.getTime() >= retry.nextAttemptAt) mine.push(round);
      continue;
    }
    const firstSeen = ctx.memory.resultsSeen.get(round.id) ?? now.getTime();
    ctx.memory.resultsSeen.set(round.id, firstSeen);
    if (now.getTime() - firstSeen >= ctx.settings.resultsRecoveryAfterMs) orphans.push(round);
  }
  await forEachLimited(mine, ctx.settings.concurrency, (round) =>
    guarded(ctx, report, round.id, 'retrying results', () =>
      postResults(ctx, round, now, report, 'post-then-mark'),
    ),
  );
  await forEachLimited(orphans, ctx.settings.concurrency, (round) =>
    guarded(ctx, report, round.id, 'recovering results', async () => {
      if (!(await ctx.store.markResultsPosted(round.id, now))) return;
      ctx.memory.resultsSeen.delete(round.id);
      ctx.memory.resultsOwed.set(round.id, round);
      ctx.logger.warn(
        { roundId: round.id, channelId: round.channelId },
        'taking over results left by another instance',
      );
      await postResults(ctx, round, now, report, 'owed');
    }),
  );
  const owed = [...ctx.memory.resultsOwed.values()].filter((round) => {
    if (orphans.includes(round)) return false;
    const retry = ctx.memory.retries.get(`results:${round.id}`);
    return retry === undefined || now.getTime() >= retry.nextAttemptAt;
  });
  await forEachLimited(owed, ctx.settings.concurrency, (round) =>
    guarded(ctx, report, round.id, 'retrying recovered results', () =>
      postResults(ctx, round, now, report, 'owed'),
    ),
  );
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
  mode: Mode,
): Promise<void> {
  const log = ctx.logger.child({ roundId: round.id, channelId: round.channelId });
  const retryKey = `results:${round.id}`;
  const done = async (): Promise<void> => {
    if (mode === 'post-then-mark') await ctx.store.markResultsPosted(round.id, now);
    ctx.memory.retries.delete(retryKey);
    ctx.memory.resultsSeen.delete(round.id);
    ctx.memory.resultsOwed.delete(round.id);
  };
  const channel = round.channelId === null ? null : await ctx.store.getChannel(round.channelId);
  if (round.postRef === null || channel === null) {
    // The question never reached the channel (platform refused, or it closed before a post succeeded).
    await done();
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
    await done();
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
  await done();
  report.paused.push({ channelId: channel.id, code: result.code });
  log.error({ code: result.code }, 'daily results cannot be posted until someone acts; schedule paused');
}
