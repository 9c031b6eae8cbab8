import type { Lang } from '../../src/content/question.ts';
import type { ChannelRecord } from '../../src/engine/records.ts';
import type { SectionReport } from '../../src/engine/section-report.ts';
import type { PublishResult } from '../../src/schedule/publisher.ts';
import { rt } from '../shared/report-messages.ts';
import { reportMessage } from './render/report-blocks.ts';
import { classifySlackError, toPublishResult } from './slack-errors.ts';
import { postRefOf, splitQualified } from './slack-ids.ts';
import type { PostingClient } from './web-clients.ts';

/**
 * The weekly digest: the channel's knowledge-gap report as a message in the channel, with no mention
 * (link_names off). The scheduler posts it once per week (engine/weekly-digest.ts); a failure becomes a
 * PublishResult, never an exception.
 */
export async function postSlackDigest(
  poster: PostingClient,
  channel: ChannelRecord,
  report: SectionReport,
  options: { lang: Lang },
): Promise<PublishResult> {
  const local = splitQualified(channel.id)?.localId;
  if (local === null || local === undefined) return { ok: false, retryable: false, code: 'not_a_channel' };
  const message = reportMessage(options.lang, report, `📊 ${rt(options.lang, 'digest.title')}`);
  try {
    const posted = await poster.chat.postMessage({
      channel: local,
      link_names: false,
      unfurl_links: false,
      text: message.text,
      blocks: message.blocks,
    });
    return { ok: true, postRef: postRefOf(local, String(posted.ts ?? '')) };
  } catch (error) {
    return toPublishResult(classifySlackError(error));
  }
}
