import type { Lang } from '../../src/content/question.ts';
import type { DuelSettlement } from '../../src/engine/api.ts';
import type { PublishResult } from '../../src/schedule/publisher.ts';
import { refreshPublic } from './actions/duel-actions.ts';
import { duelResultMessage } from './render/duel-blocks.ts';
import type { SlackContext } from './slack-context.ts';
import { classifySlackError, toPublishResult } from './slack-errors.ts';
import { postRefOf, splitPostRef, splitQualified } from './slack-ids.ts';

/**
 * The scheduler's way to tell a Slack channel that a duel ran out of time: the public duel message is
 * redrawn in its final state (no more buttons), and the result is posted beside it, the same message a
 * duel settled by its last answer gets. The channel's language follows the workspace, like every other
 * duel message, rather than the scheduler's guess.
 */
export function createSlackDuelAnnouncer(
  ctx: Pick<SlackContext, 'engine' | 'client' | 'poster' | 'logger' | 'lang' | 'clock'>,
): (settlement: DuelSettlement, options: { lang: Lang }) => Promise<PublishResult> {
  return async (settlement, options) => {
    const duel = settlement.duel;
    const ref = duel.postRef === null ? null : splitPostRef(duel.postRef);
    const place = splitQualified(duel.channelId);
    const channel = ref?.channel ?? place?.localId ?? null;
    if (channel === null || place === null)
      return { ok: false, retryable: false, code: 'not_a_slack_channel' };
    const lang = await ctx.lang(place.teamId).catch(() => options.lang);

    const view = ref === null ? null : await ctx.engine.duelView(duel.id);
    // A stale duel message only costs freshness; the result below is what players wait for.
    // A finished duel's message shows no time, so the zone it would be written in does not matter.
    if (view !== null) await refreshPublic(ctx, view, lang, 'UTC');
    const result = duelResultMessage(settlement, lang);
    try {
      const sent = await ctx.poster.chat.postMessage({
        channel,
        text: result.text,
        blocks: result.blocks,
      });
      return { ok: true, postRef: postRefOf(channel, typeof sent.ts === 'string' ? sent.ts : '') };
    } catch (error) {
      const failure = classifySlackError(error);
      ctx.logger.warn({ duelId: duel.id, code: failure.code }, 'duel result not posted');
      return toPublishResult(failure);
    }
  };
}
