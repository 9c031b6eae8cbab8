import type { RoundWithQuestion } from '../engine/api.ts';
import type { DailyWindow } from '../engine/calendar.ts';
import type { ChannelRecord } from '../engine/records.ts';
import { forEachLimited } from './for-each-limited.ts';
import { type PublishResult, shownAt } from './publisher.ts';
import { roundLang } from './round-lang.ts';
import { errorMessage, publisherFor, type SchedulerContext } from './scheduler-context.ts';
import { retryDelayMs } from './scheduler-settings.ts';
import type { SkipReason, TickReportBuilder } from './tick-report.ts';

/**
 * The posting phase of a tick: every channel the engine says is due (engine/daily-round.ts owns the
 * rules: the window, the lease, posted-once, the missed day, the late flag) gets its question through its
 * platform's publisher. This file only adds when to try again, how many at once, and the report.
 */
export async function postDueRounds(
  ctx: SchedulerContext,
  now: Date,
  report: TickReportBuilder,
): Promise<void> {
  const channels = await ctx.engine.daily.scheduledChannels();
  await forEachLimited(channels, ctx.settings.concurrency, async (channel) => {
    try {
      await postForChannel(ctx, channel, now, report);
    } catch (error) {
      report.errors.push({ channelId: channel.id, message: errorMessage(error) });
      ctx.logger.error(
        { err: error, channelId: channel.id },
        'daily post failed unexpectedly; will retry next tick',
      );
    }
  });
}

async function postForChannel(
  ctx: SchedulerContext,
  channel: ChannelRecord,
  now: Date,
  report: TickReportBuilder,
): Promise<void> {
  const due = ctx.engine.daily.dueFor(channel, now);
  if (due.kind === 'nothing') return;
  const { window } = due;
  const { localDate } = window;
  if (ctx.memory.settledDate.get(channel.id) === localDate) return;

  const retryKey = `round:${channel.id}|${localDate}`;
  if (due.kind === 'missed') {
    await noteMissedDay(ctx, channel, window, report);
    ctx.memory.retries.delete(retryKey);
    return;
  }
  const publisher = publisherFor(ctx.publishers, channel);
  if (publisher === undefined) {
    logSkipOnce(ctx, channel, localDate, 'no_publisher', report);
    return;
  }
  const retry = ctx.memory.retries.get(retryKey);
  if (retry !== undefined && now.getTime() < retry.nextAttemptAt) return;

  const lease = { owner: ctx.instanceId, now, ms: ctx.settings.leaseMs };
  const prepared = await ctx.engine.daily.preparePost(channel, window, lease);
  if (prepared.kind === 'settled') {
    settle(ctx, channel.id, localDate, retryKey);
    return;
  }
  if (prepared.kind === 'leased') return;
  if (prepared.kind === 'rejected') {
    logSkipOnce(ctx, channel, localDate, prepared.code, report);
    // Content may be reloaded later today: look again after the longest backoff rather than every tick.
    ctx.memory.retries.set(retryKey, {
      attempts: (retry?.attempts ?? 0) + 1,
      nextAttemptAt: now.getTime() + ctx.settings.retryMaxMs,
    });
    return;
  }
  const { round, question, created, late } = prepared;
  const lang = await roundLang(
    prepared.tenantLang,
    publisher,
    channel,
    question.lang,
    ctx.settings.defaultLang,
  );
  const log = ctx.logger.child({ roundId: round.id, channelId: channel.id, localDate });
  const result = await publish(
    () =>
      publisher.postRound(channel, { round, question } satisfies RoundWithQuestion, { late, lang, created }),
    log,
  );

  if (result.ok) {
    // Answer speed counts from when the post appeared, not from when the round was opened.
    await ctx.engine.daily.markPosted(
      round.id,
      result.postRef,
      shownAt(result, round.opensAt, ctx.clock.now()),
    );
    settle(ctx, channel.id, localDate, retryKey);
    report.posted.push({
      channelId: channel.id,
      roundId: round.id,
      localDate,
      late,
      postRef: result.postRef,
    });
    log.info(
      { late, postRef: result.postRef, attempts: (retry?.attempts ?? 0) + 1 },
      late ? 'daily round posted late (catch-up)' : 'daily round posted',
    );
    return;
  }
  if (result.retryable) {
    const attempts = (retry?.attempts ?? 0) + 1;
    const delay = retryDelayMs(ctx.settings, attempts, result.retryAfterMs);
    const nextAttemptAt = ctx.clock.now().getTime() + delay; // from the answer, not the tick start
    ctx.memory.retries.set(retryKey, { attempts, nextAttemptAt });
    // Keep the lease until our retry so another instance honours the platform's Retry-After as well.
    await ctx.engine.daily.holdLease(round.id, { ...lease, ms: delay + ctx.settings.leaseMs });
    report.retrying.push({
      channelId: channel.id,
      roundId: round.id,
      kind: 'round',
      code: result.code,
      nextAttemptAt: new Date(nextAttemptAt),
    });
    log.warn({ code: result.code, attempts, retryInMs: delay }, 'daily round not posted; will retry');
    return;
  }
  await ctx.engine.pauseSchedule(channel.id, result.code);
  settle(ctx, channel.id, localDate, retryKey);
  report.paused.push({ channelId: channel.id, kind: 'round', code: result.code });
  log.error({ code: result.code }, 'daily round cannot be posted until someone acts; schedule paused');
}

export async function publish(
  attempt: () => Promise<PublishResult>,
  log: SchedulerContext['logger'],
): Promise<PublishResult> {
  try {
    return await attempt();
  } catch (error) {
    // An adapter that throws instead of returning a result: treat it as transient, say so loudly.
    log.error({ err: error }, 'publisher threw; treating as retryable');
    return { ok: false, retryable: true, code: 'publisher_threw' };
  }
}

async function noteMissedDay(
  ctx: SchedulerContext,
  channel: ChannelRecord,
  window: DailyWindow,
  report: TickReportBuilder,
): Promise<void> {
  if (ctx.memory.skipLogged.get(channel.id) !== window.localDate) {
    if (await ctx.engine.daily.missedDayWasSkipped(channel, window)) {
      report.skipped.push({ channelId: channel.id, localDate: window.localDate, reason: 'after_close' });
      ctx.logger.warn(
        {
          channelId: channel.id,
          localDate: window.localDate,
          postAt: window.postAt,
          closeAt: window.closeAt,
        },
        'daily round skipped: the bot was not running between post time and close time',
      );
    }
    ctx.memory.skipLogged.set(channel.id, window.localDate);
  }
  ctx.memory.settledDate.set(channel.id, window.localDate);
}

function logSkipOnce(
  ctx: SchedulerContext,
  channel: ChannelRecord,
  localDate: string,
  reason: SkipReason,
  report: TickReportBuilder,
): void {
  if (ctx.memory.skipLogged.get(channel.id) === localDate) return;
  ctx.memory.skipLogged.set(channel.id, localDate);
  report.skipped.push({ channelId: channel.id, localDate, reason });
  ctx.logger.warn({ channelId: channel.id, localDate, reason }, 'daily round not posted');
}

function settle(ctx: SchedulerContext, channelId: string, localDate: string, retryKey: string): void {
  ctx.memory.settledDate.set(channelId, localDate);
  ctx.memory.retries.delete(retryKey);
}
