import { setTimeout as sleep } from 'node:timers/promises';
import type { DuelRecord } from '../../../src/engine/records.ts';
import { DUEL_CHALLENGE_EVENT, duelMetadata, findPostedMessage } from '../find-posted-message.ts';
import type { SlackMessage } from '../render/question-blocks.ts';
import type { SlackContext } from '../slack-context.ts';
import { classifySlackError, type SlackFailure } from '../slack-errors.ts';
import { postRefOf } from '../slack-ids.ts';

const ATTEMPTS = 3;
/** A Retry-After longer than this is not waited for: the challenger is better told to try again. */
const MAX_WAIT_MS = 5_000;

export type ChallengePost =
  | { readonly ok: true; readonly postRef: string }
  | { readonly ok: false; readonly failure: SlackFailure };

/**
 * Posts a new challenge in its channel, where the opponent can see it and press Accept. A 429 is waited
 * out when Slack asks for a short pause; a post whose answer was lost is looked for (by the duel id in its
 * metadata) before it is tried again, so the channel never shows the same challenge twice. Anything else
 * is the caller's to handle: the challenge cannot reach the opponent.
 */
export async function postChallenge(
  ctx: Pick<SlackContext, 'poster' | 'client' | 'token' | 'botId'>,
  channel: string,
  duel: DuelRecord,
  message: SlackMessage,
): Promise<ChallengePost> {
  let failure: SlackFailure = { kind: 'transient', code: 'not_tried' };
  for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
    try {
      const posted = await ctx.poster.chat.postMessage({
        channel,
        text: message.text,
        blocks: message.blocks,
        metadata: duelMetadata(duel.id),
      });
      ctx.token.succeeded();
      return {
        ok: true,
        postRef: postRefOf(
          typeof posted.channel === 'string' ? posted.channel : channel,
          String(posted.ts ?? ''),
        ),
      };
    } catch (error) {
      failure = classifySlackError(error);
    }
    ctx.token.observe(failure);
    if (attempt === ATTEMPTS) break;
    if (failure.kind === 'rate_limited') {
      if (failure.retryAfterMs > MAX_WAIT_MS) break;
      await sleep(failure.retryAfterMs);
      continue;
    }
    if (failure.kind !== 'transient') break;
    const found = await findPostedMessage(ctx.client, {
      channel,
      eventType: DUEL_CHALLENGE_EVENT,
      roundId: duel.id,
      payloadKey: 'duel_id',
      since: duel.createdAt,
      botId: ctx.botId,
    });
    if (found.kind === 'found') return { ok: true, postRef: postRefOf(channel, found.ts) };
    if (found.kind === 'unknown') break;
  }
  return { ok: false, failure };
}
