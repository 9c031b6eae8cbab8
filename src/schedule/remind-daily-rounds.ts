import { roundLang } from './round-lang.ts';
import { errorMessage, publisherFor, type SchedulerContext } from './scheduler-context.ts';
import type { TickReportBuilder } from './tick-report.ts';

/** How long before the close the "closes soon" reminder goes out. */
export const REMINDER_LEAD_MS = 60 * 60 * 1000;
/** How long one instance holds the right to send a round's reminder before another may try. */
const REMINDER_LEASE_MS = 2 * 60 * 1000;

/**
 * The reminder phase of a tick: for a channel that turned it on, an open daily round closing within the
 * hour gets one "closes in 1 hour" message in its channel (no mention: nobody who already answered is
 * pinged). Once per round across restarts and instances: the store's lease decides who sends, and the
 * sent mark takes the round off the list. A failed send is retried by the next tick while the hour lasts.
 */
export async function remindClosingRounds(
  ctx: SchedulerContext,
  now: Date,
  report: TickReportBuilder,
): Promise<void> {
  for (const due of await ctx.engine.daily.dueForReminder(now, REMINDER_LEAD_MS)) {
    const { channel, round, question } = due;
    const publisher = publisherFor(ctx.publishers, channel);
    if (publisher?.postReminder === undefined) continue;
    if (!(await ctx.engine.daily.claimReminder(round.id, { now, ms: REMINDER_LEASE_MS }))) continue;
    try {
      const lang = await roundLang(
        due.tenantLang,
        publisher,
        channel,
        question.lang,
        ctx.settings.defaultLang,
      );
      const result = await publisher.postReminder(
        channel,
        { round, question },
        { lang, answered: due.answered },
      );
      if (result.ok) {
        await ctx.engine.daily.markReminded(round.id, now);
        report.reminded.push(round.id);
      } else {
        ctx.logger.warn(
          { roundId: round.id, code: result.code },
          'reminder not posted; next tick tries again',
        );
      }
    } catch (error) {
      report.errors.push({ roundId: round.id, message: `reminder: ${errorMessage(error)}` });
    }
  }
}
