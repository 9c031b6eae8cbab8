import type pino from 'pino';
import type { Lang } from '../../src/content/question.ts';
import type { SlackConfig } from './config.ts';
import { pauseReasonText, st } from './messages.ts';
import { classifySlackError } from './slack-errors.ts';
import type { PostingClient } from './web-clients.ts';

/**
 * Tells a person that a channel's daily question stopped (the bot was removed, the channel archived):
 * in SLACK_DEFAULT_CHANNEL if set, else by DM to each of SLACK_ADMIN_USER_IDS. Never throws: a notice that
 * cannot be delivered is logged, and the log line itself says what happened.
 */
export async function noticeChannelPaused(
  deps: { poster: PostingClient; config: SlackConfig; logger: pino.Logger },
  channel: string,
  code: string,
  lang: Lang,
): Promise<void> {
  const text = st(lang, 'admin.channelPaused', { channel, reason: pauseReasonText(lang, code) });
  const targets =
    deps.config.defaultChannel !== null ? [deps.config.defaultChannel] : deps.config.adminUserIds;
  if (targets.length === 0) {
    deps.logger.warn(
      { channel, code },
      'daily question paused; no SLACK_DEFAULT_CHANNEL or SLACK_ADMIN_USER_IDS to tell',
    );
    return;
  }
  for (const target of targets) {
    try {
      await deps.poster.chat.postMessage({
        channel: target,
        text,
        blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }],
      });
    } catch (error) {
      deps.logger.warn(
        { channel, target, code: classifySlackError(error).code },
        'could not deliver the admin notice',
      );
    }
  }
}
