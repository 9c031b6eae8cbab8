import type pino from 'pino';
import type { Lang } from '../../src/content/question.ts';
import { pauseReasonText, st } from './messages.ts';
import { classifySlackError } from './slack-errors.ts';
import type { WorkspaceParts } from './workspaces.ts';

/** The workspace's poster and notice targets (SLACK_DEFAULT_CHANNEL or SLACK_ADMIN_USER_IDS; with OAuth, the installer). */
export interface AdminNoticeDeps extends Pick<WorkspaceParts, 'poster' | 'noticeTargets'> {
  readonly logger: pino.Logger;
}

/**
 * Tells a person that a channel's daily question stopped (the bot was removed, the channel archived).
 * Never throws (see sendAdminNotice).
 */
export async function noticeChannelPaused(
  deps: AdminNoticeDeps,
  channel: string,
  code: string,
  lang: Lang,
): Promise<void> {
  const text = st(lang, 'admin.channelPaused', { channel, reason: pauseReasonText(lang, code) });
  await sendAdminNotice(deps, text, { channel, code }, 'daily question paused');
}

/**
 * The one place admin notices go: SLACK_DEFAULT_CHANNEL if set, else a DM to each of SLACK_ADMIN_USER_IDS
 * (workspaces.ts decides; a workspace installed by OAuth tells the person who installed it).
 * `text` is mrkdwn we built (anything in it we did not write is escaped already). Never throws: a notice
 * that cannot be delivered is logged, and the log line itself says what happened (`what`, `context`).
 */
export async function sendAdminNotice(
  deps: AdminNoticeDeps,
  text: string,
  context: Record<string, unknown>,
  what: string,
): Promise<void> {
  const targets = deps.noticeTargets;
  if (targets.length === 0) {
    deps.logger.warn(context, `${what}; no SLACK_DEFAULT_CHANNEL or SLACK_ADMIN_USER_IDS to tell`);
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
        { ...context, target, code: classifySlackError(error).code },
        'could not deliver the admin notice',
      );
    }
  }
}
