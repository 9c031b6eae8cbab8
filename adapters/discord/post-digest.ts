import type { REST } from 'discord.js';
import type { Lang } from '../../src/content/question.ts';
import type { ChannelRecord } from '../../src/engine/records.ts';
import type { SectionReport } from '../../src/engine/section-report.ts';
import type { PublishResult } from '../../src/schedule/publisher.ts';
import { rt } from '../shared/report-messages.ts';
import { postMessage } from './channel-messages.ts';
import { discordChannelOf, postRefOf } from './platform-ids.ts';
import { renderReport } from './render-report.ts';

/**
 * The weekly digest in its channel: the report's embed under a "Weekly digest" title, mentioning nobody.
 * Its nonce comes from the channel and the week's scheduled time, so a retry after a lost response returns
 * the message Discord already has instead of posting a second one.
 */
export async function postDiscordDigest(
  rest: REST,
  channel: ChannelRecord,
  report: SectionReport,
  options: { lang: Lang },
): Promise<PublishResult> {
  const place = discordChannelOf(channel.id);
  if (place === null) return { ok: false, retryable: false, code: 'not_a_discord_channel' };
  const body = renderReport(options.lang, report, `📊 ${rt(options.lang, 'digest.title')}`);
  const sent = await postMessage(rest, place.channelId, body, {
    dedupeKey: `digest:${channel.id}:${report.to?.getTime() ?? 'all'}`,
  });
  if (sent.ok)
    return { ok: true, postRef: postRefOf(place.channelId, sent.messageId), postedAt: sent.postedAt };
  if (!sent.retryable) return { ok: false, retryable: false, code: sent.code };
  return sent.retryAfterMs === undefined
    ? { ok: false, retryable: true, code: sent.code }
    : { ok: false, retryable: true, code: sent.code, retryAfterMs: sent.retryAfterMs };
}
