import type { REST } from 'discord.js';
import type { Logger } from 'pino';
import type { Lang } from '../../src/content/question.ts';
import type { QuizEngine } from '../../src/engine/api.ts';
import type { Clock } from '../../src/engine/clock.ts';
import type { RoundRecord } from '../../src/engine/records.ts';
import { LiveCountThrottle } from '../shared/live-count-throttle.ts';
import type { Timers } from '../shared/timers.ts';
import { editMessage } from './channel-messages.ts';
import { discordChannelOf, parsePostRef } from './platform-ids.ts';
import { dailyPostBody } from './render-daily.ts';

/**
 * The "N answered" line of the daily post, edited through the shared throttle (at most one edit per round
 * per `throttleMs`, the last answer of a burst always shown), so a busy channel costs a few edits a
 * minute, well inside Discord's per-channel limit.
 */
export class DailyLiveCount {
  private readonly throttle: LiveCountThrottle;

  constructor(
    private readonly deps: {
      readonly rest: REST;
      readonly engine: QuizEngine;
      readonly logger: Logger;
      readonly publicLangOf: (tenantId: string, guildId: string) => Promise<Lang>;
      readonly throttleMs: number;
      readonly clock: Clock;
      readonly timers: Timers;
    },
  ) {
    this.throttle = new LiveCountThrottle({
      timers: deps.timers,
      now: () => deps.clock.now().getTime(),
      intervalMs: deps.throttleMs,
      onError: (roundId, error) =>
        deps.logger.warn({ err: error, roundId }, 'discord: live count update failed'),
    });
  }

  bump(round: RoundRecord): void {
    if (round.kind !== 'daily') return;
    this.throttle.bump(round.id, async (stillOpen) => {
      if (stillOpen()) await this.update(round);
      return undefined;
    });
  }

  stop(): Promise<void> {
    return this.throttle.stop();
  }

  private async update(round: RoundRecord): Promise<void> {
    if (round.channelId === null) return;
    const place = discordChannelOf(round.channelId);
    const current = await this.deps.engine.currentDailyRound(round.channelId);
    // Closed meanwhile: the reveal replaces the post, a late count must not overwrite it.
    if (
      place === null ||
      current === null ||
      current.round.id !== round.id ||
      current.round.status !== 'open'
    )
      return;
    const ref = parsePostRef(current.round.postRef);
    if (ref === null) return;
    const count = await this.deps.engine.countAnswers(round.id);
    const lang = await this.deps.publicLangOf(round.tenantId, place.guildId);
    const sent = await editMessage(
      this.deps.rest,
      ref.channelId,
      ref.messageId,
      dailyPostBody(lang, current, count),
    );
    if (!sent.ok)
      this.deps.logger.warn({ roundId: round.id, code: sent.code }, 'discord: live count edit refused');
  }
}
