import { errorMessage, publisherFor, type SchedulerContext } from './scheduler-context.ts';
import type { TickReportBuilder } from './tick-report.ts';

/**
 * Expires and forfeits the duels that are due (on every platform: the engine's expiry is global) and
 * hands each ending to the publisher of the duel's channel. The engine ends each duel exactly once, so
 * whichever instance ends it announces it; a platform without `announceDuelSettlement` only gets it logged.
 */
export async function announceEndedDuels(ctx: SchedulerContext, report: TickReportBuilder): Promise<void> {
  const ended = await ctx.engine.expireDuels();
  for (const settlement of ended) {
    const duel = settlement.duel;
    report.duelsEnded.push(duel.id);
    const publisher = publisherFor(ctx.publishers, { id: duel.channelId });
    if (publisher?.announceDuelSettlement === undefined) {
      ctx.logger.info(
        { duelId: duel.id, channelId: duel.channelId, reason: settlement.reason },
        'duel ended; no publisher announces duels for this channel',
      );
      continue;
    }
    try {
      const lang = (await ctx.engine.tenantLang(duel.tenantId)) ?? ctx.settings.defaultLang;
      const sent = await publisher.announceDuelSettlement(settlement, { lang });
      if (sent.ok) report.duelsAnnounced.push(duel.id);
      else {
        report.errors.push({
          channelId: duel.channelId,
          duelId: duel.id,
          message: `duel result: ${sent.code}`,
        });
        ctx.logger.warn({ duelId: duel.id, code: sent.code }, 'duel result could not be announced');
      }
    } catch (error) {
      report.errors.push({ channelId: duel.channelId, duelId: duel.id, message: errorMessage(error) });
      ctx.logger.error({ err: error, duelId: duel.id }, 'announcing a duel result failed');
    }
  }
}
