import { roundLang } from './round-lang.ts';
import { errorMessage, publisherFor, type SchedulerContext } from './scheduler-context.ts';
import type { TickReportBuilder } from './tick-report.ts';

/**
 * How long one instance holds the right to post a channel's digest. A retryable failure (rate limit,
 * network) is tried again once it runs out, by whichever instance ticks first, while the day lasts.
 */
export const DIGEST_LEASE_MS = 2 * 60 * 1000;

/**
 * The digest phase of a tick: each weekly digest that is due (engine/weekly-digest.ts decides) is posted
 * by the one instance that claims it, then marked done for that date. A refusal that will not change by
 * itself (channel gone, bot removed) gives this week's digest up; next week tries again.
 */
export async function postDueDigests(
  ctx: SchedulerContext,
  now: Date,
  report: TickReportBuilder,
): Promise<void> {
  for (const due of await ctx.engine.digests.due(now)) {
    const channelId = due.channel.id;
    const publisher = publisherFor(ctx.publishers, due.channel);
    if (publisher?.postDigest === undefined) continue;
    if (!(await ctx.engine.digests.claim(due, { owner: ctx.instanceId, now, ms: DIGEST_LEASE_MS }))) continue;
    try {
      const { report: built, tenantLang } = await ctx.engine.digests.report(due);
      const lang = await roundLang(tenantLang, publisher, due.channel, undefined, ctx.settings.defaultLang);
      const result = await publisher.postDigest(due.channel, built, { lang });
      if (result.ok) {
        await ctx.engine.digests.markDone(due);
        report.digests.push(channelId);
      } else if (!result.retryable) {
        await ctx.engine.digests.markDone(due);
        ctx.logger.warn({ channelId, code: result.code }, 'weekly digest refused; given up until next week');
      } else {
        ctx.logger.warn({ channelId, code: result.code }, 'weekly digest not posted; tried again shortly');
      }
    } catch (error) {
      report.errors.push({ channelId, message: `digest: ${errorMessage(error)}` });
    }
  }
}
