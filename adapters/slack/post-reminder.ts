import type { Lang } from '../../src/content/question.ts';
import type { RoundWithQuestion } from '../../src/engine/api.ts';
import type { PublishResult } from '../../src/schedule/publisher.ts';
import { t } from '../shared/i18n.ts';
import { fallbackText, sectionBlock } from './block-limits.ts';
import { classifySlackError } from './slack-errors.ts';
import { postRefOf, splitPostRef } from './slack-ids.ts';
import type { PostingClient } from './web-clients.ts';

/**
 * The "closes in 1 hour" reminder: a reply in the daily post's thread, also shown in the channel
 * (reply_broadcast), so it sits next to the question. Plain text with no mention and link_names off:
 * nobody, least of all those who already answered, is pinged.
 */
export async function postSlackReminder(
  poster: PostingClient,
  round: RoundWithQuestion,
  options: { lang: Lang; answered: number },
): Promise<PublishResult> {
  const ref = round.round.postRef === null ? null : splitPostRef(round.round.postRef);
  if (ref === null) return { ok: false, retryable: false, code: 'not_posted' };
  const text = `⏰ ${t(options.lang, 'reminder.closesSoon', { count: options.answered })}`;
  try {
    const posted = await poster.chat.postMessage({
      channel: ref.channel,
      thread_ts: ref.ts,
      reply_broadcast: true,
      link_names: false,
      text: fallbackText(text),
      blocks: [sectionBlock(text)],
    });
    return { ok: true, postRef: postRefOf(ref.channel, String(posted.ts ?? '')) };
  } catch (error) {
    const failure = classifySlackError(error);
    return failure.kind === 'rate_limited'
      ? { ok: false, retryable: true, code: failure.code, retryAfterMs: failure.retryAfterMs }
      : { ok: false, retryable: failure.kind === 'transient', code: failure.code };
  }
}
