import type { REST } from 'discord.js';
import type { Logger } from 'pino';
import type { Lang } from '../../src/content/question.ts';
import type { QuizEngine } from '../../src/engine/api.ts';
import type { RoundRecord } from '../../src/engine/records.ts';
import { editMessage } from './channel-messages.ts';
import { discordChannelOf, parsePostRef } from './platform-ids.ts';
import { dailyPostBody } from './render-daily.ts';

/**
 * The "N answered" line of the daily post. Every answer asks for an update; at most one edit per round
 * happens per `throttleMs` (the first answer starts the window, the edit at its end shows the count
 * then), so a busy channel costs a few edits a minute, well inside Discord's per-channel limit.
 */
export class DailyLiveCount {
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly running = new Set<Promise<void>>();
  private stopped = false;

  constructor(
    private readonly deps: {
      readonly rest: REST;
      readonly engine: QuizEngine;
      readonly logger: Logger;
      readonly publicLangOf: (tenantId: string, guildId: string) => Promise<Lang>;
      readonly throttleMs: number;
    },
  ) {}

  bump(round: RoundRecord): void {
    if (this.stopped || round.kind !== 'daily' || this.pending.has(round.id)) return;
    const timer = setTimeout(() => {
      this.pending.delete(round.id);
      const run = this.update(round).catch((error: unknown) =>
        this.deps.logger.warn({ err: error, roundId: round.id }, 'discord: live count update failed'),
      );
      this.running.add(run);
      void run.finally(() => this.running.delete(run));
    }, this.deps.throttleMs);
    this.pending.set(round.id, timer);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
    await Promise.all([...this.running]);
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
