import type { Lang } from '../../src/content/question.ts';
import type { ChartRequest } from '../shared/charts/chart-data.ts';
import { type ChartDrawer, chartFile } from '../shared/draw-chart.ts';
import { BLOCK_LIMITS, fitPlain } from './block-limits.ts';
import { st } from './messages.ts';
import { mrkdwnMessage } from './render/feedback-blocks.ts';
import type { SlackMessage } from './render/question-blocks.ts';
import type { Reply } from './reply.ts';
import type { SlackContext } from './slack-context.ts';
import { classifySlackError } from './slack-errors.ts';

/** Who asked, where, and how to answer them. */
export interface ChartReplyTarget {
  readonly reply: Reply;
  readonly teamId: string;
  readonly userId: string;
  /** The conversation the command was typed in. */
  readonly channel: string;
  readonly lang: Lang;
  /** The subcommand, named above the picture: "leaderboard". Our word, never what was typed. */
  readonly command: string;
  readonly requestId?: string;
}

/**
 * A private reply with a picture of it. The text goes first and always: the picture is drawn after it, off
 * the event loop (the chart worker), and a picture that fails is logged and dropped.
 *
 * Slack cannot attach a file to an ephemeral message (nor show a private file in one), and sharing the
 * picture in the channel would show everyone what one person asked. So the picture goes to the asker's
 * direct messages with the app (conversations.open, then files.uploadV2 through the poster, which never
 * repeats an upload blindly), under a line naming the command and the channel it answers; when that is
 * not where they asked, one more private line there says where the picture went. The picture is sent
 * alongside the request queue (InFlight.alongside), which stop() still waits for.
 */
export async function replyWithChart(
  ctx: Pick<SlackContext, 'charts' | 'client' | 'poster' | 'token' | 'logger' | 'inFlight'>,
  target: ChartReplyTarget,
  message: SlackMessage,
  request: ChartRequest | null,
): Promise<void> {
  await target.reply.ephemeral(message);
  const charts = ctx.charts;
  if (request === null || charts === null) return;
  // The picture waits on the chart worker: it must not hold a place of the queue other clicks wait in.
  ctx.inFlight.alongside(() => sendPicture(ctx, charts, target, request));
}

async function sendPicture(
  ctx: Pick<SlackContext, 'client' | 'poster' | 'token' | 'logger'>,
  charts: ChartDrawer,
  target: ChartReplyTarget,
  request: ChartRequest,
): Promise<void> {
  const context = { teamId: target.teamId, requestId: target.requestId, command: target.command };
  const png = await charts.draw(request, context);
  if (png === null) return;
  try {
    const opened = await ctx.client.conversations.open({ users: target.userId });
    const dm = opened.channel?.id;
    if (dm === undefined) throw new Error('conversations.open returned no channel');
    const here = dm === target.channel;
    const file = chartFile(target.lang, request);
    await ctx.poster.filesUploadV2({
      channel_id: dm,
      file: Buffer.from(png),
      filename: file.name,
      // No alt text: Slack's upload takes it as `alt_txt`, the SDK sends `alt_text`, and with `alt_txt`
      // a file is reported to be silently left unshared. The title names the chart; the text has its figures.
      title: fitPlain(request.chart.title, BLOCK_LIMITS.fileTitle),
      initial_comment: here
        ? st(target.lang, 'chart.fromHere', { command: target.command })
        : st(target.lang, 'chart.fromChannel', { command: target.command, channel: target.channel }),
    });
    if (!here) await target.reply.ephemeral(mrkdwnMessage(st(target.lang, 'chart.inDm')));
  } catch (error) {
    const failure = classifySlackError(error);
    ctx.token.observe(failure);
    ctx.logger.warn(
      {
        ...context,
        code: failure.code,
        ...(failure.code === 'missing_scope'
          ? {
              hint: 'add the im:write and files:write bot scopes (adapters/slack/manifest.yaml), then reinstall the app',
            }
          : { err: error }),
      },
      'Slack chart not delivered; the text reply went out without it',
    );
  }
}
