import { AttachmentBuilder, type ButtonInteraction, type ChatInputCommandInteraction } from 'discord.js';
import type { Lang } from '../../src/content/question.ts';
import type { ChartRequest } from '../shared/charts/chart-data.ts';
import { chartFile } from '../shared/draw-chart.ts';
import type { HandlerContext } from './handler-context.ts';
import { DISCORD_LIMITS, fitText } from './limits.ts';
import { type MessageBody, toInteractionJson } from './message-body.ts';
import type { Reply } from './respond-in-time.ts';

/**
 * A reply with a picture of it. The reply goes out as it is (the 3-second acknowledgement never waits for
 * a picture); then the chart is drawn in the chart worker and the same message is edited to carry it: the
 * PNG attached, shown under the text as the embed's image (`attachment://…`), with alt text for screen
 * readers. The text stays, for them and for clients that hide images. A picture that fails, is late or is
 * refused leaves the message as it was, and the log says why.
 */
export function withChart(
  ctx: Pick<HandlerContext, 'charts' | 'logger'>,
  interaction: ChatInputCommandInteraction | ButtonInteraction,
  lang: Lang,
  reply: Reply,
  request: ChartRequest | null,
): Reply {
  const charts = ctx.charts;
  if (request === null || charts === null || reply.kind !== 'reply') return reply;
  return {
    ...reply,
    after: async (messageId) => {
      await reply.after?.(messageId);
      const png = await charts.draw(request, { interaction: interaction.id });
      if (png === null) return;
      const file = chartFile(lang, request);
      const [first, ...rest] = reply.body.embeds ?? [];
      const body: MessageBody = {
        ...reply.body,
        embeds: [{ ...first, image: { url: `attachment://${file.name}` } }, ...rest],
      };
      try {
        await interaction.editReply({
          ...toInteractionJson(body),
          message: messageId ?? '@original',
          files: [
            new AttachmentBuilder(Buffer.from(png), {
              name: file.name,
              description: fitText(file.alt, DISCORD_LIMITS.attachmentDescription),
            }),
          ],
        });
      } catch (error) {
        ctx.logger.warn(
          { err: error, interaction: interaction.id, chart: request.kind },
          'discord: chart not attached; the text reply went out without it',
        );
      }
    },
  };
}
