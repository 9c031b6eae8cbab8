import type { REST } from 'discord.js';
import type { Logger } from 'pino';
import type { Lang } from '../../src/content/question.ts';
import type { DuelSettlement, QuizEngine } from '../../src/engine/api.ts';
import { editMessage, postMessage } from './channel-messages.ts';
import { discordChannelOf, parsePostRef } from './platform-ids.ts';
import { declinedPost, progressPost, resultPost } from './render-duel.ts';

/**
 * Keeps each duel's public message true to the store: progress edited in place while both play, the
 * result when it is over (plus one message that pings both players). Edits of one duel run one after
 * another and re-read the store, so two players answering at once never leave stale progress behind.
 */
export class DuelAnnouncer {
  private readonly chains = new Map<string, Promise<void>>();
  private readonly announced = new Set<string>();

  constructor(
    private readonly deps: {
      readonly rest: REST;
      readonly engine: QuizEngine;
      readonly logger: Logger;
      readonly publicLangOf: (tenantId: string, guildId: string) => Promise<Lang>;
    },
  ) {}

  refresh(duelId: string, settlement: DuelSettlement | null = null): Promise<void> {
    const previous = this.chains.get(duelId) ?? Promise.resolve();
    const next = previous
      .then(() => this.render(duelId, settlement))
      .catch((error: unknown) =>
        this.deps.logger.error({ err: error, duelId }, 'discord: duel message update failed'),
      );
    this.chains.set(duelId, next);
    void next.finally(() => {
      if (this.chains.get(duelId) === next) this.chains.delete(duelId);
    });
    return next;
  }

  /** Expires and forfeits what is due, and announces each. Returns how many duels ended. */
  async sweep(): Promise<number> {
    const ended = await this.deps.engine.expireDuels();
    await Promise.all(ended.map((s) => this.refresh(s.duel.id, s)));
    return ended.length;
  }

  /** Waits for every pending edit (used when stopping). */
  async idle(): Promise<void> {
    await Promise.all([...this.chains.values()]);
  }

  private async render(duelId: string, settlement: DuelSettlement | null): Promise<void> {
    const view = await this.deps.engine.duelView(duelId);
    if (view === null) return;
    const place = discordChannelOf(view.duel.channelId);
    if (place === null) return;
    const lang = await this.deps.publicLangOf(view.duel.tenantId, place.guildId);
    const ref = parsePostRef(view.duel.postRef);
    const status = view.duel.status;
    if (status === 'pending') return;
    if (status === 'active' || status === 'declined') {
      if (ref === null) return;
      const body = status === 'active' ? progressPost(lang, view) : declinedPost(lang, view);
      await this.edit(ref.channelId, ref.messageId, body, duelId);
      return;
    }
    // A settlement not at hand (a time-out seen by Next ended the duel) is rebuilt by the engine.
    const result = settlement ?? (await this.deps.engine.duelSettlement(duelId));
    if (result === null) return;
    if (ref !== null) await this.edit(ref.channelId, ref.messageId, resultPost(lang, result, false), duelId);
    if (this.announced.has(duelId)) return;
    this.announced.add(duelId);
    // Only guards against two refreshes racing to announce; old entries can go.
    if (this.announced.size > 10_000) this.announced.delete(this.announced.values().next().value ?? duelId);
    const sent = await postMessage(this.deps.rest, place.channelId, resultPost(lang, result, true), {
      dedupeKey: `duel-result:${duelId}`,
    });
    if (!sent.ok)
      this.deps.logger.warn({ duelId, code: sent.code }, 'discord: duel result could not be posted');
  }

  private async edit(
    channelId: string,
    messageId: string,
    body: Parameters<typeof editMessage>[3],
    duelId: string,
  ) {
    const sent = await editMessage(this.deps.rest, channelId, messageId, body);
    if (!sent.ok)
      this.deps.logger.warn({ duelId, code: sent.code }, 'discord: duel message could not be edited');
  }
}
