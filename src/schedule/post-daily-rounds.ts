import type { RoundWithQuestion } from '../engine/api.ts';
import type { ChannelRecord, ChannelSchedule, RoundRecord } from '../engine/records.ts';
import { type DailyWindow, isScheduledOn, localDateOf, windowOn } from './daily-window.ts';
import { forEachLimited } from './for-each-limited.ts';
import { type PublishResult, shownAt } from './publisher.ts';
import { roundLang } from './round-lang.ts';
import { errorMessage, publisherFor, type SchedulerContext } from './scheduler-context.ts';
import { retryDelayMs } from './scheduler-settings.ts';
import type { SkipReason, TickReportBuilder } from './tick-report.ts';

/**
 * The posting phase of a tick: every scheduled channel whose post time has come today and whose round is
 * not posted yet gets it, exactly once across instances and restarts:
 *  1. the round row is unique per channel and local date (store.createDailyRound via engine.openDailyRound);
 *  2. only the holder of the post lease (store.claimRoundPost) talks to the platform;
 *  3. the platform reference is stored (store.markRoundPosted) and nobody posts a posted round again;
 *  4. a crash between 2 and 3 is covered by the publisher, which finds its own message by round id.
 */
export async function postDueRounds(
  ctx: SchedulerContext,
  now: Date,
  report: TickReportBuilder,
): Promise<void> {
  const channels = await ctx.store.listScheduledChannels();
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
  const schedule = channel.schedule;
  if (schedule === null || schedule.paused) return;
  const window = todaysWindow(ctx, channel.id, schedule, now);
  if (window === null) return;
  const { localDate } = window;
  if (ctx.memory.settledDate.get(channel.id) === localDate) return;
  if (now.getTime() < window.postAt.getTime()) return;

  const retryKey = `round:${channel.id}|${localDate}`;
  if (now.getTime() >= window.closeAt.getTime()) {
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

  const existing = await ctx.store.getDailyRound(channel.id, localDate);
  if (existing !== null && (existing.postRef !== null || existing.status === 'closed')) {
    settle(ctx, channel.id, localDate, retryKey);
    return;
  }
  const opened = await ctx.engine.openDailyRound(channel.id);
  if (!opened.ok) {
    logSkipOnce(
      ctx,
      channel,
      localDate,
      opened.code === 'no_questions' ? 'no_questions' : 'not_scheduled',
      report,
    );
    // Content may be reloaded later today: look again after the longest backoff rather than every tick.
    ctx.memory.retries.set(retryKey, {
      attempts: (retry?.attempts ?? 0) + 1,
      nextAttemptAt: now.getTime() + ctx.settings.retryMaxMs,
    });
    return;
  }
  const { round, question, created } = opened.value;
  if (round.localDate !== localDate) {
    report.errors.push({
      channelId: channel.id,
      roundId: round.id,
      message: 'engine opened another local date',
    });
    ctx.logger.error(
      { channelId: channel.id, roundId: round.id, expected: localDate, got: round.localDate },
      'engine and scheduler disagree on the local date; not posting',
    );
    return;
  }
  if (round.postRef !== null) {
    settle(ctx, channel.id, localDate, retryKey);
    return;
  }
  if (!(await ctx.store.claimRoundPost(round.id, ctx.instanceId, now, ctx.settings.leaseMs))) return;

  const late = isLate(ctx, round, window);
  const lang = await roundLang(ctx.engine, publisher, channel, question.lang, ctx.settings.defaultLang);
  const log = ctx.logger.child({ roundId: round.id, channelId: channel.id, localDate });
  const result = await publish(
    () =>
      publisher.postRound(channel, { round, question } satisfies RoundWithQuestion, { late, lang, created }),
    log,
  );

  if (result.ok) {
    // Answer speed counts from when the post appeared, not from when the round was opened.
    await ctx.store.markRoundPosted(
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
    await ctx.store.claimRoundPost(round.id, ctx.instanceId, now, delay + ctx.settings.leaseMs);
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
  report.paused.push({ channelId: channel.id, code: result.code });
  log.error({ code: result.code }, 'daily round cannot be posted until someone acts; schedule paused');
}

/** windowOn is pure but not free (luxon); a tick asks it for every channel, so remember today's. */
function todaysWindow(
  ctx: SchedulerContext,
  channelId: string,
  schedule: ChannelSchedule,
  now: Date,
): DailyWindow | null {
  const localDate = localDateOf(now, schedule.timezone);
  const key = `${localDate}|${schedule.timezone}|${schedule.postTime}|${schedule.closeTime}|${schedule.weekdays.join(',')}`;
  const cached = ctx.memory.windows.get(channelId);
  if (cached?.key === key) return cached.window;
  const window = isScheduledOn(schedule, localDate) ? windowOn(schedule, localDate) : null;
  ctx.memory.windows.set(channelId, { key, window });
  return window;
}

/** Late when the round was first opened well after its post time: the bot was down (or busy) then. */
function isLate(ctx: SchedulerContext, round: RoundRecord, window: DailyWindow): boolean {
  return round.late || round.opensAt.getTime() - window.postAt.getTime() > ctx.settings.lateAfterMs;
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
    const existing = await ctx.store.getDailyRound(channel.id, window.localDate);
    if (existing === null) {
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
